package io.permanence.rules.barnet;

import com.google.common.collect.ImmutableSet;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Barnet remit 3(d): "cases identified by the Permanence Assurance Lead or Head of Service for
 * scrutiny in relation to the care plan" (§Remit 3(d)).
 *
 * <p>Trigger: a {@link CaseFlagType#FLAGGED_FOR_SCRUTINY} flag in force on the context's date,
 * raised by the Permanence Assurance Lead or a Head of Service (the generic role or one of Barnet's
 * four Heads). A flag raised by another role, or by none recorded, is not listed and the reason
 * says so. Listed once per flag, until heard.
 */
public final class ScrutinyRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Identified for scrutiny of the care plan";

  /** The roles that may identify a case for scrutiny. */
  public static final ImmutableSet<Role> RAISED_BY =
      ImmutableSet.of(
          Role.PERMANENCE_ASSURANCE_LEAD,
          Role.HEAD_OF_SERVICE,
          Barnet.HEAD_CORPORATE_PARENTING_PERMANENCE,
          Barnet.HEAD_PLACEMENTS_DISABILITIES,
          Barnet.HEAD_INTERVENTION_PLANNING,
          Barnet.HEAD_DUTY_ASSESSMENT);

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   */
  public ScrutinyRemit(Panel panel) {
    super(NAME, panel, BarnetPanels.REMIT_3D, Barnet.cite("§Remit 3(d)"));
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<CaseFlag> flag = file.findFlagOn(CaseFlagType.FLAGGED_FOR_SCRUTINY, context.asOf());
    if (flag.isEmpty()) {
      return notMet("Not identified for scrutiny");
    }
    Optional<Role> by = flag.get().raisedBy();
    if (by.isEmpty() || !RAISED_BY.contains(by.get())) {
      return notMet(
          "Scrutiny flag raised by "
              + by.map(Role::name).orElse("no recorded role")
              + ": only the Permanence Assurance Lead or a Head of Service can identify a case"
              + " for scrutiny (check the record)");
    }
    LocalDate raised = flag.get().start();
    String reason =
        "Identified for scrutiny of the care plan by the "
            + by.get().name()
            + " on "
            + Text.date(raised);
    Optional<LocalDate> pending = pendingSince(file, raised, Optional.empty(), context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already reviewed since");
    }
    return refer(file, context, reason, pending.get(), flag.get().end().orElse(OPEN));
  }
}
