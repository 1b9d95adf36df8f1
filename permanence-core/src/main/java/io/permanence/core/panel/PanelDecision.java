package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision a panel made about a child, and its sign-off.
 *
 * <p>For example Barnet: "Decision sheets to be signed off by Operational Director Family Services
 * within seven days of panel": {@link #signOffBy()} is the role that must sign it off, {@link
 * #signedOffOn()} the day it was signed off. The text may hold personal data and is never logged.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelDecision {

  /** The decision's id. */
  public abstract DecisionId id();

  /** The panel that made it. */
  public abstract PanelId panel();

  /** The day it was made (the meeting day). */
  public abstract LocalDate madeOn();

  /** The day it was signed off; empty until signed off. */
  public abstract Optional<LocalDate> signedOffOn();

  /** The role that signs the decision off. */
  public abstract Role signOffBy();

  /** The decision as recorded. */
  public abstract String text();

  /** A builder; every attribute except {@code signedOffOn} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PanelDecision}; each attribute may be set once. */
  public static final class Builder extends ImmutablePanelDecision.Builder {}

  /** Whether the decision has been signed off. */
  public final boolean isSignedOff() {
    return signedOffOn().isPresent();
  }

  @Value.Check
  final void check() {
    signedOffOn()
        .ifPresent(
            signed ->
                checkArgument(
                    !signed.isBefore(madeOn()),
                    "panelDecision %s: signedOffOn must not be before madeOn but was %s < %s",
                    id(),
                    signed,
                    madeOn()));
  }

  /** The decision without its text. */
  @Override
  public final String toString() {
    return "PanelDecision{id="
        + id()
        + ", panel="
        + panel()
        + ", madeOn="
        + madeOn()
        + signedOffOn().map(d -> ", signedOffOn=" + d).orElse("")
        + ", signOffBy="
        + signOffBy()
        + "}";
  }
}
