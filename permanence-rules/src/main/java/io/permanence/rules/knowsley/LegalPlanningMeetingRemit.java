package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * §Part 3 s3: the panel "may advise for the child or young person to be discussed at LPM which are
 * held every Monday"; §Part 3 s4: "LPM paperwork must be completed for these purposes."
 *
 * <p>An open action of type {@link ActionType#LEGAL_REFERRAL} following a decision of the
 * Multi-Agency Permanency Panel made on day {@code m} refers the child to the Legal Planning
 * Meeting: the window is the LPMs in the 8 days after {@code m} — the first Monday after the
 * meeting, or the Tuesday after a bank-holiday Monday (I-KNO-08). LPM paperwork is the heading's
 * paper. A legal referral with no decision recorded, or a decision of another panel, is not this
 * route.
 */
public final class LegalPlanningMeetingRemit extends KnowsleyRemit {

  /** The remit. */
  public LegalPlanningMeetingRemit() {
    super(
        "referred to the Monday LPM",
        Knowsley.LPM,
        Knowsley.LPM_REFERRALS,
        Knowsley.cite("§Part 3 s3"));
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    for (PanelAction action : file.actions()) {
      if (!action.type().equals(ActionType.LEGAL_REFERRAL) || action.decision().isEmpty()) {
        continue;
      }
      boolean openOn =
          action.isOpen() || action.completedOn().map(d -> d.isAfter(asOf)).orElse(false);
      if (!openOn) {
        continue;
      }
      Optional<PanelDecision> decision = Optional.empty();
      for (PanelDecision d : file.decisions()) {
        if (d.id().equals(action.decision().get())
            && d.panel().equals(Knowsley.PANEL)
            && !d.madeOn().isAfter(asOf)) {
          decision = Optional.of(d);
          break;
        }
      }
      if (decision.isPresent()) {
        LocalDate madeOn = decision.get().madeOn();
        return RemitDecision.met(
            referral(
                file,
                "referred by the Multi-Agency Permanency Panel on "
                    + day(madeOn)
                    + " to the next Monday LPM",
                madeOn.plusDays(1),
                madeOn.plusDays(9),
                List.of()));
      }
    }
    return RemitDecision.notMet(this, "no open referral from the Multi-Agency Permanency Panel");
  }
}
