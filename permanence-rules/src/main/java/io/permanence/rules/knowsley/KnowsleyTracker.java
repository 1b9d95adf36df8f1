package io.permanence.rules.knowsley;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.TrackerScope;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;

/**
 * §Admin role(c): the administrator "develop[s] and maintain[s] a tracker for cases discuss[ed]".
 *
 * <p>The tracker follows, on a date: every child of the Part 1 standing cohorts (placement order,
 * interim care order under 5, plan that may be adoption) and every child heard at the panel on or
 * before the date who is still looked after or has open actions. Immutable and thread-safe.
 */
public final class KnowsleyTracker implements TrackerScope {

  /** The tracker scope. */
  public KnowsleyTracker() {}

  @Override
  public boolean includes(CaseFile file, EvaluationContext context) {
    LocalDate date = context.asOf();
    boolean lookedAfter = KnowsleyRemit.isLookedAfter(file, date);
    if (lookedAfter) {
      LegalStatusCode status = file.findLegalStatusOn(date).map(s -> s.code()).orElse(null);
      if (status == LegalStatusCode.E1
          || (status == LegalStatusCode.C1
              && file.child().findAgeOn(date).map(age -> age < 5).orElse(false))
          || Part1Remits.adoptionIn(
                  file.findPlanInForceOn(date),
                  context.settings().get(KnowsleySettings.PART1_PLAN_MATCH))
              .isPresent()) {
        return true;
      }
    }
    boolean heard = false;
    for (PanelAppearance a : file.panelAppearances()) {
      if (a.panel().equals(Knowsley.PANEL) && !a.meetingOn().isAfter(date)) {
        heard = true;
        break;
      }
    }
    if (!heard) {
      return false;
    }
    if (lookedAfter) {
      return true;
    }
    for (PanelAction action : file.actions()) {
      if (action.isOpen()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "KnowsleyTracker{Part 1 cohorts and children heard at panel (Knowsley §Admin role(c))}";
  }
}
