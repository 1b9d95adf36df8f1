package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Barnet remit 2(a): "children for whom pre-proceedings under the Public Law Outline is a
 * consideration" (§Remit 2(a)).
 *
 * <p>Trigger: a {@link CaseFlagType#PRE_PROCEEDINGS_UNDER_CONSIDERATION} flag in force on the
 * context's date while the child is not yet in pre-proceedings (once in PLO, the child is reviewed
 * under remit 3(a)). Looked-after children are listed too (I-BAR-15, {@link
 * BarnetSettings#AT_RISK_REQUIRES_NOT_LOOKED_AFTER}). Listed once per flag, until heard.
 */
public final class PreProceedingsConsideredRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Pre-proceedings under consideration";

  private final boolean requiresNotLookedAfter;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public PreProceedingsConsideredRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_2A, Barnet.cite("§Remit 2(a)"));
    this.requiresNotLookedAfter = settings.get(BarnetSettings.AT_RISK_REQUIRES_NOT_LOOKED_AFTER);
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<CaseFlag> flag =
        file.findFlagOn(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, asOf);
    if (flag.isEmpty()) {
      return notMet("Pre-proceedings not recorded as a consideration");
    }
    Optional<PreProceedings> plo = file.findPreProceedingsOn(asOf);
    if (plo.isPresent()) {
      return notMet(
          "In pre-proceedings since "
              + Text.date(plo.get().start())
              + ": reviewed every 8 weeks under remit 3(a)");
    }
    if (requiresNotLookedAfter && file.isLookedAfterOn(asOf)) {
      return notMet("Already looked after (only children not looked after are listed)");
    }
    LocalDate raised = flag.get().start();
    String reason = "Pre-proceedings under the PLO a consideration since " + Text.date(raised);
    Optional<LocalDate> pending = pendingSince(file, raised, Optional.empty(), context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already presented since");
    }
    return refer(file, context, reason, pending.get(), flag.get().end().orElse(OPEN));
  }
}
