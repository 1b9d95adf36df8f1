package io.permanence.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingCalendarsTest {

  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();

  private static final HolidayManager JOLLYDAY =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  /** gov.uk bank-holidays.json, division england-and-wales, 2022-2027 (reference/timescales.md). */
  private static final List<String> GOV_UK_2022_2027 =
      List.of(
          "2022-01-03",
          "2022-04-15",
          "2022-04-18",
          "2022-05-02",
          "2022-06-02",
          "2022-06-03",
          "2022-08-29",
          "2022-09-19",
          "2022-12-26",
          "2022-12-27",
          "2023-01-02",
          "2023-04-07",
          "2023-04-10",
          "2023-05-01",
          "2023-05-08",
          "2023-05-29",
          "2023-08-28",
          "2023-12-25",
          "2023-12-26",
          "2024-01-01",
          "2024-03-29",
          "2024-04-01",
          "2024-05-06",
          "2024-05-27",
          "2024-08-26",
          "2024-12-25",
          "2024-12-26",
          "2025-01-01",
          "2025-04-18",
          "2025-04-21",
          "2025-05-05",
          "2025-05-26",
          "2025-08-25",
          "2025-12-25",
          "2025-12-26",
          "2026-01-01",
          "2026-04-03",
          "2026-04-06",
          "2026-05-04",
          "2026-05-25",
          "2026-08-31",
          "2026-12-25",
          "2026-12-28",
          "2027-01-01",
          "2027-03-26",
          "2027-03-29",
          "2027-05-03",
          "2027-05-31",
          "2027-08-30",
          "2027-12-27",
          "2027-12-28");

  /** Days we hold as bank holidays that jollyday 1.5.6 does not, and why. */
  private static final Set<LocalDate> MISSING_FROM_JOLLYDAY =
      Set.of(
          // the millennium bank holiday, proclaimed for 1999 only; jollyday has no entry for it
          LocalDate.of(1999, 12, 31),
          // 2002: spring holiday moved to Mon 3 June and Golden Jubilee Tue 4 June; jollyday keeps
          // the last Monday in May until 2011 and has no Golden Jubilee
          LocalDate.of(2002, 6, 3),
          LocalDate.of(2002, 6, 4));

  /** Days jollyday 1.5.6 has that were not bank holidays, and why. */
  private static final Set<LocalDate> EXTRA_IN_JOLLYDAY =
      Set.of(
          // 2002: the spring holiday was moved by proclamation from Mon 27 May to Mon 3 June
          LocalDate.of(2002, 5, 27));

  private static Set<LocalDate> weekdayHolidays(int year) {
    return EW.holidays().stream()
        .filter(date -> date.getYear() == year)
        .filter(date -> !EW.weekendDays().contains(date.getDayOfWeek()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Stream<Integer> data_jollydayYears() {
    return IntStream.rangeClosed(1995, 2040).boxed();
  }

  @ParameterizedTest
  @MethodSource("data_jollydayYears")
  void test_englandAndWales_agreesWithJollyday(int year) {
    Set<LocalDate> jollyday =
        JOLLYDAY.getHolidays(Year.of(year), "eng").stream()
            .map(Holiday::getDate)
            .collect(Collectors.toCollection(TreeSet::new));
    jollyday.addAll(MISSING_FROM_JOLLYDAY.stream().filter(d -> d.getYear() == year).toList());
    jollyday.removeAll(EXTRA_IN_JOLLYDAY);
    assertThat(weekdayHolidays(year)).isEqualTo(jollyday);
  }

  @Test
  void test_englandAndWales_disagreementsWithJollydayAreReal() {
    Set<LocalDate> jollyday2002 =
        JOLLYDAY.getHolidays(Year.of(2002), "eng").stream()
            .map(Holiday::getDate)
            .collect(Collectors.toSet());
    assertThat(jollyday2002).contains(LocalDate.of(2002, 5, 27));
    assertThat(jollyday2002).doesNotContain(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4));
    assertThat(JOLLYDAY.isHoliday(LocalDate.of(1999, 12, 31), "eng")).isFalse();
    assertThat(EW.isWorkingDay(LocalDate.of(2002, 5, 27))).isTrue();
  }

  @Test
  void test_englandAndWales_agreesWithGovUk2022To2027() {
    Set<LocalDate> govUk =
        GOV_UK_2022_2027.stream()
            .map(LocalDate::parse)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<LocalDate> ours = new TreeSet<>();
    IntStream.rangeClosed(2022, 2027).forEach(year -> ours.addAll(weekdayHolidays(year)));
    assertThat(ours).isEqualTo(govUk);
  }

  static Stream<Arguments> data_easter() {
    return Stream.of(
        Arguments.of(1990, LocalDate.of(1990, 4, 15)),
        Arguments.of(2000, LocalDate.of(2000, 4, 23)),
        Arguments.of(2011, LocalDate.of(2011, 4, 24)),
        Arguments.of(2019, LocalDate.of(2019, 4, 21)),
        Arguments.of(2038, LocalDate.of(2038, 4, 25)),
        Arguments.of(2008, LocalDate.of(2008, 3, 23)));
  }

  @ParameterizedTest
  @MethodSource("data_easter")
  void test_easterSunday(int year, LocalDate expected) {
    assertThat(WorkingCalendars.easterSunday(year)).isEqualTo(expected);
  }

  static Stream<Arguments> data_substituteDays() {
    return Stream.of(
        // Christmas on a Saturday: Mon 27 and Tue 28
        Arguments.of(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28)),
        // Christmas on a Sunday: Boxing Day Mon 26, Christmas substitute Tue 27
        Arguments.of(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27)),
        // Christmas on a Friday: Boxing Day substitute Mon 28
        Arguments.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));
  }

  @ParameterizedTest
  @MethodSource("data_substituteDays")
  void test_englandAndWales_christmasSubstitutes(LocalDate first, LocalDate second) {
    assertThat(EW.isWorkingDay(first)).isFalse();
    assertThat(EW.isWorkingDay(second)).isFalse();
    assertThat(EW.isWorkingDay(second.plusDays(1)))
        .isEqualTo(second.plusDays(1).getDayOfWeek() != DayOfWeek.SATURDAY);
  }

  @Test
  void test_englandAndWales_newYearSubstitute() {
    assertThat(EW.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse(); // 1 Jan a Saturday
    assertThat(EW.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse(); // 1 Jan a Sunday
  }

  @Test
  void test_englandAndWales_oneOffDays() {
    for (String date :
        List.of(
            "1999-12-31",
            "2002-06-04",
            "2011-04-29",
            "2012-06-05",
            "2022-06-03",
            "2022-09-19",
            "2023-05-08",
            "1995-05-08",
            "2020-05-08",
            "2002-06-03",
            "2012-06-04",
            "2022-06-02")) {
      assertThat(EW.isWorkingDay(LocalDate.parse(date))).as(date).isFalse();
    }
    // the rule days that the moved days replaced are working days
    for (String date : List.of("1995-05-01", "2020-05-04", "2012-05-28", "2022-05-30")) {
      assertThat(EW.isWorkingDay(LocalDate.parse(date))).as(date).isTrue();
    }
  }

  @Test
  void test_englandAndWales_identity() {
    assertThat(EW.id()).isEqualTo("england-and-wales");
    assertThat(EW.firstYear()).isEqualTo(Year.of(1990));
    assertThat(EW.lastYear()).isEqualTo(Year.of(2099));
    assertThat(WorkingCalendars.englandAndWales()).isSameAs(EW);
  }
}
