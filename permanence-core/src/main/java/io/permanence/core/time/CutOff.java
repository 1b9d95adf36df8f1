package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time of day relative to a meeting by which something must be done, such as "12:00 on the Friday
 * before the meeting" (papers due) or "17:00, 2 working days before the meeting" (agenda
 * circulated); always in {@code Europe/London}.
 *
 * <p>Two kinds:
 *
 * <ul>
 *   <li>{@link #onDayBefore(DayOfWeek, LocalTime)}: the latest such day of the week strictly before
 *       the meeting date (for a Tuesday meeting, "the Tuesday before" is a week earlier). If that
 *       day is not a working day (Good Friday, say), the cut-off moves to the working day before
 *       it, so that it never falls on a closed day; {@link #withMoveEarlierWhenClosed(boolean)
 *       withMoveEarlierWhenClosed(false)} keeps the day as stated.
 *   <li>{@link #workingDaysBefore(int, LocalTime)}: {@code calendar.shift(meetingDate, -n)}; zero
 *       means the meeting day itself.
 * </ul>
 *
 * <p>"Monday afternoon before" is {@link #afternoonBefore(DayOfWeek)}: the afternoon starts at
 * {@link #AFTERNOON} (12:00) unless another time is given. A time in the gap of a clock change
 * moves forward by the length of the gap ({@link ZonedDateTime#of}). {@link #toString()} reads as
 * the rule. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CutOff {

  /** When the afternoon starts, for "Monday afternoon before": 12:00. */
  public static final LocalTime AFTERNOON = LocalTime.NOON;

  /** The day of the week before the meeting, for a day-of-week cut-off. */
  public abstract Optional<DayOfWeek> dayOfWeek();

  /** The working days before the meeting, for a working-day cut-off (0 for a day-of-week one). */
  @Value.Default
  public int workingDaysBefore() {
    return 0;
  }

  /** The time of day, in {@code Europe/London}. */
  public abstract LocalTime time();

  /** Whether a day-of-week cut-off on a non-working day moves to the working day before it. */
  @Value.Default
  public boolean moveEarlierWhenClosed() {
    return true;
  }

  /**
   * A copy that moves (or not) a day-of-week cut-off falling on a non-working day.
   *
   * @param move whether to move it to the previous working day
   * @return the cut-off
   */
  public abstract CutOff withMoveEarlierWhenClosed(boolean move);

  /**
   * "{time} on the {day} before the meeting".
   *
   * @param day the day of the week, strictly before the meeting date
   * @param time the time of day in {@code Europe/London}
   * @return the cut-off
   */
  public static CutOff onDayBefore(DayOfWeek day, LocalTime time) {
    return ImmutableCutOff.builder().dayOfWeek(day).time(time).build();
  }

  /**
   * "{day} afternoon before the meeting": {@link #AFTERNOON} on that day.
   *
   * @param day the day of the week
   * @return the cut-off
   */
  public static CutOff afternoonBefore(DayOfWeek day) {
    return onDayBefore(day, AFTERNOON);
  }

  /**
   * "{time}, N working days before the meeting".
   *
   * @param workingDays working days before the meeting date, zero or more
   * @param time the time of day in {@code Europe/London}
   * @return the cut-off
   */
  public static CutOff workingDaysBefore(int workingDays, LocalTime time) {
    return ImmutableCutOff.builder().workingDaysBefore(workingDays).time(time).build();
  }

  /**
   * The date of the cut-off for a meeting on a date.
   *
   * @param meetingDate the date of the meeting
   * @param calendar the working-day calendar
   * @return the date of the cut-off, not after the meeting date
   */
  public final LocalDate dateFor(LocalDate meetingDate, WorkingCalendar calendar) {
    if (dayOfWeek().isEmpty()) {
      return calendar.shift(meetingDate, -workingDaysBefore());
    }
    LocalDate day = meetingDate.with(TemporalAdjusters.previous(dayOfWeek().get()));
    return moveEarlierWhenClosed() ? calendar.previousOrSame(day) : day;
  }

  /**
   * The cut-off for a meeting on a date, in {@code Europe/London}.
   *
   * @param meetingDate the date of the meeting
   * @param calendar the working-day calendar
   * @return the date and time of the cut-off
   */
  public final ZonedDateTime at(LocalDate meetingDate, WorkingCalendar calendar) {
    return ZonedDateTime.of(dateFor(meetingDate, calendar), time(), WorkingCalendars.LONDON);
  }

  /**
   * The instant of the cut-off for a meeting on a date.
   *
   * @param meetingDate the date of the meeting
   * @param calendar the working-day calendar
   * @return the instant of the cut-off
   */
  public final Instant instantFor(LocalDate meetingDate, WorkingCalendar calendar) {
    return at(meetingDate, calendar).toInstant();
  }

  @Value.Check
  final void check() {
    checkArgument(
        workingDaysBefore() >= 0, "workingDaysBefore must be >= 0 but was %s", workingDaysBefore());
    checkArgument(
        dayOfWeek().isEmpty() || workingDaysBefore() == 0,
        "a cut-off is either on a day of the week or working days before, but was %s and %s",
        dayOfWeek(),
        workingDaysBefore());
  }

  /**
   * The rule as text: {@code "12:00 on the Friday before the meeting"}, {@code "17:00, 2 working
   * days before the meeting"}, {@code "09:00 on the day of the meeting"}.
   */
  @Override
  public final String toString() {
    if (dayOfWeek().isPresent()) {
      String day = dayOfWeek().get().name();
      return time()
          + " on the "
          + day.charAt(0)
          + day.substring(1).toLowerCase(Locale.ROOT)
          + " before the meeting"
          + (moveEarlierWhenClosed() ? "" : " (even if closed)");
    }
    int days = workingDaysBefore();
    if (days == 0) {
      return time() + " on the day of the meeting";
    }
    return time()
        + ", "
        + days
        + (days == 1 ? " working day" : " working days")
        + " before the meeting";
  }
}
