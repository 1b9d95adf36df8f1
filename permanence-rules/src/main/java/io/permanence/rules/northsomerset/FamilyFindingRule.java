package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NSomerset §5(b): "To ensure that family finding for both adoptive and long-term fostering
 * placements is progressed in a timely way."
 *
 * <p>No timescale is stated (I-NSO-10): no deadline is computed until {@code
 * family-finding-alert-days} is set. Then: adoption — from the placement order (adoption milestones
 * or a placement order on file) to the match with adopters; long-term fostering — from the
 * ratification of a plan whose primary option is long-term fostering to the long-term match of a
 * placement. The A2 adoption scorecard threshold (121 days) is a typical value; it is not a
 * statutory deadline.
 */
public final class FamilyFindingRule implements CaseDeadlineRule {

  private static final Citation CITATION = NorthSomerset.cite("§5(b)");

  /** The rule. */
  public FamilyFindingRule() {}

  @Override
  public String name() {
    return "Family finding: matched";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    Optional<Integer> days =
        context.settings().get(NorthSomersetSettings.FAMILY_FINDING_ALERT_DAYS);
    if (days.isEmpty()) {
      return List.of();
    }
    LocalDate asOf = context.asOf();
    Timescale timescale = Timescale.days(days.get());
    List<Deadline> deadlines = new ArrayList<>();
    Optional<LocalDate> placementOrder =
        file.adoptionMilestones()
            .flatMap(AdoptionMilestones::placementOrderOn)
            .or(
                () ->
                    file.courtOrders().stream()
                        .filter(o -> o.type() == CourtOrderType.PLACEMENT)
                        .map(CourtOrder::madeOn)
                        .findFirst())
            .filter(d -> !d.isAfter(asOf));
    if (placementOrder.isPresent()) {
      Optional<LocalDate> matched =
          file.adoptionMilestones()
              .flatMap(AdoptionMilestones::matchedOn)
              .filter(d -> !d.isBefore(placementOrder.get()) && !d.isAfter(asOf));
      deadlines.add(
          DeadlineRule.of(
                  "Family finding: matched with adopters", "Placement order", timescale, CITATION)
              .deadlineFrom(placementOrder.get(), context.calendar())
              .withMetOn(matched));
    }
    Optional<LocalDate> ratified =
        file.plans().stream()
            .filter(p -> p.primary() == PermanenceOption.LONG_TERM_FOSTERING)
            .map(PermanencePlan::ratifiedOn)
            .flatMap(Optional::stream)
            .filter(d -> !d.isAfter(asOf))
            .findFirst();
    if (ratified.isPresent()) {
      Optional<LocalDate> matched =
          file.placements().stream()
              .map(Placement::longTermMatchOn)
              .flatMap(Optional::stream)
              .filter(d -> !d.isBefore(ratified.get()) && !d.isAfter(asOf))
              .findFirst();
      deadlines.add(
          DeadlineRule.of(
                  "Family finding: long-term fostering match",
                  "Long-term fostering plan ratified",
                  timescale,
                  CITATION)
              .deadlineFrom(ratified.get(), context.calendar())
              .withMetOn(matched));
    }
    return List.copyOf(deadlines);
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{"
        + name()
        + ": family-finding-alert-days (unset: none), "
        + CITATION
        + "}";
  }
}
