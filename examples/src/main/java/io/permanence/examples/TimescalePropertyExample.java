package io.permanence.examples;

import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.Citation;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.laws.TimeGenerators;
import io.permanence.testkit.laws.TimescaleLaws;
import java.time.LocalDate;

/**
 * A tester's property check of a timescale rule, with the testkit's laws and QuickTheories: the
 * first looked-after review "within 20 working days" of the child becoming looked after (Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg 33(1)).
 *
 * <p>For random start dates from 2020 to 2029 under the England and Wales calendar, it checks two
 * laws of the testkit ({@link TimescaleLaws#deadlineFollowsItsTimescale}, {@link
 * TimescaleLaws#dueNeverBeforeStart}) and the rule's own meaning: the due date is a working day and
 * exactly 20 working days lie after the start up to and including it (the start never counts). A
 * failing property throws an {@link AssertionError} naming the smallest start date QuickTheories
 * found that breaks it.
 */
public final class TimescalePropertyExample {

  /** The rule under test. */
  public static final DeadlineRule FIRST_REVIEW =
      DeadlineRule.of(
          "First looked-after review",
          "Became looked after",
          Timescale.workingDays(20),
          Citation.of("CPPCR 2010", "reg 33(1)"));

  private TimescalePropertyExample() {}

  /**
   * Checks the rule's properties.
   *
   * @param examples how many start dates to try per property
   * @throws AssertionError if a property fails
   */
  public static void check(int examples) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    var starts = TimeGenerators.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
    qt().withExamples(examples)
        .forAll(starts)
        .check(start -> TimescaleLaws.deadlineFollowsItsTimescale(FIRST_REVIEW, start, calendar));
    qt().withExamples(examples)
        .forAll(starts)
        .check(
            start -> TimescaleLaws.dueNeverBeforeStart(FIRST_REVIEW.timescale(), start, calendar));
    qt().withExamples(examples)
        .forAll(starts)
        .check(
            start -> {
              Deadline deadline = FIRST_REVIEW.deadlineFrom(start, calendar);
              LocalDate due = deadline.dueDate();
              return calendar.isWorkingDay(due)
                  && calendar.workingDaysBetween(start.plusDays(1), due.plusDays(1)) == 20;
            });
  }

  /**
   * Runs the check with 1,000 start dates per property.
   *
   * @param args none
   */
  public static void main(String[] args) {
    check(1_000);
    System.out.println("First looked-after review: 3 properties held for 1,000 start dates each");
  }
}
