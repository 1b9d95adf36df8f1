package io.permanence.core.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CutOffTest {

  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  private static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  private static final LocalDate WED_2026_04_08 = LocalDate.of(2026, 4, 8);
  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate FRI_2026_04_03 = LocalDate.of(2026, 4, 3);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();

  static Stream<Arguments> data_dateFor() {
    return Stream.of(
        Arguments.of(CutOff.onDayBefore(FRIDAY, LocalTime.NOON), TUE_2026_03_24, FRI_2026_03_20),
        Arguments.of(
            CutOff.onDayBefore(TUE_2026_03_24.getDayOfWeek(), FIVE_PM),
            TUE_2026_03_24,
            TUE_2026_03_17),
        Arguments.of(CutOff.afternoonBefore(MONDAY), TUE_2026_03_24, MON_2026_03_23),
        // Good Friday: the cut-off moves to the working day before
        Arguments.of(CutOff.onDayBefore(FRIDAY, LocalTime.NOON), WED_2026_04_08, THU_2026_04_02),
        Arguments.of(
            CutOff.onDayBefore(FRIDAY, LocalTime.NOON).withMoveEarlierWhenClosed(false),
            WED_2026_04_08,
            FRI_2026_04_03),
        // 2 working days before Wed 8 April: Tue 7, then Thu 2 (Easter)
        Arguments.of(CutOff.workingDaysBefore(2, FIVE_PM), WED_2026_04_08, THU_2026_04_02),
        Arguments.of(CutOff.workingDaysBefore(1, FIVE_PM), WED_2026_04_08, TUE_2026_04_07),
        Arguments.of(CutOff.workingDaysBefore(0, FIVE_PM), WED_2026_04_08, WED_2026_04_08));
  }

  @ParameterizedTest
  @MethodSource("data_dateFor")
  void test_dateFor(CutOff cutOff, LocalDate meeting, LocalDate expected) {
    assertThat(cutOff.dateFor(meeting, EW)).isEqualTo(expected);
  }

  @Test
  void test_at_inLondonAcrossClockChange() {
    // clocks went forward on Sun 2026-03-29: noon on Fri 27 March is GMT, on Fri 3 April BST
    CutOff cutOff = CutOff.onDayBefore(FRIDAY, LocalTime.NOON);
    assertThat(cutOff.instantFor(LocalDate.of(2026, 3, 31), EW))
        .isEqualTo(Instant.parse("2026-03-27T12:00:00Z"));
    assertThat(cutOff.at(TUE_2026_04_07.plusDays(7), EW))
        .isEqualTo(
            ZonedDateTime.of(LocalDate.of(2026, 4, 10), LocalTime.NOON, WorkingCalendars.LONDON));
    assertThat(cutOff.instantFor(TUE_2026_04_07.plusDays(7), EW))
        .isEqualTo(Instant.parse("2026-04-10T11:00:00Z"));
  }

  static Stream<Arguments> data_toString() {
    return Stream.of(
        Arguments.of(
            CutOff.onDayBefore(FRIDAY, LocalTime.NOON), "12:00 on the Friday before the meeting"),
        Arguments.of(
            CutOff.onDayBefore(TUESDAY, FIVE_PM), "17:00 on the Tuesday before the meeting"),
        Arguments.of(CutOff.afternoonBefore(MONDAY), "12:00 on the Monday before the meeting"),
        Arguments.of(
            CutOff.onDayBefore(FRIDAY, LocalTime.NOON).withMoveEarlierWhenClosed(false),
            "12:00 on the Friday before the meeting (even if closed)"),
        Arguments.of(
            CutOff.workingDaysBefore(3, FIVE_PM), "17:00, 3 working days before the meeting"),
        Arguments.of(
            CutOff.workingDaysBefore(1, FIVE_PM), "17:00, 1 working day before the meeting"),
        Arguments.of(
            CutOff.workingDaysBefore(0, LocalTime.of(9, 0)), "09:00 on the day of the meeting"));
  }

  @ParameterizedTest
  @MethodSource("data_toString")
  void test_toString(CutOff cutOff, String expected) {
    assertThat(cutOff).hasToString(expected);
  }

  @Test
  void test_workingDaysBefore_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CutOff.workingDaysBefore(-1, FIVE_PM))
        .withMessage("workingDaysBefore must be >= 0 but was -1");
  }

  @Test
  void test_equals_byValue() {
    assertThat(CutOff.afternoonBefore(MONDAY))
        .isEqualTo(CutOff.onDayBefore(MONDAY, LocalTime.NOON));
  }
}
