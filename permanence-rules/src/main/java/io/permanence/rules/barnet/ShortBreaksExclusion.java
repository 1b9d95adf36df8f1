package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.reference.LegalStatusCode;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a child whose period of care began on short breaks ({@code V3}, {@code V4}) off the BLA
 * presentation: short breaks are looked after only for each break and are outside care planning
 * (CPPCR 2010 reg 48), so they are not "coming into care" for the BLA process (§Remit 1 s2,
 * I-COM-02, {@link BarnetSettings#BLA_EXCLUDED_LEGAL_STATUSES}).
 */
public final class ShortBreaksExclusion implements ExclusionPolicy {

  /** The policy's name. */
  public static final String NAME = "Short breaks are not coming into care";

  private final BecameLookedAfterRemit remit;
  private final Set<LegalStatusCode> excluded;

  /**
   * The policy.
   *
   * @param remit the BLA remit whose referrals it guards
   * @param settings the Barnet settings
   */
  public ShortBreaksExclusion(BecameLookedAfterRemit remit, AuthoritySettings settings) {
    this.remit = remit;
    this.excluded = settings.get(BarnetSettings.BLA_EXCLUDED_LEGAL_STATUSES);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PanelId panel() {
    return remit.panel();
  }

  @Override
  public Citation citation() {
    return Barnet.cite("§Remit 1 s2");
  }

  @Override
  public Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext context) {
    if (!referral.remit().equals(remit.name())) {
      return Optional.empty();
    }
    return remit
        .findPeriodPresentedAt(file, context.asOf(), referral.earliestMeeting())
        .map(PeriodOfCare::start)
        .flatMap(file::findLegalStatusOn)
        .map(LegalStatusPeriod::code)
        .filter(excluded::contains)
        .map(
            code ->
                Exclusion.builder()
                    .child(file.childId())
                    .panel(panel())
                    .remit(referral.remit())
                    .policy(NAME)
                    .reason(
                        "Looked after on short breaks ("
                            + code
                            + "): not coming into care for the BLA process")
                    .citation(citation())
                    .build());
  }
}
