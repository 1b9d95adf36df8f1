package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.Citation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deadline reached by applying a {@link DeadlineRule} to the date of a start event: what is due,
 * from what, by when, under which calendar, says who, and how the date was reached.
 *
 * <p>The due date is the last compliant day; when a {@link #dueTime()} is present the deadline
 * falls at that time of day in {@code Europe/London} on the due date. {@link #status(LocalDate,
 * Optional)} says where it stands on a date. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline {

  /** The default due-soon window: 7 calendar days. */
  public static final int DEFAULT_DUE_SOON_DAYS = 7;

  /** What is due, for example {@code "Initial review"}. */
  public abstract String name();

  /** The event the timescale runs from, for example {@code "Became looked after"}. */
  public abstract String startEvent();

  /** The date of the start event. */
  public abstract LocalDate startDate();

  /** The timescale applied. */
  public abstract Timescale timescale();

  /** The last compliant day, never before the start date. */
  public abstract LocalDate dueDate();

  /** The time of day on the due date by which it is due, in {@code Europe/London}, if any. */
  public abstract Optional<LocalTime> dueTime();

  /** The id of the working calendar used, for example {@code "england-and-wales"}. */
  public abstract String calendarId();

  /** The version of the working calendar used. */
  public abstract String calendarVersion();

  /** Where the rule comes from. */
  public abstract Citation citation();

  /**
   * How the due date was reached: {@code "20 working days after Mon 2026-03-16, skipping Fri
   * 2026-04-03 and Mon 2026-04-06 → Wed 2026-04-15"}.
   */
  public abstract String trace();

  /**
   * The day the deadline was met, when the rule that made it knows (for example the day the
   * notification was put on file); empty while unmet or when the rule cannot tell.
   */
  public abstract Optional<LocalDate> metOn();

  /**
   * A copy met on a day.
   *
   * @param day the day met
   * @return the deadline
   */
  public abstract Deadline withMetOn(LocalDate day);

  /**
   * A copy met on a day, or unmet when empty.
   *
   * @param day the day met, if any
   * @return the deadline
   */
  public abstract Deadline withMetOn(Optional<? extends LocalDate> day);

  /**
   * Where the deadline stands on a date, using its own {@link #metOn()}.
   *
   * @param asOf the date to judge on
   * @return the status
   */
  public final DeadlineStatus status(LocalDate asOf) {
    return status(asOf, metOn());
  }

  /** Calendar days before the due date from which an unmet deadline is {@code DUE_SOON}. */
  @Value.Default
  public int dueSoonDays() {
    return DEFAULT_DUE_SOON_DAYS;
  }

  /**
   * A copy with another due-soon window.
   *
   * @param days calendar days before the due date, zero or more
   * @return the deadline
   */
  public abstract Deadline withDueSoonDays(int days);

  /** A builder; {@link DeadlineRule#deadlineFrom} is the usual way to make a deadline. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}. */
  public static final class Builder extends ImmutableDeadline.Builder {}

  /** The due date and time in {@code Europe/London}, when a due time is present. */
  public final Optional<ZonedDateTime> dueAt() {
    return dueTime().map(time -> ZonedDateTime.of(dueDate(), time, WorkingCalendars.LONDON));
  }

  /**
   * Where the deadline stands on a date.
   *
   * <p>Met (on {@code metOn}, if that is not after {@code asOf}): {@code MET} if on or before the
   * due date, else {@code MET_LATE}. Not met: {@code OVERDUE} after the due date, {@code DUE_SOON}
   * within {@link #dueSoonDays()} days before it (the due date included), else {@code PENDING}. A
   * met date after {@code asOf} is not yet known on {@code asOf}, so it is ignored.
   *
   * @param asOf the date to judge on
   * @param metOn the date it was met, if it was
   * @return the status
   */
  public final DeadlineStatus status(LocalDate asOf, Optional<LocalDate> metOn) {
    Optional<LocalDate> met = metOn.filter(date -> !date.isAfter(asOf));
    if (met.isPresent()) {
      return met.get().isAfter(dueDate()) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
    }
    if (asOf.isAfter(dueDate())) {
      return DeadlineStatus.OVERDUE;
    }
    return asOf.isBefore(dueDate().minusDays(dueSoonDays()))
        ? DeadlineStatus.PENDING
        : DeadlineStatus.DUE_SOON;
  }

  @Value.Check
  final void check() {
    checkArgument(
        !dueDate().isBefore(startDate()),
        "dueDate must not be before startDate but was %s < %s",
        dueDate(),
        startDate());
    checkArgument(dueSoonDays() >= 0, "dueSoonDays must be >= 0 but was %s", dueSoonDays());
    checkArgument(!name().isBlank(), "name must not be blank but was '%s'", name());
  }

  /**
   * The deadline as text: {@code "Initial review due Wed 2026-04-15 (20 working days after ...)"}.
   */
  @Override
  public final String toString() {
    return name()
        + " due "
        + Dates.format(dueDate())
        + dueTime().map(time -> " " + time).orElse("")
        + " ("
        + trace()
        + "; "
        + citation()
        + ")";
  }
}
