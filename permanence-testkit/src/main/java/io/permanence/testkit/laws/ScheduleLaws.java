package io.permanence.testkit.laws;

import static io.permanence.testkit.laws.Laws.require;

import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Laws every {@link PanelSchedule} satisfies. Each returns {@code true} or throws an {@link
 * AssertionError} naming the inputs.
 */
public final class ScheduleLaws {

  private ScheduleLaws() {}

  /**
   * The meetings in a range are in the range, strictly ordered by date (so distinct), and each
   * follows the schedule: its scheduled date satisfies the rule, it is not cancelled, and the
   * bank-holiday policy was applied (moved meetings moved to the next working day, no meeting on a
   * non-working day unless the policy keeps them).
   *
   * @param schedule the schedule
   * @param startInclusive the first date
   * @param endExclusive the date after the last
   * @param ruleDate whether a date is one the rule or list schedules (before any move)
   * @return true
   */
  public static boolean meetingsFollowTheSchedule(
      PanelSchedule schedule,
      LocalDate startInclusive,
      LocalDate endExclusive,
      Predicate<LocalDate> ruleDate) {
    List<ScheduledMeeting> meetings = schedule.meetings(startInclusive, endExclusive);
    WorkingCalendar calendar = schedule.calendar();
    LocalDate previous = null;
    for (ScheduledMeeting meeting : meetings) {
      LocalDate date = meeting.date();
      require(
          !date.isBefore(startInclusive) && date.isBefore(endExclusive),
          "%s: meeting %s outside [%s, %s)",
          schedule,
          meeting,
          startInclusive,
          endExclusive);
      require(
          previous == null || previous.isBefore(date),
          "%s: meeting %s does not follow %s",
          schedule,
          meeting,
          previous);
      previous = date;
      if (meeting.isExtra()) {
        continue;
      }
      LocalDate scheduled = meeting.movedFrom().orElse(date);
      require(
          ruleDate.test(scheduled),
          "%s: meeting %s is not on a date of the rule",
          schedule,
          meeting);
      require(
          !schedule.cancelled().contains(scheduled) && !schedule.cancelled().contains(date),
          "%s: meeting %s was cancelled",
          schedule,
          meeting);
      BankHolidayPolicy policy = schedule.bankHolidayPolicy();
      require(
          policy == BankHolidayPolicy.KEEP || calendar.isWorkingDay(date),
          "%s: meeting %s is on a non-working day under %s",
          schedule,
          meeting,
          policy);
      require(
          meeting.movedFrom().isEmpty()
              || (policy == BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY
                  && calendar.nextOrSame(scheduled).equals(date)),
          "%s: meeting %s was not moved to the next working day",
          schedule,
          meeting);
    }
    return true;
  }

  /**
   * The next available meeting at an instant never has a cut-off that has passed, and every earlier
   * meeting from the day of the instant has.
   *
   * @param schedule the schedule
   * @param at the instant
   * @param cutOff the cut-off
   * @return true
   */
  public static boolean nextAvailableMeetingCutOffNotPassed(
      PanelSchedule schedule, Instant at, CutOff cutOff) {
    Optional<ScheduledMeeting> next = schedule.findNextAvailableMeeting(at, cutOff);
    if (next.isEmpty()) {
      return true;
    }
    ScheduledMeeting meeting = next.get();
    Instant deadline = schedule.cutOffFor(meeting, cutOff).toInstant();
    require(
        !at.isAfter(deadline),
        "%s: at %s the next available meeting %s has a cut-off %s that has passed",
        schedule,
        at,
        meeting,
        deadline);
    LocalDate today = LocalDate.ofInstant(at, WorkingCalendars.LONDON);
    for (ScheduledMeeting earlier : schedule.meetings(today, meeting.date())) {
      require(
          at.isAfter(schedule.cutOffFor(earlier, cutOff).toInstant()),
          "%s: at %s meeting %s was still available before %s",
          schedule,
          at,
          earlier,
          meeting);
    }
    return true;
  }
}
