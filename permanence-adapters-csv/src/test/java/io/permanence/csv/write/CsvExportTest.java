package io.permanence.csv.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.child.ChildId;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  private static final LocalDate WED_2015_04_01 = LocalDate.of(2015, 4, 1);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  /** A tracker-like row. */
  record Line(
      ChildId child,
      Optional<LocalDate> born,
      String heading,
      Optional<LocalDate> due,
      long days) {}

  private static final CsvExport<Line> EXPORT =
      CsvExport.<Line>builder()
          .childId("child_id", Line::child)
          .dateOfBirth("date_of_birth", Line::born)
          .text("heading", Line::heading)
          .optionalDate("due_on", Line::due)
          .integer("days", Line::days)
          .optionalInteger("weeks", l -> Optional.of(l.days() / 7))
          .optionalText("note", l -> Optional.empty())
          .date("as_of", l -> MON_2026_03_16)
          .build();

  private static final List<Line> LINES =
      List.of(
          new Line(
              ChildId.of("C1"),
              Optional.of(WED_2015_04_01),
              "=HYPERLINK(\"x\")",
              Optional.of(MON_2026_03_16),
              -3),
          new Line(ChildId.of("C2"), Optional.empty(), "Adoption, matching", Optional.empty(), 14));

  @Test
  void test_write_typedColumnsAndNeutralisedText() {
    StringWriter out = new StringWriter();

    long rows = EXPORT.write(LINES, out);

    assertThat(rows).isEqualTo(2);
    assertThat(out.toString())
        .isEqualTo(
            "child_id,date_of_birth,heading,due_on,days,weeks,note,as_of\r\n"
                + "C1,2015-04-01,\"'=HYPERLINK(\"\"x\"\")\",2026-03-16,-3,0,,2026-03-16\r\n"
                + "C2,,\"Adoption, matching\",,14,2,,2026-03-16\r\n");
  }

  @Test
  void test_withPseudonymiser_replacesIdsAndReducesDatesOfBirth() {
    Pseudonymiser pseudonymiser =
        Pseudonymiser.of("a key of sixteen+ bytes".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EXPORT.withPseudonymiser(pseudonymiser).write(LINES, out);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains(pseudonymiser.toPseudonym("C1") + ",2015-04,")
        .doesNotContain("C1,")
        .doesNotContain("2015-04-01");
    assertThat(EXPORT.pseudonymiser()).isEmpty();
  }

  @Test
  void test_builder_rejectsRepeatedOrBlankColumnsAndEmptyLayouts() {
    assertThatThrownBy(
            () -> CsvExport.<Line>builder().text("a", Line::heading).text("A", Line::heading))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column A must be added once");
    assertThatThrownBy(() -> CsvExport.<Line>builder().text(" ", Line::heading))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CsvExport.<Line>builder().build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_writeRows_requiresAWriterWithTheSameHeader() {
    SafeCsvWriter other = SafeCsvWriter.of(new StringWriter(), List.of("x"));

    assertThatThrownBy(() -> EXPORT.writeRows(LINES, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have the header");
  }
}
