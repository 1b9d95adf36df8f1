package io.permanence.testkit.laws;

import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.Citation;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TimescaleLawsTest {

  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();
  private static final Gen<LocalDate> EW_DATES =
      TimeGenerators.dates(LocalDate.of(1992, 1, 1), LocalDate.of(2090, 1, 1));

  @Test
  void test_dueFrom_neverBeforeStart_englandAndWales() {
    qt().forAll(TimeGenerators.timescales(), EW_DATES)
        .check((timescale, start) -> TimescaleLaws.dueNeverBeforeStart(timescale, start, EW));
  }

  @Test
  void test_dueFrom_neverBeforeStart_randomCalendars() {
    qt().forAll(
            TimeGenerators.timescales(),
            TimeGenerators.datesForRandomCalendars(),
            TimeGenerators.calendars())
        .check(TimescaleLaws::dueNeverBeforeStart);
  }

  @Test
  void test_workingDays_reachAtLeastCalendarDays() {
    qt().forAll(Generate.range(1, 150), EW_DATES)
        .check((n, start) -> TimescaleLaws.workingDaysReachAtLeastCalendarDays(n, start, EW));
    qt().forAll(
            Generate.range(1, 150),
            TimeGenerators.datesForRandomCalendars(),
            TimeGenerators.calendars())
        .check(TimescaleLaws::workingDaysReachAtLeastCalendarDays);
  }

  @Test
  void test_months_clampToMonthEnd() {
    qt().forAll(Generate.range(1, 120), EW_DATES)
        .check((n, start) -> TimescaleLaws.monthsClampToMonthEnd(n, start, EW));
  }

  @Test
  void test_deadline_followsItsTimescale() {
    Citation citation = Citation.of("Test rules", "r.1");
    qt().forAll(TimeGenerators.timescales(), EW_DATES)
        .check(
            (timescale, start) ->
                TimescaleLaws.deadlineFollowsItsTimescale(
                    DeadlineRule.of("Review", "Start", timescale, citation), start, EW));
  }
}
