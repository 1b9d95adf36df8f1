package io.permanence.rules.bcp;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cohort §5.1(e): "Children who do not have a permanence plan (either permanence plan not recorded,
 * or recorded as 'other') and have not already recently been reviewed in one of the above cohorts".
 *
 * <p>Met when the child has no plan on the evaluation date (none, or "other", I-COM-09) and did not
 * appear at this panel under cohort (a) to (d) (appearance heading {@code cohort-a} to {@code
 * cohort-d}) in the {@link BcpSettings#RECENTLY_REVIEWED_WITHIN} (5 weeks, one rotation) before the
 * meeting date (I-DES-04).
 */
public final class NoPermanencePlanRemit extends CohortRemit {

  private static final Set<String> EARLIER_COHORTS =
      EnumSet.of(BcpCohort.A, BcpCohort.B, BcpCohort.C, BcpCohort.D).stream()
          .map(BcpCohort::headingId)
          .collect(Collectors.toUnmodifiableSet());

  private final Period recently;

  NoPermanencePlanRemit(BcpFacts facts, Heading heading, Period recently) {
    super(facts, BcpCohort.E, heading, "no permanence plan");
    this.recently = recently;
  }

  @Override
  Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting) {
    if (!facts.hasNoPlan(file, on)) {
      return Finding.notMet("has a permanence plan (" + BcpFacts.describePlan(file, on) + ")");
    }
    LocalDate since = meeting.date().minus(recently);
    Optional<PanelAppearance> recent =
        file.panelAppearances().stream()
            .filter(a -> a.panel().equals(facts.panel))
            .filter(a -> EARLIER_COHORTS.contains(a.heading()))
            .filter(a -> !a.meetingOn().isBefore(since) && a.meetingOn().isBefore(meeting.date()))
            .reduce((first, second) -> second);
    if (recent.isPresent()) {
      return Finding.notMet(
          BcpFacts.describePlan(file, on)
              + ", but reviewed under "
              + recent.get().heading()
              + " on "
              + BcpFacts.day(recent.get().meetingOn())
              + ", within "
              + recently
              + " of the meeting");
    }
    return Finding.met(
        BcpFacts.describePlan(file, on)
            + ", not reviewed in another cohort since "
            + BcpFacts.day(since));
  }
}
