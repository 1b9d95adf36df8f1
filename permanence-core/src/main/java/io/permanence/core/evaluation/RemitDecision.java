package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.panel.Referral;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
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

  /**
   * Why, in words a panel administrator would use.
   *
   * <p>Built when first read, from the text or function the decision was made with ({@link
   * #notMet(Remit, Supplier)}): most not-met decisions of a cohort are never shown, so their words
   * are never built. Being an explanation, it takes no part in {@code equals} and {@code hashCode}.
   */
  @Value.Lazy
  public String reason() {
    return Objects.requireNonNull(reasonSource().get(), "reason");
  }

  /** Where {@link #reason()} comes from. */
  @Value.Auxiliary
  abstract Supplier<String> reasonSource();

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
        .reasonSource(referral::reason)
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
    Objects.requireNonNull(reason, "reason");
    return notMet(remit, () -> reason);
  }

  /**
   * A not-met decision whose reason is built only if read: for words that cost something to build
   * (dates, names of panels), since the engine asks every remit about every child at every meeting.
   *
   * @param remit the remit
   * @param reason builds why the child does not fall within it; pure (it may run on any thread),
   *     never null
   * @return the decision
   */
  public static RemitDecision notMet(Remit remit, Supplier<String> reason) {
    return ImmutableRemitDecision.builder()
        .remit(remit.name())
        .isMet(false)
        .reasonSource(reason)
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
