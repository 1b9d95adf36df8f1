package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import java.util.Optional;

/**
 * Exclusion §5.2(b): "Children accommodated under s20 where a LGM has determined this is the
 * appropriate legal status" (also the "unless" of cohort §5.1(a)).
 *
 * <p>Applies when the child is under s20 ({@link BcpSettings#S20_CODES}) on the evaluation date and
 * a {@link CaseFlagType#LEGAL_GATEWAY_S20_APPROPRIATE} flag dated within the current unbroken s20
 * run applies that day; a new s20 run needs a new determination, and no expiry is invented
 * (I-BCP-09; {@link BcpSettings#LGM_S20_DETERMINATION_VALIDITY} can set one).
 */
public final class LgmS20AppropriateExclusion implements ExclusionPolicy {

  private static final Citation CITATION = BcpAuthorityProvider.cite("§5.2(b)");

  private final BcpFacts facts;

  LgmS20AppropriateExclusion(BcpFacts facts) {
    this.facts = facts;
  }

  @Override
  public String name() {
    return "s20 determined appropriate by the Legal Gateway Meeting";
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
    Optional<CaseFlag> determination = facts.findLgmDetermination(file, context.asOf());
    return determination.map(
        flag ->
            Exclusion.builder()
                .child(file.childId())
                .panel(facts.panel)
                .remit(referral.remit())
                .policy(name())
                .reason(
                    "accommodated under s20, which the Legal Gateway Meeting of "
                        + BcpFacts.day(flag.start())
                        + " determined the appropriate legal status")
                .citation(citation())
                .build());
  }
}
