package io.permanence.csv.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.TableReader;
import io.permanence.csv.read.TableSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeCsvWriterTest {

  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);

  static Stream<Arguments> injections() {
    return Stream.of(
        Arguments.of("=1+1", "'=1+1"),
        Arguments.of(
            "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        Arguments.of("+44 20 1234", "'+44 20 1234"),
        Arguments.of("-5", "'-5"),
        Arguments.of("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        Arguments.of("\tcmd", "'\tcmd"),
        Arguments.of("\rcmd", "\"'\rcmd\""),
        Arguments.of("a=b", "a=b"),
        Arguments.of(" =1", " =1"),
        Arguments.of("", ""),
        Arguments.of("Barnet", "Barnet"));
  }

  @ParameterizedTest
  @MethodSource("injections")
  void test_text_neutralisesFormulaStarts(String cell, String written) {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out, List.of("note"))) {
      csv.row().text(cell).end();
    }
    assertThat(out.toString()).isEqualTo("note\r\n" + written + "\r\n");
  }

  @Test
  void test_neutralise_headerCellsToo() {
    StringWriter out = new StringWriter();
    SafeCsvWriter.of(out, List.of("=cmd", "ok")).close();
    assertThat(out.toString()).isEqualTo("'=cmd,ok\r\n");
  }

  @Test
  void test_integer_negativeNumbersStayNumbers() {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out, List.of("days", "text"))) {
      csv.row().integer(-5).text("-5").end();
    }
    assertThat(out.toString()).isEqualTo("days,text\r\n-5,'-5\r\n");
  }

  @Test
  void test_row_typedCellsInHeaderOrderWithRfc4180Quoting() {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv =
        SafeCsvWriter.of(out, List.of("child", "due", "month", "note", "end", "days"))) {
      csv.row()
          .text("C1")
          .date(TUE_2026_03_17)
          .month(YearMonth.of(2012, 6))
          .text("said \"no\", then\nleft")
          .optionalDate(Optional.empty())
          .integer(20)
          .end();
      csv.textRow(List.of("C2", "", "", "", "", ""));
    }
    assertThat(out.toString())
        .isEqualTo(
            "child,due,month,note,end,days\r\n"
                + "C1,2026-03-17,2012-06,\"said \"\"no\"\", then\nleft\",,20\r\n"
                + "C2,,,,,\r\n");
  }

  @Test
  void test_end_rowMustHaveAsManyCellsAsTheHeader() {
    SafeCsvWriter csv = SafeCsvWriter.of(new StringWriter(), List.of("a", "b"));
    assertThatIllegalStateException()
        .isThrownBy(() -> csv.row().text("x").end())
        .withMessageContaining("a row must have 2 cells ([a, b]) but had 1");
  }

  @Test
  void test_text_noCellAfterTheLast() {
    SafeCsvWriter csv = SafeCsvWriter.of(new StringWriter(), List.of("a"));
    assertThatIllegalStateException()
        .isThrownBy(() -> csv.row().text("x").text("y"))
        .withMessageContaining("after the last");
  }

  @Test
  void test_withByteOrderMark_utf8WithBom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SafeCsvWriter csv = SafeCsvWriter.withByteOrderMark(out, List.of("name"))) {
      csv.row().text("Zoë").end();
    }
    byte[] expected = ("\uFEFFname\r\nZoë\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(out.toByteArray()).isEqualTo(expected);
  }

  @Test
  void test_of_roundTripsThroughTheTableReader() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> notes = List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines", "ünï");
    try (SafeCsvWriter csv = SafeCsvWriter.of(out, List.of("CHILD", "NOTE", "DUE"))) {
      for (int i = 0; i < notes.size(); i++) {
        csv.row().text("C" + i).text(notes.get(i)).date(TUE_2026_03_17.plusDays(i)).end();
      }
    }
    ImportResult<String> result =
        TableReader.of(TableSchema.of("notes", "CHILD", "NOTE", "DUE"))
            .read(
                "notes.csv",
                new ByteArrayInputStream(out.toByteArray()),
                ImportMode.STRICT,
                row -> {
                  row.date("DUE");
                  return row.text("NOTE");
                });
    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).containsExactlyElementsOf(notes);
  }
}
