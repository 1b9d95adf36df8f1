package io.permanence.rules.bcp;

import com.google.common.collect.ImmutableSet;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Heading;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Cohort §5.1(b): "Children who are Placed with Parents under a Care Order".
 *
 * <p>Met when, on the evaluation date, the legal status is one of {@link
 * BcpSettings#PWP_LEGAL_STATUSES} (full care order C2; an interim order means proceedings, reviewed
 * at the LGM, I-BCP-05) and the placement is P1.
 */
public final class PlacedWithParentsRemit extends CohortRemit {

  private final ImmutableSet<LegalStatusCode> statuses;

  PlacedWithParentsRemit(BcpFacts facts, Heading heading, ImmutableSet<LegalStatusCode> statuses) {
    super(facts, BcpCohort.B, heading, "placed with parents under a care order");
    this.statuses = statuses;
  }

  @Override
  Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting) {
    Optional<LegalStatusCode> status = file.findLegalStatusOn(on).map(LegalStatusPeriod::code);
    if (status.isEmpty() || !statuses.contains(status.get())) {
      return Finding.notMet(
          "not under a care order on "
              + BcpFacts.day(on)
              + status.map(code -> " (legal status " + code + ")").orElse(""));
    }
    Optional<Placement> placement = file.findPlacementOn(on);
    if (placement.isEmpty() || !placement.get().code().isPlacedWithParents()) {
      return Finding.notMet(
          "under a care order but not placed with parents on "
              + BcpFacts.day(on)
              + placement.map(p -> " (placement " + p.code() + ")").orElse(""));
    }
    LocalDate since =
        file.findContinuousPlacementSince(on, code -> code.isPlacedWithParents()).get();
    return Finding.met(
        "placed with parents (P1) since "
            + BcpFacts.day(since)
            + " under a care order ("
            + status.get()
            + ")");
  }
}
