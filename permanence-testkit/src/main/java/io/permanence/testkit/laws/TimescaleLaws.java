package io.permanence.testkit.laws;

import static io.permanence.testkit.laws.Laws.require;

import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Laws every {@link Timescale} and {@link Deadline} satisfies. Each returns {@code true} or throws
 * an {@link AssertionError} naming the inputs.
 */
public final class TimescaleLaws {

  private TimescaleLaws() {}

  /**
   * A due date is never before its start.
   *
   * @param timescale the timescale
   * @param start the start date
   * @param calendar the calendar
   * @return true
   */
  public static boolean dueNeverBeforeStart(
      Timescale timescale, LocalDate start, WorkingCalendar calendar) {
    LocalDate due = timescale.dueFrom(start, calendar);
    return require(
        !due.isBefore(start), "%s from %s is due %s, before the start", timescale, start, due);
  }

  /**
   * N working days reach at least as far as N calendar days.
   *
   * @param n the number of days, at least 1
   * @param start the start date
   * @param calendar the calendar
   * @return true
   */
  public static boolean workingDaysReachAtLeastCalendarDays(
      int n, LocalDate start, WorkingCalendar calendar) {
    LocalDate working = Timescale.workingDays(n).dueFrom(start, calendar);
    LocalDate days = Timescale.days(n).dueFrom(start, calendar);
    return require(
        !working.isBefore(days),
        "%s working days from %s is %s, before %s days (%s)",
        n,
        start,
        working,
        n,
        days);
  }

  /**
   * N months from a start lands in the N-th month after it, on the same day of the month or on the
   * last day of that month when it is shorter; "beginning with" is one day earlier.
   *
   * @param n the number of months, at least 1
   * @param start the start date
   * @param calendar the calendar (unused by month arithmetic)
   * @return true
   */
  public static boolean monthsClampToMonthEnd(int n, LocalDate start, WorkingCalendar calendar) {
    YearMonth target = YearMonth.from(start).plusMonths(n);
    LocalDate expected = target.atDay(Math.min(start.getDayOfMonth(), target.lengthOfMonth()));
    LocalDate due = Timescale.months(n).dueFrom(start, calendar);
    LocalDate dueBeginningWith = Timescale.monthsBeginningWith(n).dueFrom(start, calendar);
    return require(
        due.equals(expected) && dueBeginningWith.equals(expected.minusDays(1)),
        "%s months from %s is %s (beginning with: %s) but should be %s",
        n,
        start,
        due,
        dueBeginningWith,
        expected);
  }

  /**
   * A deadline made by a rule is due when its timescale says, records the calendar, and its trace
   * ends with the due date.
   *
   * @param rule the rule
   * @param start the start date
   * @param calendar the calendar
   * @return true
   */
  public static boolean deadlineFollowsItsTimescale(
      DeadlineRule rule, LocalDate start, WorkingCalendar calendar) {
    Deadline deadline = rule.deadlineFrom(start, calendar);
    LocalDate due = rule.timescale().dueFrom(start, calendar);
    return require(
        deadline.dueDate().equals(due)
            && !deadline.dueDate().isBefore(deadline.startDate())
            && deadline.calendarId().equals(calendar.id())
            && deadline.calendarVersion().equals(calendar.version())
            && deadline.trace().endsWith(due.toString()),
        "%s from %s gave %s but the timescale is due %s",
        rule,
        start,
        deadline,
        due);
  }
}
