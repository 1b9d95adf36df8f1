package io.permanence.rules.bcp;

import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Heading;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.NotMatchedCohort;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Cohort §5.1(d): "Children who are not long-term matched with their foster carers".
 *
 * <p>Met when, on the evaluation date, the child is in a foster placement (U1 to U6) with no
 * long-term match recorded for it on or before that date, and (default {@link
 * NotMatchedCohort#PLAN_LONG_TERM_FOSTERING}, I-BCP-07) the primary plan is long-term fostering:
 * consideration (v) speaks of "children requiring long-term matching". A U1 or U4 placement code
 * says "long term fostering" but is not a match: without a recorded match the child counts as not
 * matched, and the reason says so.
 */
public final class NotLongTermMatchedRemit extends CohortRemit {

  private final NotMatchedCohort scope;

  NotLongTermMatchedRemit(BcpFacts facts, Heading heading, NotMatchedCohort scope) {
    super(facts, BcpCohort.D, heading, "not long-term matched");
    this.scope = scope;
  }

  @Override
  Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting) {
    Optional<Placement> placement = file.findPlacementOn(on);
    if (placement.isEmpty() || !placement.get().code().isFostering()) {
      return Finding.notMet(
          "not in a foster placement on "
              + BcpFacts.day(on)
              + placement.map(p -> " (placement " + p.code() + ")").orElse(""));
    }
    Placement current = placement.get();
    if (current.isLongTermMatchedOn(on)) {
      return Finding.notMet(
          "long-term matched with the foster carers on "
              + BcpFacts.day(current.longTermMatchOn().orElseThrow()));
    }
    if (scope == NotMatchedCohort.PLAN_LONG_TERM_FOSTERING
        && BcpFacts.primaryOn(file, on) != PermanenceOption.LONG_TERM_FOSTERING) {
      return Finding.notMet(
          "in foster placement "
              + current.code()
              + " but the plan is not long-term fostering ("
              + BcpFacts.describePlan(file, on)
              + ")");
    }
    return Finding.met(
        "in foster placement "
            + current.code()
            + " since "
            + BcpFacts.day(current.start())
            + " with no long-term match recorded"
            + (current.code().isLongTermFostering()
                ? " (the placement code says long-term fostering, but no match is recorded)"
                : ""));
  }
}
