package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.Citation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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
   *
   * <p>The text is built when first read, from the text or the function the deadline was built with
   * ({@link Builder#trace(String)}, {@link Builder#trace(Supplier)}): most deadlines of a cohort
   * are met and never shown, so their text is never built. Being an explanation of the other
   * attributes, it takes no part in {@code equals} and {@code hashCode}.
   */
  @Value.Lazy
  public String trace() {
    return Objects.requireNonNull(traceSource().get(), "trace");
  }

  /** Where {@link #trace()} comes from; set through {@code Builder.trace}. */
  @Value.Auxiliary
  abstract Supplier<String> traceSource();

  /**
   * The day the case file shows the deadline met (the review held, the decision signed off), if it
   * does. A rule that derives deadlines from a case file sets it; {@link #status(LocalDate)} reads
   * it.
   */
  public abstract Optional<LocalDate> metOn();

  /**
   * A copy met on the given day.
   *
   * @param date the day it was met
   * @return the deadline
   */
  public abstract Deadline withMetOn(LocalDate date);

  /**
   * A copy met on the given day, if any.
   *
   * @param date the day it was met, or empty if it was not
   * @return the deadline
   */
  public abstract Deadline withMetOn(Optional<? extends LocalDate> date);

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
  public static final class Builder extends ImmutableDeadline.Builder {

    /**
     * Sets how the due date was reached.
     *
     * @param trace the text
     * @return this builder
     * @throws IllegalStateException if the trace was set already
     */
    public Builder trace(String trace) {
      Objects.requireNonNull(trace, "trace");
      return trace(() -> trace);
    }

    /**
     * Sets how the due date was reached, as a function called once, when {@link Deadline#trace()}
     * is first read: for text that costs something to build. The function must be pure (it may run
     * on any thread) and must not return null.
     *
     * @param trace the function building the text
     * @return this builder
     * @throws IllegalStateException if the trace was set already
     */
    public Builder trace(Supplier<String> trace) {
      traceSource(trace);
      return this;
    }
  }

  /** The due date and time in {@code Europe/London}, when a due time is present. */
  public final Optional<ZonedDateTime> dueAt() {
    return dueTime().map(time -> ZonedDateTime.of(dueDate(), time, WorkingCalendars.LONDON));
  }

  /**
   * Where the deadline stands on a date, judged by its own {@link #metOn()}.
   *
   * @param asOf the date to judge on
   * @return the status
   */
  public final DeadlineStatus status(LocalDate asOf) {
    return status(asOf, metOn());
  }

  /**
   * Where the deadline stands on a date, had it been met on {@code metOn}.
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
