package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.rules.bcp.BcpSettings.ProceedingsExclusionLifted;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Exclusion §5.2(a): "Children who are the subject of care proceedings: their care plans are
 * reviewed at Legal Gateway meetings, unless the child does not have a Permanence Plan recorded".
 *
 * <p>Applies when the child is in care proceedings on the evaluation date (issued and not disposed
 * of, or legal status C1, I-COM-05) and has a permanence plan. With no plan (none, or "other",
 * I-BCP-08) the exclusion is lifted for every cohort by default; with {@link
 * ProceedingsExclusionLifted#NO_PLAN_COHORT_ONLY} only for cohort (e).
 */
public final class CareProceedingsExclusion implements ExclusionPolicy {

  private static final Citation CITATION = BcpAuthorityProvider.cite("§5.2(a)");

  private final BcpFacts facts;
  private final ProceedingsExclusionLifted lifted;

  CareProceedingsExclusion(BcpFacts facts, ProceedingsExclusionLifted lifted) {
    this.facts = facts;
    this.lifted = lifted;
  }

  @Override
  public String name() {
    return "in care proceedings";
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
    if (!BcpFacts.isInProceedings(file, on)) {
      return Optional.empty();
    }
    if (!facts.hasNoPlan(file, on)) {
      return Optional.of(
          exclusion(
              file,
              referral,
              "in care proceedings: care plan reviewed at the Legal Gateway Meeting"));
    }
    if (lifted == ProceedingsExclusionLifted.ALL_COHORTS
        || referral.heading().id().equals(BcpCohort.E.headingId())) {
      return Optional.empty();
    }
    return Optional.of(
        exclusion(
            file,
            referral,
            "in care proceedings with "
                + BcpFacts.describePlan(file, on)
                + ": considered under cohort (e) only"));
  }

  private Exclusion exclusion(CaseFile file, Referral referral, String reason) {
    return Exclusion.builder()
        .child(file.childId())
        .panel(facts.panel)
        .remit(referral.remit())
        .policy(name())
        .reason(reason)
        .citation(citation())
        .build();
  }
}
