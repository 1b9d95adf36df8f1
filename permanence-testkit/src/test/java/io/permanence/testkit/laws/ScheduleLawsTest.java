package io.permanence.testkit.laws;

import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScheduleLawsTest {

  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();
  private static final LocalDate ANCHOR = LocalDate.of(2020, 1, 6); // a Monday
  private static final Gen<LocalDate> DATES =
      TimeGenerators.dates(LocalDate.of(2020, 2, 1), LocalDate.of(2095, 1, 1));
  private static final Gen<Instant> INSTANTS =
      Generate.longRange(
              Instant.parse("2020-02-01T00:00:00Z").getEpochSecond(),
              Instant.parse("2095-01-01T00:00:00Z").getEpochSecond())
          .map(seconds -> Instant.ofEpochSecond(seconds));

  private static PanelSchedule fiveWeeklyMondays(BankHolidayPolicy policy) {
    return PanelSchedule.ofRule(
            "FREQ=WEEKLY;INTERVAL=5;BYDAY=MO", ANCHOR, LocalTime.of(10, 0), Duration.ofHours(3), EW)
        .withBankHolidayPolicy(policy);
  }

  private static boolean isFiveWeeklyMonday(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.MONDAY
        && ChronoUnit.WEEKS.between(ANCHOR, date) % 5 == 0;
  }

  @Test
  void test_meetings_followTheRule() {
    qt().withExamples(300)
        .forAll(Generate.enumValues(BankHolidayPolicy.class), DATES, Generate.range(0, 400))
        .check(
            (policy, start, length) ->
                ScheduleLaws.meetingsFollowTheSchedule(
                    fiveWeeklyMondays(policy),
                    start,
                    start.plusDays(length),
                    ScheduleLawsTest::isFiveWeeklyMonday));
  }

  @Test
  void test_meetings_followTheRule_weeklyWithCancelledAndExtra() {
    PanelSchedule weekly =
        PanelSchedule.ofRule(
                "FREQ=WEEKLY;BYDAY=TU", ANCHOR, LocalTime.of(14, 0), Duration.ofHours(2), EW)
            .withCancelled(List.of(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 12, 29)))
            .withExtras(List.of(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 24)));
    qt().withExamples(300)
        .forAll(DATES, Generate.range(0, 400))
        .check(
            (start, length) ->
                ScheduleLaws.meetingsFollowTheSchedule(
                    weekly,
                    start,
                    start.plusDays(length),
                    d -> d.getDayOfWeek() == DayOfWeek.TUESDAY));
  }

  @Test
  void test_findNextAvailableMeeting_cutOffNotPassed() {
    List<CutOff> cutOffs =
        List.of(
            CutOff.onDayBefore(DayOfWeek.FRIDAY, LocalTime.NOON),
            CutOff.afternoonBefore(DayOfWeek.MONDAY),
            CutOff.workingDaysBefore(3, LocalTime.of(17, 0)),
            CutOff.workingDaysBefore(0, LocalTime.of(9, 0)));
    qt().withExamples(300)
        .forAll(Generate.enumValues(BankHolidayPolicy.class), INSTANTS, Generate.pick(cutOffs))
        .check(
            (policy, at, cutOff) ->
                ScheduleLaws.nextAvailableMeetingCutOffNotPassed(
                    fiveWeeklyMondays(policy), at, cutOff));
  }
}
