package io.permanence.rules.statutory;

import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link Deadline} together with the day it was met, as known on the evaluation date.
 *
 * <p>The core {@link Deadline} says how the due date was reached; whether it was met depends on the
 * case file (a review held, a final order made, a document on file), so a {@link StatutoryRule}
 * returns both. {@link #status(LocalDate)} applies {@link Deadline#status(LocalDate, Optional)}.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackedDeadline {

  /** The deadline. */
  public abstract Deadline deadline();

  /** The day the deadline was met, if it was met on or before the evaluation date. */
  public abstract Optional<LocalDate> metOn();

  /**
   * A deadline and the day it was met.
   *
   * @param deadline the deadline
   * @param metOn the day it was met, or empty if it was not (yet)
   * @return the tracked deadline
   */
  public static TrackedDeadline of(Deadline deadline, Optional<LocalDate> metOn) {
    return ImmutableTrackedDeadline.builder().deadline(deadline).metOn(metOn).build();
  }

  /**
   * Where the deadline stands on a date: {@code PENDING}, {@code DUE_SOON}, {@code MET}, {@code
   * MET_LATE} or {@code OVERDUE} (see {@link Deadline#status(LocalDate, Optional)}).
   *
   * @param asOf the date
   * @return the status
   */
  public final DeadlineStatus status(LocalDate asOf) {
    return deadline().status(asOf, metOn());
  }

  /** The deadline as text, followed by the day it was met if it was. */
  @Override
  public final String toString() {
    return deadline() + metOn().map(date -> ", met " + date).orElse("");
  }
}
