package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * NSomerset §5(e): "To ensure children transfer to the Children in Care Team within agreed
 * timescales."
 *
 * <p>The timescale and its start are not in the document (I-NSO-08): no deadline is computed until
 * {@code cic-team-transfer} is set (for example {@code "10 working days"}); it then runs from
 * {@code cic-team-transfer-trigger} (becoming looked after, the second review, or the final order)
 * in the latest period of care started by {@code asOf}. The transfer is recorded as a {@link
 * CaseFlagType#TRANSFERRED_TO_CHILDREN_IN_CARE_TEAM} flag: the deadline is met on its start, if on
 * or after the period of care began.
 */
public final class ChildrenInCareTransferRule implements CaseDeadlineRule {

  private static final Citation CITATION = NorthSomerset.cite("§5(e)");

  /** The rule. */
  public ChildrenInCareTransferRule() {}

  @Override
  public String name() {
    return "Transferred to the Children in Care Team";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    Optional<Timescale> timescale = context.settings().get(NorthSomersetSettings.CIC_TEAM_TRANSFER);
    LocalDate asOf = context.asOf();
    Optional<PeriodOfCare> period = file.findLatestPeriodOfCareStartedBy(asOf);
    if (timescale.isEmpty() || period.isEmpty()) {
      return List.of();
    }
    LocalDate periodStart = period.get().start();
    Optional<LocalDate> trigger;
    String event;
    switch (context.settings().get(NorthSomersetSettings.CIC_TEAM_TRANSFER_TRIGGER)) {
      case SECOND_REVIEW:
        event = "Second looked-after review";
        trigger =
            file.reviews().stream()
                .map(LookedAfterReview::date)
                .filter(d -> !d.isBefore(periodStart) && !d.isAfter(asOf))
                .skip(1)
                .findFirst();
        break;
      case FINAL_ORDER:
        event = "Final order in care proceedings";
        trigger =
            file.careProceedings().stream()
                .map(CareProceedings::finalOrderOn)
                .flatMap(Optional::stream)
                .filter(d -> !d.isBefore(periodStart) && !d.isAfter(asOf))
                .findFirst();
        break;
      default:
        event = "Became looked after";
        trigger = Optional.of(periodStart);
    }
    if (trigger.isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> transferred =
        file.flags().stream()
            .filter(f -> f.type() == CaseFlagType.TRANSFERRED_TO_CHILDREN_IN_CARE_TEAM)
            .map(CaseFlag::start)
            .filter(d -> !d.isBefore(periodStart) && !d.isAfter(asOf))
            .findFirst();
    return List.of(
        DeadlineRule.of(name(), event, timescale.get(), CITATION)
            .deadlineFrom(trigger.get(), context.calendar())
            .withMetOn(transferred));
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{" + name() + ": cic-team-transfer (unset: none), " + CITATION + "}";
  }
}
