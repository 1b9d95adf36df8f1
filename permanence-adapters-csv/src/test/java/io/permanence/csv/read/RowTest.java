package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RowTest {

  private static final LocalDate WED_2017_02_01 = LocalDate.of(2017, 2, 1);
  private static final LocalDate THU_2016_02_29 = LocalDate.of(2016, 2, 29);

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .name("test")
          .addRequiredColumns("CHILD", "DOB", "VALUE")
          .addOptionalColumns("EXTRA")
          .addSensitiveColumns("DOB")
          .build();

  private static <T> ImportResult<T> read(String csv, Function<Row, T> mapper) {
    return TableReader.of(SCHEMA)
        .read(
            "test.csv",
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            ImportMode.LENIENT,
            mapper);
  }

  private static <T> ImportResult<T> readValue(String value, Function<Row, T> mapper) {
    return read("CHILD,DOB,VALUE\nC1,01/01/2010,\"" + value + "\"\n", mapper);
  }

  static Stream<Arguments> validDates() {
    return Stream.of(
        Arguments.of("01/02/2017", WED_2017_02_01),
        Arguments.of("2017-02-01", WED_2017_02_01),
        Arguments.of(" 01/02/2017 ", WED_2017_02_01),
        Arguments.of("29/02/2016", THU_2016_02_29),
        Arguments.of("2016-02-29", THU_2016_02_29));
  }

  @ParameterizedTest
  @MethodSource("validDates")
  void test_date_acceptsDfeAndIsoForms(String text, LocalDate expected) {
    ImportResult<LocalDate> result = readValue(text, row -> row.date("VALUE"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).containsExactly(expected);
  }

  static Stream<String> invalidDates() {
    return Stream.of(
        "31/02/2017",
        "29/02/2017",
        "2017-02-31",
        "1/2/2017",
        "01/02/17",
        "2017-2-1",
        "01-02-2017",
        "2017/02/01",
        "00/01/2017",
        "01/13/2017",
        "01/02/0000",
        "01/02/2017 00:00",
        "32/01/2017",
        "tomorrow",
        "0a/02/2017");
  }

  @ParameterizedTest
  @MethodSource("invalidDates")
  void test_date_rejectsEverythingElseStrictly(String text) {
    ImportResult<LocalDate> result = readValue(text, row -> row.date("VALUE"));
    assertThat(result.values()).isEmpty();
    assertThat(result.findings())
        .singleElement()
        .hasToString(
            "test.csv:2: column VALUE: '"
                + text.strip()
                + "' is not a valid date (expected dd/mm/yyyy or yyyy-mm-dd)");
  }

  @Test
  void test_date_blankIsRequired() {
    ImportResult<LocalDate> result = readValue("  ", row -> row.date("VALUE"));
    assertThat(result.findings())
        .singleElement()
        .hasToString("test.csv:2: column VALUE: a value is required but the cell is blank");
  }

  @Test
  void test_optionalDate_blankIsEmpty() {
    ImportResult<Optional<LocalDate>> result = readValue("", row -> row.optionalDate("VALUE"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).containsExactly(Optional.empty());
  }

  @Test
  void test_optionalDate_invalidIsReported() {
    ImportResult<Optional<LocalDate>> result =
        readValue("31/04/2018", row -> row.optionalDate("VALUE"));
    assertThat(result.values()).isEmpty();
    assertThat(result.errors())
        .singleElement()
        .extracting(ImportFinding::value)
        .isEqualTo(Optional.of("31/04/2018"));
  }

  @Test
  void test_date_sensitiveColumnRedactedInToString() {
    ImportResult<LocalDate> result =
        read("CHILD,DOB,VALUE\nC1,31/02/2008,x\n", row -> row.date("DOB"));
    ImportFinding finding = result.errors().get(0);
    assertThat(finding.isSensitive()).isTrue();
    assertThat(finding.value()).contains("31/02/2008");
    assertThat(finding.toString()).doesNotContain("31/02/2008").contains("<redacted>");
  }

  @Test
  void test_integer_parsesWholeNumbers() {
    assertThat(readValue(" -12 ", row -> row.integer("VALUE")).values()).containsExactly(-12);
    assertThat(readValue("39", row -> row.optionalInteger("VALUE")).values())
        .containsExactly(Optional.of(39));
  }

  @Test
  void test_integer_rejectsDecimalsAndOverflow() {
    assertThat(readValue("1.0", row -> row.integer("VALUE")).errors())
        .singleElement()
        .hasToString("test.csv:2: column VALUE: '1.0' is not a whole number");
    assertThat(readValue("99999999999", row -> row.integer("VALUE")).errors()).hasSize(1);
  }

  @Test
  void test_bool01_acceptsZeroAndOne() {
    assertThat(readValue("1", row -> row.bool01("VALUE")).values()).containsExactly(true);
    assertThat(readValue("0", row -> row.bool01("VALUE")).values()).containsExactly(false);
    assertThat(readValue("", row -> row.optionalBool01("VALUE")).values())
        .containsExactly(Optional.empty());
  }

  @Test
  void test_bool01_rejectsPandasFloat() {
    assertThat(readValue("1.0", row -> row.bool01("VALUE")).errors())
        .singleElement()
        .hasToString("test.csv:2: column VALUE: '1.0' is not 0 or 1");
  }

  private static final Set<String> LEGAL_STATUSES = Set.of("C1", "C2", "E1", "V2");

  private static String legalStatus(String code) {
    if (!LEGAL_STATUSES.contains(code)) {
      throw new IllegalArgumentException("unknown code " + code);
    }
    return code;
  }

  @Test
  void test_parse_turnsIllegalArgumentIntoFinding() {
    ImportResult<Optional<String>> result =
        readValue("XX9", row -> row.parse("VALUE", RowTest::legalStatus, "a legal status code"));
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "test.csv:2: column VALUE: 'XX9' is not a legal status code (unknown code XX9)");
  }

  @Test
  void test_parse_acceptedValue() {
    assertThat(readValue("C2", row -> row.parse("VALUE", RowTest::legalStatus, "a code")).values())
        .containsExactly(Optional.of("C2"));
  }

  @Test
  void test_optionalParse_blankIsEmptyWithoutFinding() {
    ImportResult<Optional<String>> result =
        readValue("", row -> row.optionalParse("VALUE", RowTest::legalStatus, "a code"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).containsExactly(Optional.empty());
  }

  @Test
  void test_parse_orElseThrowAfterAFindingOnlyRejectsTheRow() {
    ImportResult<String> result =
        readValue("XX9", row -> row.parse("VALUE", RowTest::legalStatus, "a code").orElseThrow());
    assertThat(result.values()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.rejectedRows()).hasSize(1);
  }

  @Test
  void test_text_everyProblemOfTheRowIsReported() {
    ImportResult<String> result =
        read(
            "CHILD,DOB,VALUE\n,31/02/2008,abc\n",
            row -> row.text("CHILD") + row.date("DOB") + row.integer("VALUE"));
    assertThat(result.errors())
        .extracting(f -> f.column().orElseThrow())
        .containsExactly("CHILD", "DOB", "VALUE");
    assertThat(result.errors()).allSatisfy(f -> assertThat(f.lineNumber()).isEqualTo(2));
  }

  @Test
  void test_optionalText_absentOptionalColumn() {
    ImportResult<Optional<String>> result = readValue("x", row -> row.optionalText("EXTRA"));
    assertThat(result.values()).containsExactly(Optional.empty());
  }

  @Test
  void test_text_absentOptionalColumnRequired() {
    ImportResult<String> result = readValue("x", row -> row.text("extra"));
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "test.csv:2: column EXTRA: a value is required but the file has no column EXTRA");
  }

  @Test
  void test_hasColumn_optionalColumnPresentOrNot() {
    assertThat(readValue("x", row -> row.hasColumn("EXTRA")).values()).containsExactly(false);
    assertThat(
            read("CHILD,DOB,VALUE,EXTRA\nC1,01/01/2010,x,y\n", row -> row.hasColumn("EXTRA"))
                .values())
        .containsExactly(true);
  }

  @Test
  void test_text_undeclaredColumnIsAMappingMistake() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> readValue("x", row -> row.text("NOPE")))
        .withMessageContaining("column must be declared in table test")
        .withMessageContaining("'NOPE'");
  }

  @Test
  void test_reportError_ruleBetweenColumns() {
    ImportResult<String> result =
        readValue(
            "01/01/2000",
            row -> {
              if (row.date("VALUE").isBefore(row.date("DOB"))) {
                row.reportError("VALUE", "is before the date of birth");
              }
              return row.text("CHILD");
            });
    assertThat(result.errors())
        .singleElement()
        .hasToString("test.csv:2: column VALUE: '01/01/2000' is before the date of birth");
  }

  @Test
  void test_reportWarning_keepsTheRow() {
    ImportResult<String> result =
        readValue(
            "H5",
            row -> {
              row.reportWarning("VALUE", "is a code replaced by K3 from 2024-25");
              return row.text("VALUE");
            });
    assertThat(result.values()).containsExactly("H5");
    assertThat(result.warnings()).hasSize(1);
  }

  @Test
  void test_cells_asReadAndToStringHidesThem() {
    ImportResult<Row> result = readValue(" x ", row -> row);
    Row row = result.values().get(0);
    assertThat(row.cells()).isEqualTo(List.of("C1", "01/01/2010", " x "));
    assertThat(row).hasToString("Row{test.csv:2}");
    assertThat(row.fileName()).isEqualTo("test.csv");
  }

  @Test
  void test_parseDate_sameDayAsLocalDateInBothForms() {
    for (LocalDate day = LocalDate.of(1899, 12, 25);
        day.isBefore(LocalDate.of(2101, 1, 8));
        day = day.plusDays(1)) {
      String dfe =
          String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
      assertThat(Row.parseDate(dfe)).isEqualTo(day);
      assertThat(Row.parseDate(day.toString())).isEqualTo(day);
    }
    assertThat(Row.parseDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(Row.parseDate("31/12/9999")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(Row.parseDate("29/02/1900")).isNull();
    assertThat(Row.parseDate("29/02/2000")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(Row.parseDate("31/04/2017")).isNull();
  }

  @Test
  void test_epochDay_asDateOrPlaceholder() {
    assertThat(readValue("01/02/2017", row -> row.epochDay("VALUE")).values())
        .containsExactly(WED_2017_02_01.toEpochDay());
    ImportResult<Long> invalid = readValue("31/02/2017", row -> row.epochDay("VALUE"));
    assertThat(invalid.values()).isEmpty();
    assertThat(invalid.errors()).hasSize(1);
  }

  @Test
  void test_optionalEpochDay_blankGivesTheValueForBlank() {
    assertThat(readValue(" ", row -> row.optionalEpochDay("VALUE", -1)).values())
        .containsExactly(-1L);
    assertThat(readValue("2016-02-29", row -> row.optionalEpochDay("VALUE", -1)).values())
        .containsExactly(THU_2016_02_29.toEpochDay());
  }

  @Test
  void test_isBlank_whiteSpaceOrAbsentColumn() {
    assertThat(readValue(" \t", row -> row.isBlank("VALUE")).values()).containsExactly(true);
    assertThat(readValue(" x", row -> row.isBlank("VALUE")).values()).containsExactly(false);
    assertThat(readValue("x", row -> row.isBlank("EXTRA")).values()).containsExactly(true);
  }
}
