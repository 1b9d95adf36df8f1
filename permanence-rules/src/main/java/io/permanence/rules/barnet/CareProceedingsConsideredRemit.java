package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Barnet remit 2(b): "children for whom care proceedings is a consideration" (§Remit 2(b)).
 *
 * <p>Trigger: a {@link CaseFlagType#CARE_PROCEEDINGS_UNDER_CONSIDERATION} flag in force on the
 * context's date, while no proceedings are before the court and no decision to issue has been made
 * since the flag (a decision to issue moves the child to remit 3(b)). Looked-after children are
 * listed too (I-BAR-15). Listed once per flag, until heard.
 */
public final class CareProceedingsConsideredRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Care proceedings under consideration";

  private final boolean requiresNotLookedAfter;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public CareProceedingsConsideredRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_2B, Barnet.cite("§Remit 2(b)"));
    this.requiresNotLookedAfter = settings.get(BarnetSettings.AT_RISK_REQUIRES_NOT_LOOKED_AFTER);
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<CaseFlag> flag =
        file.findFlagOn(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, asOf);
    if (flag.isEmpty()) {
      return notMet("Care proceedings not recorded as a consideration");
    }
    LocalDate raised = flag.get().start();
    Optional<CareProceedings> inCourt = file.findCareProceedingsOn(asOf);
    if (inCourt.isPresent()) {
      return notMet(
          "Care proceedings issued on " + Text.date(inCourt.get().issuedOn().orElseThrow()));
    }
    Optional<CareProceedings> decided =
        file.careProceedings().stream()
            .filter(p -> !p.decisionToIssueOn().isBefore(raised))
            .filter(p -> !p.decisionToIssueOn().isAfter(asOf))
            .findFirst();
    if (decided.isPresent()) {
      return notMet(
          "Decision to issue care proceedings made on "
              + Text.date(decided.get().decisionToIssueOn())
              + ": tracked under remit 3(b)");
    }
    if (requiresNotLookedAfter && file.isLookedAfterOn(asOf)) {
      return notMet("Already looked after (only children not looked after are listed)");
    }
    String reason = "Care proceedings a consideration since " + Text.date(raised);
    Optional<LocalDate> pending = pendingSince(file, raised, Optional.empty(), context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already presented since");
    }
    return refer(file, context, reason, pending.get(), flag.get().end().orElse(OPEN));
  }
}
