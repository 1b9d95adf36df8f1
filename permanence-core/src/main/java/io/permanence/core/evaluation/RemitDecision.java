package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.panel.Referral;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision of a {@link Remit} on a child: met (with the {@link Referral}) or not met, always
 * with the reason and the clause.
 */
@Value.Immutable
@PermanenceStyle
public abstract class RemitDecision {

  /** The remit's name. */
  public abstract String remit();

  /** Whether the child falls within the remit. */
  public abstract boolean isMet();

  /** Why, in words a panel administrator would use. */
  public abstract String reason();

  /** The clause the decision rests on. */
  public abstract Citation citation();

  /** The referral, when the remit is met. */
  public abstract Optional<Referral> referral();

  /**
   * A met decision.
   *
   * @param referral the referral; its remit, reason and citation become the decision's
   * @return the decision
   */
  public static RemitDecision met(Referral referral) {
    return ImmutableRemitDecision.builder()
        .remit(referral.remit())
        .isMet(true)
        .reason(referral.reason())
        .citation(referral.citation())
        .referral(referral)
        .build();
  }

  /**
   * A not-met decision.
   *
   * @param remit the remit
   * @param reason why the child does not fall within it
   * @return the decision
   */
  public static RemitDecision notMet(Remit remit, String reason) {
    return ImmutableRemitDecision.builder()
        .remit(remit.name())
        .isMet(false)
        .reason(reason)
        .citation(remit.citation())
        .build();
  }

  /**
   * The referral of a met decision.
   *
   * @return the referral
   * @throws IllegalStateException if the decision is not met
   */
  public final Referral getReferral() {
    return referral()
        .orElseThrow(
            () -> new IllegalStateException("remit '" + remit() + "' is not met: " + reason()));
  }

  @Value.Check
  final void check() {
    if (isMet() != referral().isPresent()) {
      throw new IllegalArgumentException(
          "a met decision has a referral and a not-met one has none (remit '" + remit() + "')");
    }
  }

  @Override
  public final String toString() {
    return (isMet() ? "Met{" : "NotMet{") + remit() + ": " + reason() + " (" + citation() + ")}";
  }
}
