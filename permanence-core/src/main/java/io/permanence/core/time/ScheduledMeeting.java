package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One meeting of a {@link PanelSchedule}: its date, start time and duration in {@code
 * Europe/London}, and, when the schedule's bank-holiday policy moved it, the date it moved from.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduledMeeting implements Comparable<ScheduledMeeting> {

  /** The date the meeting takes place. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The start time, in {@code Europe/London}. */
  @Value.Parameter
  public abstract LocalTime startTime();

  /** How long the meeting lasts. */
  @Value.Parameter
  public abstract Duration duration();

  /** The date the schedule gave, when the meeting was moved off a non-working day. */
  public abstract Optional<LocalDate> movedFrom();

  /** Whether the meeting was added to the schedule by hand rather than by its rule or list. */
  @Value.Default
  public boolean isExtra() {
    return false;
  }

  /**
   * A meeting on its scheduled date.
   *
   * @param date the date
   * @param startTime the start time in {@code Europe/London}
   * @param duration how long it lasts, positive
   * @return the meeting
   */
  public static ScheduledMeeting of(LocalDate date, LocalTime startTime, Duration duration) {
    return ImmutableScheduledMeeting.of(date, startTime, duration);
  }

  /** A builder, for moved or extra meetings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduledMeeting}. */
  public static final class Builder extends ImmutableScheduledMeeting.Builder {}

  /** The zone of the meeting: always {@code Europe/London}. */
  public final ZoneId zone() {
    return WorkingCalendars.LONDON;
  }

  /** Whether the meeting was moved off a non-working day. */
  public final boolean isMoved() {
    return movedFrom().isPresent();
  }

  /** When the meeting starts. */
  public final ZonedDateTime start() {
    return ZonedDateTime.of(date(), startTime(), zone());
  }

  /** The instant the meeting starts. */
  public final Instant startInstant() {
    return start().toInstant();
  }

  /** When the meeting ends. */
  public final ZonedDateTime end() {
    return start().plus(duration());
  }

  /** Orders meetings by start, then by date. */
  @Override
  public final int compareTo(ScheduledMeeting other) {
    int byStart = startInstant().compareTo(other.startInstant());
    return byStart != 0 ? byStart : date().compareTo(other.date());
  }

  @Value.Check
  final void check() {
    checkArgument(
        !duration().isNegative() && !duration().isZero(),
        "duration must be positive but was %s",
        duration());
    movedFrom()
        .ifPresent(
            from ->
                checkArgument(
                    from.isBefore(date()),
                    "movedFrom must be before date but was %s >= %s",
                    from,
                    date()));
  }

  /** The meeting as text: {@code "Tue 2026-04-07 10:00 (PT2H, moved from Mon 2026-04-06)"}. */
  @Override
  public final String toString() {
    return Dates.format(date())
        + " "
        + startTime()
        + " ("
        + duration()
        + movedFrom().map(from -> ", moved from " + Dates.format(from)).orElse("")
        + (isExtra() ? ", extra" : "")
        + ")";
  }
}
