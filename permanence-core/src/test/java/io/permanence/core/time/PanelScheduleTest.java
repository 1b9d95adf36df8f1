package io.permanence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PanelScheduleTest {

  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  private static final LocalDate MON_2026_04_06 = LocalDate.of(2026, 4, 6);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate MON_2026_04_13 = LocalDate.of(2026, 4, 13);
  private static final LocalDate MON_2026_04_20 = LocalDate.of(2026, 4, 20);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final Duration TWO_HOURS = Duration.ofHours(2);
  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();
  private static final PanelSchedule MONDAYS =
      PanelSchedule.ofRule("FREQ=WEEKLY;BYDAY=MO", MON_2026_03_30, TEN, TWO_HOURS, EW);

  private static List<LocalDate> dates(List<ScheduledMeeting> meetings) {
    return meetings.stream().map(ScheduledMeeting::date).toList();
  }

  @Test
  void test_meetings_movedOffEasterMonday() {
    List<ScheduledMeeting> meetings = MONDAYS.meetings(MON_2026_03_30, MON_2026_04_20);
    assertThat(dates(meetings)).containsExactly(MON_2026_03_30, TUE_2026_04_07, MON_2026_04_13);
    assertThat(meetings.get(1).isMoved()).isTrue();
    assertThat(meetings.get(1).movedFrom()).contains(MON_2026_04_06);
    assertThat(meetings.get(1))
        .hasToString("Tue 2026-04-07 10:00 (PT2H, moved from Mon 2026-04-06)");
    assertThat(meetings.get(0).isMoved()).isFalse();
  }

  @Test
  void test_meetings_movedIntoRangeFromBeforeIt() {
    assertThat(dates(MONDAYS.meetings(TUE_2026_04_07, LocalDate.of(2026, 4, 8))))
        .containsExactly(TUE_2026_04_07);
  }

  static Stream<Arguments> data_policy() {
    return Stream.of(
        Arguments.of(
            BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
            List.of(MON_2026_03_30, TUE_2026_04_07, MON_2026_04_13)),
        Arguments.of(BankHolidayPolicy.SKIP, List.of(MON_2026_03_30, MON_2026_04_13)),
        Arguments.of(
            BankHolidayPolicy.KEEP, List.of(MON_2026_03_30, MON_2026_04_06, MON_2026_04_13)));
  }

  @ParameterizedTest
  @MethodSource("data_policy")
  void test_meetings_policy(BankHolidayPolicy policy, List<LocalDate> expected) {
    PanelSchedule schedule = MONDAYS.withBankHolidayPolicy(policy);
    assertThat(dates(schedule.meetings(MON_2026_03_30, MON_2026_04_20))).isEqualTo(expected);
  }

  @Test
  void test_meetings_cancelledAndExtra() {
    PanelSchedule schedule =
        MONDAYS
            // Easter Monday cancels the meeting moved to Tue 7 April
            .withCancelled(List.of(MON_2026_04_13, MON_2026_04_06))
            .withExtras(List.of(WED_2026_04_15));
    List<ScheduledMeeting> meetings = schedule.meetings(MON_2026_03_30, MON_2026_04_20);
    assertThat(dates(meetings)).containsExactly(MON_2026_03_30, WED_2026_04_15);
    assertThat(meetings.get(1).isExtra()).isTrue();
  }

  @Test
  void test_meetings_monthlyRule() {
    PanelSchedule secondWednesdays =
        PanelSchedule.ofRule(
            "RRULE:FREQ=MONTHLY;BYDAY=2WE", LocalDate.of(2026, 1, 14), TEN, TWO_HOURS, EW);
    assertThat(dates(secondWednesdays.meetings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))))
        .containsExactly(
            LocalDate.of(2026, 1, 14), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 11));
  }

  @Test
  void test_meetings_listOfDates() {
    PanelSchedule listed =
        PanelSchedule.ofDates(List.of(MON_2026_05_04, MON_2026_04_13), TEN, TWO_HOURS, EW);
    assertThat(dates(listed.meetings(MON_2026_03_30, LocalDate.of(2026, 6, 1))))
        .containsExactly(MON_2026_04_13, LocalDate.of(2026, 5, 5));
  }

  @Test
  void test_findNextMeeting() {
    Instant atTenOnMonday =
        ZonedDateTime.of(MON_2026_03_30, TEN, WorkingCalendars.LONDON).toInstant();
    assertThat(MONDAYS.findNextMeeting(atTenOnMonday).map(ScheduledMeeting::date))
        .contains(MON_2026_03_30);
    assertThat(MONDAYS.findNextMeeting(atTenOnMonday.plusSeconds(1)).map(ScheduledMeeting::date))
        .contains(TUE_2026_04_07);
    assertThat(MONDAYS.findNextMeeting(atTenOnMonday).get().start())
        .isEqualTo(ZonedDateTime.of(MON_2026_03_30, TEN, WorkingCalendars.LONDON));
  }

  @Test
  void test_findNextMeeting_afterListEnds() {
    PanelSchedule listed = PanelSchedule.ofDates(List.of(MON_2026_04_13), TEN, TWO_HOURS, EW);
    assertThat(listed.findNextMeeting(Instant.parse("2026-05-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void test_findNextAvailableMeeting_cutOffPassed() {
    CutOff papersDue = CutOff.onDayBefore(DayOfWeek.FRIDAY, LocalTime.NOON);
    // the Tue 7 April meeting's cut-off is noon on Thu 2 April (Good Friday is closed)
    Instant beforeCutOff =
        ZonedDateTime.of(LocalDate.of(2026, 4, 2), LocalTime.NOON, WorkingCalendars.LONDON)
            .toInstant();
    assertThat(
            MONDAYS.findNextAvailableMeeting(beforeCutOff, papersDue).map(ScheduledMeeting::date))
        .contains(TUE_2026_04_07);
    assertThat(
            MONDAYS
                .findNextAvailableMeeting(beforeCutOff.plusSeconds(1), papersDue)
                .map(ScheduledMeeting::date))
        .contains(MON_2026_04_13);
    ScheduledMeeting meeting = MONDAYS.meetings(TUE_2026_04_07, MON_2026_04_13).get(0);
    assertThat(MONDAYS.cutOffFor(meeting, papersDue))
        .isEqualTo(
            ZonedDateTime.of(LocalDate.of(2026, 4, 2), LocalTime.NOON, WorkingCalendars.LONDON));
  }

  @Test
  void test_ofRule_malformed() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PanelSchedule.ofRule(
                    "FREQ=FORTNIGHTLY;BYDAY=TU", MON_2026_03_30, TEN, TWO_HOURS, EW))
        .withMessageStartingWith(
            "recurrence rule must be an RFC 5545 RRULE value such as 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'")
        .withMessageContaining("but was 'FREQ=FORTNIGHTLY;BYDAY=TU'");
  }

  @Test
  void test_builder_nothingScheduled() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PanelSchedule.ofDates(List.of(), TEN, TWO_HOURS, EW))
        .withMessageContaining("needs a recurrence rule, dates or extra meetings");
  }

  @Test
  void test_meetings_outsideCalendar() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MONDAYS.meetings(LocalDate.of(2099, 12, 1), LocalDate.of(2100, 2, 1)))
        .withMessageContaining("outside the years of calendar england-and-wales");
  }
}
