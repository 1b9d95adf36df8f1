package io.permanence.core.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingCalendarTest {

  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate FRI_2026_04_03 = LocalDate.of(2026, 4, 3);
  private static final LocalDate SAT_2026_04_04 = LocalDate.of(2026, 4, 4);
  private static final LocalDate MON_2026_04_06 = LocalDate.of(2026, 4, 6);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate THU_2026_12_24 = LocalDate.of(2026, 12, 24);
  private static final LocalDate TUE_2026_12_29 = LocalDate.of(2026, 12, 29);
  private static final LocalDate WED_2026_12_30 = LocalDate.of(2026, 12, 30);
  private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);

  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();

  private static final WorkingCalendar CLOSURES =
      WorkingCalendar.builder()
          .id("christmas-shutdown")
          .version("2026")
          .years(2026, 2027)
          .addHoliday(TUE_2026_12_29)
          .addHoliday(WED_2026_12_30)
          .addHoliday(LocalDate.of(2026, 12, 31))
          .build();

  @Test
  void test_isWorkingDay_overEaster() {
    assertThat(EW.isWorkingDay(THU_2026_04_02)).isTrue();
    assertThat(EW.isWorkingDay(FRI_2026_04_03)).isFalse();
    assertThat(EW.isWorkingDay(SAT_2026_04_04)).isFalse();
    assertThat(EW.isWorkingDay(MON_2026_04_06)).isFalse();
    assertThat(EW.isWorkingDay(TUE_2026_04_07)).isTrue();
  }

  static Stream<Arguments> data_shift() {
    return Stream.of(
        Arguments.of(THU_2026_04_02, 1, TUE_2026_04_07),
        Arguments.of(FRI_2026_04_03, 1, TUE_2026_04_07),
        Arguments.of(TUE_2026_04_07, -1, THU_2026_04_02),
        Arguments.of(MON_2026_04_06, -1, THU_2026_04_02),
        Arguments.of(MON_2026_04_06, 0, MON_2026_04_06),
        Arguments.of(MON_2026_03_16, 20, WED_2026_04_15),
        Arguments.of(WED_2026_04_15, -20, MON_2026_03_16),
        Arguments.of(THU_2026_12_24, 1, TUE_2026_12_29),
        Arguments.of(THU_2026_12_24, 3, LocalDate.of(2026, 12, 31)),
        Arguments.of(THU_2026_12_24, 4, MON_2027_01_04),
        Arguments.of(LocalDate.of(2026, 1, 30), 250, LocalDate.of(2027, 1, 27)),
        Arguments.of(LocalDate.of(2027, 1, 27), -250, LocalDate.of(2026, 1, 30)));
  }

  @ParameterizedTest
  @MethodSource("data_shift")
  void test_shift(LocalDate date, int workingDays, LocalDate expected) {
    assertThat(EW.shift(date, workingDays)).isEqualTo(expected);
  }

  @Test
  void test_shift_overEaster() {
    assertThat(EW.shift(THU_2026_04_02, 2)).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void test_shift_crossesManyYears() {
    LocalDate start = LocalDate.of(1990, 1, 2);
    LocalDate end = EW.shift(start, 25_000);
    assertThat(EW.workingDaysBetween(start, end)).isEqualTo(25_000);
    assertThat(EW.shift(end, -25_000)).isEqualTo(start);
  }

  @Test
  void test_next_previous() {
    assertThat(EW.next(THU_2026_04_02)).isEqualTo(TUE_2026_04_07);
    assertThat(EW.previous(TUE_2026_04_07)).isEqualTo(THU_2026_04_02);
    assertThat(EW.nextOrSame(FRI_2026_04_03)).isEqualTo(TUE_2026_04_07);
    assertThat(EW.nextOrSame(THU_2026_04_02)).isEqualTo(THU_2026_04_02);
    assertThat(EW.previousOrSame(MON_2026_04_06)).isEqualTo(THU_2026_04_02);
  }

  @Test
  void test_workingDaysBetween_overEaster() {
    assertThat(EW.workingDaysBetween(THU_2026_04_02, TUE_2026_04_07)).isEqualTo(1);
    assertThat(EW.workingDaysBetween(MON_2026_03_16, WED_2026_04_15)).isEqualTo(20);
    assertThat(EW.workingDaysBetween(FRI_2026_04_03, FRI_2026_04_03)).isZero();
  }

  @Test
  void test_workingDaysBetween_wholeRange() {
    assertThat(EW.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
        .isEqualTo(261 - 8);
    assertThat(EW.workingDaysBetween(LocalDate.of(2099, 12, 31), LocalDate.of(2100, 1, 1)))
        .isEqualTo(1);
  }

  @Test
  void test_workingDaysBetween_endBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EW.workingDaysBetween(TUE_2026_04_07, THU_2026_04_02))
        .withMessage(
            "endExclusive must not be before startInclusive but was 2026-04-02 < 2026-04-07");
  }

  @Test
  void test_isWorkingDay_outsideYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EW.isWorkingDay(LocalDate.of(1989, 12, 29)))
        .withMessage(
            "date 1989-12-29 is outside the years of calendar england-and-wales: 1990-2099");
  }

  @Test
  void test_shift_leavesYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EW.shift(LocalDate.of(2099, 12, 30), 2))
        .withMessageContaining("2099-12-30")
        .withMessageContaining("1990-2099");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EW.shift(LocalDate.of(1990, 1, 2), -1))
        .withMessageContaining("1990-01-02");
  }

  @Test
  void test_combinedWith_closures() {
    WorkingCalendar combined = EW.combinedWith(CLOSURES);
    assertThat(combined.id()).isEqualTo("england-and-wales+christmas-shutdown");
    assertThat(combined.version()).isEqualTo(WorkingCalendars.ENGLAND_AND_WALES_VERSION + "+2026");
    assertThat(combined.firstYear()).isEqualTo(Year.of(2026));
    assertThat(combined.lastYear()).isEqualTo(Year.of(2027));
    assertThat(combined.next(THU_2026_12_24)).isEqualTo(MON_2027_01_04);
    assertThat(combined.isWorkingDay(FRI_2026_04_03)).isFalse();
    assertThat(combined.combinedWith(combined)).isSameAs(combined);
  }

  @Test
  void test_combinedWith_noSharedYear() {
    WorkingCalendar old = WorkingCalendar.builder().id("old").years(1900, 1901).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EW.combinedWith(old))
        .withMessage("calendars england-and-wales (1990-2099) and old (1900-1901) share no year");
  }

  @Test
  void test_builder_weekendDays() {
    WorkingCalendar fridays =
        WorkingCalendar.builder()
            .id("fri-sat")
            .years(2026, 2026)
            .weekendDays(FRIDAY, SATURDAY)
            .build();
    assertThat(fridays.isWorkingDay(FRI_2026_04_03)).isFalse();
    assertThat(fridays.isWorkingDay(LocalDate.of(2026, 4, 5))).isTrue();
    assertThat(fridays.weekendDays()).containsExactly(FRIDAY, SATURDAY);
    WorkingCalendar everyDay =
        WorkingCalendar.builder().id("all").years(2026, 2026).weekendDays().build();
    assertThat(everyDay.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
        .isEqualTo(365);
  }

  @Test
  void test_builder_yearsFromHolidays() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .id("x")
            .addHoliday(FRI_2026_04_03)
            .addHoliday(MON_2027_01_04)
            .build();
    assertThat(calendar.firstYear()).isEqualTo(Year.of(2026));
    assertThat(calendar.lastYear()).isEqualTo(Year.of(2027));
    assertThat(calendar.weekendDays()).containsExactly(SATURDAY, SUNDAY);
  }

  @Test
  void test_builder_holidayOutsideYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WorkingCalendar.builder()
                    .id("x")
                    .years(2027, 2027)
                    .addHoliday(FRI_2026_04_03)
                    .build())
        .withMessage("holiday 2026-04-03 is outside the calendar's years 2027-2027");
  }

  @Test
  void test_builder_noYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingCalendar.builder().id("x").build())
        .withMessageContaining("years must be set");
  }

  @Test
  void test_equals_byValue() {
    WorkingCalendar copy =
        WorkingCalendar.builder()
            .id("christmas-shutdown")
            .version("2026")
            .years(2026, 2027)
            .addHolidays(CLOSURES.holidays())
            .build();
    assertThat(copy).isEqualTo(CLOSURES).hasSameHashCodeAs(CLOSURES);
    assertThat(copy).isNotEqualTo(EW);
    assertThat(CLOSURES).hasToString("WorkingCalendar{christmas-shutdown v2026, 2026-2027}");
  }
}
