package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Barnet remit 1: "cases where a child is at risk of coming into care" (§Remit 1 s1(a)).
 *
 * <p>Trigger: an {@link CaseFlagType#AT_RISK_OF_COMING_INTO_CARE} flag in force on the context's
 * date, for a child not looked after that day. Listed once, at the first meeting after the flag is
 * raised, until heard (I-COM-11). A child whose risk is pre-proceedings, care proceedings under
 * consideration or remand is listed under remit 2 instead (I-BAR-03).
 */
public final class AtRiskRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "At risk of coming into care";

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   */
  public AtRiskRemit(Panel panel) {
    super(NAME, panel, BarnetPanels.REMIT_1, Barnet.cite("§Remit 1 s1(a)"));
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<CaseFlag> flag = file.findFlagOn(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, asOf);
    if (flag.isEmpty()) {
      return notMet("Not recorded as at risk of coming into care");
    }
    if (file.isLookedAfterOn(asOf)) {
      return notMet("Already looked after: presented as part of the BLA process");
    }
    if (file.hasFlagOn(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, asOf)
        || file.hasFlagOn(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, asOf)
        || file.hasFlagOn(CaseFlagType.REMANDED_LASPO_S23, asOf)) {
      return notMet("At risk for a reason listed under remit 2 (PLO, proceedings or remand)");
    }
    LocalDate raised = flag.get().start();
    String reason = "At risk of coming into care since " + Text.date(raised);
    Optional<LocalDate> pending = pendingSince(file, raised, Optional.empty(), context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already presented since");
    }
    return refer(file, context, reason, pending.get(), flag.get().end().orElse(OPEN));
  }
}
