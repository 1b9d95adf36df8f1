package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.PanelId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Why a child is or is not on each panel of an authority on a date ({@link Evaluator#explain}): one
 * {@link PanelExplanation} per panel, in the authority's order, and the findings on the case file.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Explanation {

  /** The child. */
  public abstract ChildId child();

  /** The date asked about. */
  public abstract LocalDate asOf();

  /** One explanation per panel, in the authority's order. */
  public abstract ImmutableList<PanelExplanation> panels();

  /** The findings on the child's case file. */
  public abstract ImmutableList<DataQualityFinding> findings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {}

  /**
   * The explanation for a panel.
   *
   * @param panel the panel
   * @return the explanation
   * @throws IllegalArgumentException if the authority has no such panel
   */
  public final PanelExplanation getPanel(PanelId panel) {
    return panels().stream()
        .filter(p -> p.panel().equals(panel))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no explanation for panel "
                        + panel
                        + "; panels are "
                        + panels().stream().map(PanelExplanation::panel).toList()));
  }

  /** {@code Explanation{C1 on 2026-04-01: [PanelExplanation{...}], 0 findings}}. */
  @Override
  public final String toString() {
    return "Explanation{"
        + child()
        + " on "
        + asOf()
        + ": "
        + panels()
        + ", "
        + findings().size()
        + " findings}";
  }
}
