package io.permanence.rules.bcp;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Heading;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Cohort §5.1(c): "Children with an identified plan of reunification".
 *
 * <p>Met when the plan in force on the evaluation date has reunification as its primary option, or
 * also as its contingency if {@link BcpSettings#REUNIFICATION_INCLUDES_CONTINGENCY} (default no,
 * I-BCP-06).
 */
public final class ReunificationPlanRemit extends CohortRemit {

  private final boolean includesContingency;

  ReunificationPlanRemit(BcpFacts facts, Heading heading, boolean includesContingency) {
    super(facts, BcpCohort.C, heading, "plan of reunification");
    this.includesContingency = includesContingency;
  }

  @Override
  Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting) {
    Optional<PermanencePlan> plan = file.findPlanInForceOn(on);
    if (plan.isPresent() && plan.get().primary() == PermanenceOption.REUNIFICATION) {
      return Finding.met("plan of reunification recorded " + BcpFacts.day(plan.get().recordedOn()));
    }
    if (includesContingency
        && plan.isPresent()
        && plan.get().contingency().equals(Optional.of(PermanenceOption.REUNIFICATION))) {
      return Finding.met(
          "contingency plan of reunification recorded " + BcpFacts.day(plan.get().recordedOn()));
    }
    return Finding.notMet(
        "no identified plan of reunification on "
            + BcpFacts.day(on)
            + " ("
            + BcpFacts.describePlan(file, on)
            + ")");
  }
}
