package io.permanence.rules.bcp;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Heading;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Cohort §5.1(a): "Children aged 16 and under who continue to be accommodated under s20 after 12
 * weeks, unless a LGM has determined that s20 is the appropriate legal status for the child".
 *
 * <p>Met when, on the evaluation date, the legal status is one of {@link BcpSettings#S20_CODES}
 * (V2), the unbroken s20 run began at least {@link BcpSettings#S20_THRESHOLD} (12 weeks, 84 days)
 * before, and the child is aged 16 or under in completed years (I-BCP-04). The "unless" is applied
 * by {@link LgmS20AppropriateExclusion} (§5.2(b)), so that an explanation shows why such a child is
 * not listed.
 */
public final class S20AfterTwelveWeeksRemit extends CohortRemit {

  private final Period threshold;

  S20AfterTwelveWeeksRemit(BcpFacts facts, Heading heading, Period threshold) {
    super(facts, BcpCohort.A, heading, "s20 after 12 weeks");
    this.threshold = threshold;
  }

  @Override
  Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting) {
    Optional<LocalDate> since = facts.findS20Since(file, on);
    if (since.isEmpty()) {
      return Finding.notMet(
          "not accommodated under s20 on "
              + BcpFacts.day(on)
              + file.findLegalStatusOn(on)
                  .map(LegalStatusPeriod::code)
                  .map(code -> " (legal status " + code + ")")
                  .orElse(""));
    }
    LocalDate reached = since.get().plus(threshold);
    if (on.isBefore(reached)) {
      return Finding.notMet(
          "under s20 since "
              + BcpFacts.day(since.get())
              + ": "
              + threshold
              + " is reached on "
              + BcpFacts.day(reached));
    }
    int age = file.ageOn(on);
    if (age > 16) {
      return Finding.notMet("aged " + age + ": cohort (a) is for children aged 16 and under");
    }
    return Finding.met(
        "accommodated under s20 since "
            + BcpFacts.day(since.get())
            + ", more than 12 weeks ("
            + threshold
            + " reached "
            + BcpFacts.day(reached)
            + "); aged "
            + age);
  }
}
