package io.permanence.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A permanence plan as recorded on the child's file: the primary option, an optional contingency
 * (parallel plan), the day it was recorded and the day of the looked-after review that ratified it,
 * if any.
 *
 * <p>A plan is in force from the day recorded until the next plan is recorded ({@link
 * PlanHistory}). The contingency must differ from the primary option. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PermanencePlan {

  /** The primary permanence option. */
  public abstract PermanenceOption primary();

  /** The contingency (parallel) option. */
  public abstract Optional<PermanenceOption> contingency();

  /** The day the plan was recorded. */
  public abstract LocalDate recordedOn();

  /** The day of the review that ratified the plan (usually the second looked-after review). */
  public abstract Optional<LocalDate> ratifiedOn();

  /**
   * A plan with no contingency.
   *
   * @param primary the primary option
   * @param recordedOn the day recorded
   * @return the plan
   */
  public static PermanencePlan of(PermanenceOption primary, LocalDate recordedOn) {
    return builder().primary(primary).recordedOn(recordedOn).build();
  }

  /**
   * A plan with a contingency.
   *
   * @param primary the primary option
   * @param contingency the contingency, different from the primary
   * @param recordedOn the day recorded
   * @return the plan
   */
  public static PermanencePlan of(
      PermanenceOption primary, PermanenceOption contingency, LocalDate recordedOn) {
    return builder().primary(primary).contingency(contingency).recordedOn(recordedOn).build();
  }

  /** A builder; {@code primary} and {@code recordedOn} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PermanencePlan}; each attribute may be set once. */
  public static final class Builder extends ImmutablePermanencePlan.Builder {}

  /** Whether the plan has been ratified at a review. */
  public final boolean isRatified() {
    return ratifiedOn().isPresent();
  }

  /**
   * Whether the option is the primary or the contingency.
   *
   * @param option the option
   * @return true if either
   */
  public final boolean includes(PermanenceOption option) {
    return primary() == option || contingency().map(option::equals).orElse(false);
  }

  @Value.Check
  final void check() {
    checkArgument(
        contingency().map(c -> c != primary()).orElse(true),
        "permanencePlan recorded %s: contingency must differ from primary but both were %s",
        recordedOn(),
        primary());
  }
}
