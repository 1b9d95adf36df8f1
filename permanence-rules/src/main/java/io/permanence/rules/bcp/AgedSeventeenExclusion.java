package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Exclusion §5.2(c): "Children aged 17: their accommodation and support needs are reviewed at
 * Placement and Resource Panel".
 *
 * <p>Applies when the child is aged 17 in completed years on the evaluation date (I-COM-03), with
 * the reason {@link BcpSettings#AGED_17_EXCLUSION_REASON} (I-BCP-16). A child recorded as looked
 * after at 18 or over (normally a data error: care ends at 18) is excluded too, citing §1 ¶7, which
 * sends children in care "aged over 17 years" to the Accommodation Pathway Panel.
 */
public final class AgedSeventeenExclusion implements ExclusionPolicy {

  private static final Citation CITATION = BcpAuthorityProvider.cite("§5.2(c)");

  private final BcpFacts facts;
  private final String reason;

  AgedSeventeenExclusion(BcpFacts facts, String reason) {
    this.facts = facts;
    this.reason = reason;
  }

  @Override
  public String name() {
    return "aged 17";
  }

  @Override
  public PanelId panel() {
    return facts.panel;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext context) {
    LocalDate on = context.asOf();
    Optional<Integer> age = file.child().findAgeOn(on);
    if (age.isEmpty() || age.get() < 17) {
      return Optional.empty();
    }
    boolean seventeen = age.get() == 17;
    return Optional.of(
        Exclusion.builder()
            .child(file.childId())
            .panel(facts.panel)
            .remit(referral.remit())
            .policy(name())
            .reason(
                seventeen
                    ? reason
                    : "aged "
                        + age.get()
                        + ": over 17, for the Accommodation Pathway Panel, not this panel")
            .citation(seventeen ? citation() : BcpAuthorityProvider.cite("§1 ¶7"))
            .build());
  }
}
