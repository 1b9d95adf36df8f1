package io.permanence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysJsonTest {

  private static final LocalDate MON_2022_01_03 = LocalDate.of(2022, 1, 3);
  private static final LocalDate TUE_2022_01_04 = LocalDate.of(2022, 1, 4);
  private static final LocalDate MON_2022_08_01 = LocalDate.of(2022, 8, 1);
  private static final LocalDate MON_2022_08_29 = LocalDate.of(2022, 8, 29);
  private static final LocalDate WED_2022_11_30 = LocalDate.of(2022, 11, 30);
  private static final LocalDate MON_2022_09_19 = LocalDate.of(2022, 9, 19);
  private static final LocalDate MON_2023_05_08 = LocalDate.of(2023, 5, 8);
  private static final LocalDate TUE_2027_12_28 = LocalDate.of(2027, 12, 28);

  private static Path fixture() {
    try {
      return Path.of(BankHolidaysJsonTest.class.getResource("/bank-holidays.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fixtureText() {
    try {
      return Files.readString(fixture(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void test_parse_englandAndWales_agreesWithTheBuiltInCalendar2022To2027() {
    WorkingCalendar loaded = BankHolidaysJson.englandAndWales().parse(fixture());
    WorkingCalendar builtIn = WorkingCalendars.englandAndWales();

    for (LocalDate day = LocalDate.of(2022, 1, 1);
        day.isBefore(LocalDate.of(2028, 1, 1));
        day = day.plusDays(1)) {
      assertThat(loaded.isWorkingDay(day)).as("%s", day).isEqualTo(builtIn.isWorkingDay(day));
    }
    assertThat(loaded.holidays()).hasSize(51).contains(MON_2022_09_19, MON_2023_05_08);
  }

  @Test
  void test_parse_englandAndWales_idVersionAndYears() {
    WorkingCalendar loaded = BankHolidaysJson.englandAndWales().parse(fixture());

    assertThat(loaded.id()).isEqualTo("gov.uk/england-and-wales");
    assertThat(loaded.version()).isEqualTo(TUE_2027_12_28.toString());
    assertThat(loaded.firstYear()).isEqualTo(Year.of(2022));
    assertThat(loaded.lastYear()).isEqualTo(Year.of(2027));
  }

  @Test
  void test_parse_scotland_hasItsOwnDays() {
    WorkingCalendar scotland = BankHolidaysJson.of(BankHolidaysJson.SCOTLAND).parse(fixture());

    assertThat(scotland.id()).isEqualTo("gov.uk/scotland");
    assertThat(scotland.holidays())
        .containsExactly(MON_2022_01_03, TUE_2022_01_04, MON_2022_08_01, WED_2022_11_30);
    assertThat(scotland.isWorkingDay(MON_2022_08_29)).isTrue();
    assertThat(scotland.firstYear()).isEqualTo(Year.of(2022));
    assertThat(scotland.lastYear()).isEqualTo(Year.of(2022));
  }

  @Test
  void test_withVersion_givesTheCalendarThatVersion() {
    BankHolidaysJson loader = BankHolidaysJson.englandAndWales().withVersion("2025-06-01");

    WorkingCalendar loaded = loader.parse(fixture());

    assertThat(loaded.version()).isEqualTo("2025-06-01");
    assertThat(loader.version()).contains("2025-06-01");
    assertThat(loader.division()).isEqualTo("england-and-wales");
  }

  @Test
  void test_parse_pathStreamAndText_agree() throws IOException {
    BankHolidaysJson loader = BankHolidaysJson.englandAndWales();
    WorkingCalendar fromPath = loader.parse(fixture());
    WorkingCalendar fromText = loader.parse(fixtureText());
    WorkingCalendar fromStream;
    try (InputStream in = Files.newInputStream(fixture())) {
      fromStream = loader.parse(in);
    }

    assertThat(fromText).isEqualTo(fromPath);
    assertThat(fromStream).isEqualTo(fromPath);
  }

  static Stream<Arguments> badFiles() {
    String good = "{\"title\": \"Boxing Day\", \"date\": \"2022-12-26\"}";
    return Stream.of(
        Arguments.of(
            "{\"england-and-wales\": {\"events\": ["
                + good
                + ", "
                + good
                + ", "
                + good
                + ", {\"title\": \"Bad\", \"date\": \"2022-13-01\"}]}}",
            "bank-holidays.json: england-and-wales.events[3].date must be an ISO date"
                + " (yyyy-mm-dd) but was \"2022-13-01\""),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": [{\"title\": \"No date\"}]}}",
            "england-and-wales.events[0].date must be an ISO date (yyyy-mm-dd) but was missing"),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": [{\"date\": 20221226}]}}",
            "england-and-wales.events[0].date must be an ISO date (yyyy-mm-dd) but was 20221226"),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": [\"2022-12-26\"]}}",
            "england-and-wales.events[0] must be an object but was \"2022-12-26\""),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": {}}}",
            "england-and-wales.events must be an array but was {}"),
        Arguments.of(
            "{\"england-and-wales\": {\"division\": \"scotland\", \"events\": []}}",
            "england-and-wales.division must be 'england-and-wales' but was \"scotland\""),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": []}}",
            "england-and-wales.events is empty: no dates to build a calendar from"),
        Arguments.of(
            "{\"scotland\": {\"events\": []}, \"northern-ireland\": {\"events\": []}}",
            "bank-holidays.json has no division 'england-and-wales'; it has [scotland,"
                + " northern-ireland]"),
        Arguments.of("[]", "bank-holidays.json must be an object of divisions but was []"),
        Arguments.of("", "bank-holidays.json must be an object of divisions but was missing"),
        Arguments.of(
            "{\"england-and-wales\": {\"events\": [}",
            "bank-holidays.json is not valid JSON at line 1, column"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void test_parse_badInput_failsNamingDivisionPathAndValue(String json, String message) {
    assertThatThrownBy(() -> BankHolidaysJson.englandAndWales().parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void test_parse_badFile_messageStartsWithTheFileName(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("holidays-2025.json");
    Files.writeString(file, "{\"england-and-wales\": {\"events\": [{\"date\": \"03/01/2022\"}]}}");

    assertThatThrownBy(() -> BankHolidaysJson.englandAndWales().parse(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "holidays-2025.json: england-and-wales.events[0].date must be an ISO date"
                + " (yyyy-mm-dd) but was \"03/01/2022\"");
  }

  @Test
  void test_parse_missingFile_failsWithUncheckedIo(@TempDir Path directory) {
    Path missing = directory.resolve("missing.json");

    assertThatThrownBy(() -> BankHolidaysJson.englandAndWales().parse(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.json");
  }

  @Test
  void test_parse_streamOfBytes() {
    InputStream in =
        new ByteArrayInputStream(
            "{\"england-and-wales\": {\"events\": [{\"date\": \"2022-01-03\"}]}}"
                .getBytes(StandardCharsets.UTF_8));

    WorkingCalendar loaded = BankHolidaysJson.englandAndWales().parse(in);

    assertThat(loaded.holidays()).containsExactly(MON_2022_01_03);
  }

  @Test
  void test_of_badDivision_fails() {
    assertThatThrownBy(() -> BankHolidaysJson.of("England and Wales"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("division must match [a-z0-9-]+ but was 'England and Wales'");
  }

  @Test
  void test_withVersion_blank_fails() {
    assertThatThrownBy(() -> BankHolidaysJson.englandAndWales().withVersion(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank but was ' '");
  }

  @Test
  void test_equals_byDivisionAndVersion() {
    assertThat(BankHolidaysJson.englandAndWales())
        .isEqualTo(BankHolidaysJson.of("england-and-wales"))
        .hasSameHashCodeAs(BankHolidaysJson.of("england-and-wales"))
        .isNotEqualTo(BankHolidaysJson.englandAndWales().withVersion("1"))
        .hasToString("BankHolidaysJson{england-and-wales}");
  }
}
