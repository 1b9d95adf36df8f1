package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.Citation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule that makes a {@link Deadline}: what is due, from which start event, within which {@link
 * Timescale}, under which citation. It is the one deadline calculator of Permanence.
 *
 * <p>{@code DeadlineRule.of("Initial review", "Became looked after", Timescale.workingDays(20),
 * citation).deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales())} is due Wed
 * 2026-04-15. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlineRule {

  /** What is due. */
  @Value.Parameter
  public abstract String name();

  /** The event the timescale runs from. */
  @Value.Parameter
  public abstract String startEvent();

  /** The timescale. */
  @Value.Parameter
  public abstract Timescale timescale();

  /** Where the rule comes from. */
  @Value.Parameter
  public abstract Citation citation();

  /** The time of day on the due date by which it is due, in {@code Europe/London}, if any. */
  public abstract Optional<LocalTime> dueTime();

  /**
   * A rule without a time of day.
   *
   * @param name what is due, not blank
   * @param startEvent the event the timescale runs from, not blank
   * @param timescale the timescale
   * @param citation where the rule comes from
   * @return the rule
   */
  public static DeadlineRule of(
      String name, String startEvent, Timescale timescale, Citation citation) {
    return ImmutableDeadlineRule.of(name, startEvent, timescale, citation);
  }

  /**
   * A copy of this rule due at a time of day on the due date.
   *
   * @param time the time of day, in {@code Europe/London}
   * @return the rule with the time
   */
  public abstract DeadlineRule withDueTime(LocalTime time);

  /**
   * The deadline for a start event on a date.
   *
   * @param startDate the date of the start event
   * @param calendar the working-day calendar
   * @return the deadline with its due date and trace
   * @throws IllegalArgumentException if a working-day timescale leaves the calendar's years
   */
  public final Deadline deadlineFrom(LocalDate startDate, WorkingCalendar calendar) {
    LocalDate due = timescale().dueFrom(startDate, calendar);
    return Deadline.builder()
        .name(name())
        .startEvent(startEvent())
        .startDate(startDate)
        .timescale(timescale())
        .dueDate(due)
        .dueTime(dueTime())
        .calendarId(calendar.id())
        .calendarVersion(calendar.version())
        .citation(citation())
        .trace(() -> timescale().trace(startDate, due, calendar))
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "name must not be blank but was '%s'", name());
    checkArgument(
        !startEvent().isBlank(), "startEvent must not be blank but was '%s'", startEvent());
  }

  /** The rule as text: {@code "Initial review: 20 working days after Became looked after"}. */
  @Override
  public final String toString() {
    return name()
        + ": "
        + timescale()
        + (timescale().isBeginningWith() ? " " : " after ")
        + startEvent()
        + dueTime().map(time -> " by " + time).orElse("")
        + " ("
        + citation()
        + ")";
  }
}
