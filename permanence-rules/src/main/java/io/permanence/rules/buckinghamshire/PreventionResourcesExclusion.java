package io.permanence.rules.buckinghamshire;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import java.util.Optional;

/**
 * §LACP ¶1 s1: "If a young person is not yet looked after and requires resources to prevent family
 * breakdown, they should not wait for a panel and services should be put in place straightaway."
 *
 * <p>A funding request at the Resource Panel for a child who is not looked after on the cut-off
 * date is not listed; the exclusion says why (I-BUC-26). Requests to accommodate go to the LPNAP
 * (§6 consider(b)) and are not affected. Immutable and thread-safe.
 */
public final class PreventionResourcesExclusion implements ExclusionPolicy {

  /** The policy's name. */
  public static final String NAME = "prevention resources without panel";

  private static final Citation CITATION = BuckinghamshirePanels.cite("§LACP ¶1 s1");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PanelId panel() {
    return BuckinghamshirePanels.RESOURCE;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext context) {
    if (!referral.heading().id().equals("financial-requests")
        || file.isLookedAfterOn(context.asOf())) {
      return Optional.empty();
    }
    return Optional.of(
        Exclusion.builder()
            .child(file.childId())
            .panel(referral.panel())
            .remit(referral.remit())
            .policy(NAME)
            .reason(
                "not looked after: resources to prevent family breakdown are put in place"
                    + " straightaway, without waiting for panel")
            .citation(CITATION)
            .build());
  }

  @Override
  public String toString() {
    return "ExclusionPolicy{" + NAME + " (" + CITATION + ")}";
  }
}
