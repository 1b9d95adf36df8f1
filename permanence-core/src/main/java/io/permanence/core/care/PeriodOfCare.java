package io.permanence.core.care;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.DateSpan;
import io.permanence.core.reference.CategoryOfNeedCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A continuous period of being looked after: from the day the child started to be looked after
 * (SSDA903 {@code DECOM} of an episode with {@code RNE} S) to the day it ended ({@code DEC} of the
 * last episode, whose {@code REC} is not X1).
 *
 * <p>Half-open {@code [start, end)}: on {@code end} the child is no longer looked after. The reason
 * ceased is recorded only once ended, and is never X1 (X1 continues the period in a new episode).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodOfCare implements DateSpan {

  /** The day the child started to be looked after. */
  @Override
  public abstract LocalDate start();

  /** The first day no longer looked after; empty while looked after. */
  @Override
  public abstract Optional<LocalDate> end();

  /** Why the period ended (SSDA903 {@code REC} of the last episode); only once ended. */
  public abstract Optional<ReasonEpisodeCeasedCode> reasonCeased();

  /** The category of need recorded when the period began (SSDA903 {@code CIN}). */
  public abstract Optional<CategoryOfNeedCode> categoryOfNeed();

  /**
   * An open period of care.
   *
   * @param start the day the child started to be looked after
   * @return the period
   */
  public static PeriodOfCare of(LocalDate start) {
    return builder().start(start).build();
  }

  /**
   * An ended period of care.
   *
   * @param start the day the child started to be looked after
   * @param end the first day no longer looked after
   * @param reasonCeased why it ended, not X1
   * @return the period
   */
  public static PeriodOfCare of(
      LocalDate start, LocalDate end, ReasonEpisodeCeasedCode reasonCeased) {
    return builder().start(start).end(end).reasonCeased(reasonCeased).build();
  }

  /** A builder; {@code start} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PeriodOfCare}; each attribute may be set once. */
  public static final class Builder extends ImmutablePeriodOfCare.Builder {}

  @Value.Check
  final void check() {
    // Read here rather than in DateSpan.endsBeforeStart: a check runs for every value built, and a
    // call site of this type alone lets the compiler inline end() (no Optional is made).
    Optional<LocalDate> end = end();
    if (end.isPresent() && end.get().isBefore(start())) {
      throw DateSpan.endBeforeStart("periodOfCare", this);
    }
    Optional<ReasonEpisodeCeasedCode> reason = reasonCeased();
    if (reason.isEmpty()) {
      return;
    }
    checkArgument(
        end.isPresent(),
        "periodOfCare starting %s: reasonCeased %s requires an end but end was empty",
        start(),
        reason.get().name());
    checkArgument(
        reason.get().endsPeriodOfCare(),
        "periodOfCare starting %s: reasonCeased must end the period of care but was X1",
        start());
  }
}
