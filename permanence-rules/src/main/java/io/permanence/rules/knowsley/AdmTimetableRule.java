package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.Citation;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * §Part 1 s3(c): "... to ensure pre adma and adma process are booked in line with court
 * timetables".
 *
 * <p>For a child whose plan in force may be adoption (primary or contingency, as Part 1) and whose
 * care proceedings have a known court date: the agency decision maker's "should be placed for
 * adoption" decision is due on the local authority's final evidence date, less {@code
 * adm-lead-before-final-evidence} (I-KNO-04); without a final evidence date, on the issues
 * resolution hearing, else on the final hearing. It is met on the decision's day (adoption
 * milestones). The model records decisions, not bookings, so a booked but not yet held ADM shows as
 * unmet until held.
 */
public final class AdmTimetableRule implements CaseDeadlineRule {

  private static final Citation CITATION = Knowsley.cite("§Part 1 s3(c)");

  /** The rule. */
  public AdmTimetableRule() {}

  @Override
  public String name() {
    return "ADM decision in line with the court timetable";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    if (Part1Remits.adoptionIn(
            file.findPlanInForceOn(asOf), context.settings().get(KnowsleySettings.PART1_PLAN_MATCH))
        .isEmpty()) {
      return List.of();
    }
    Optional<CareProceedings> proceedings =
        file.careProceedings().stream()
            .filter(p -> p.issuedOn().filter(d -> !d.isAfter(asOf)).isPresent())
            .reduce((first, second) -> second);
    if (proceedings.isEmpty()) {
      return List.of();
    }
    CareProceedings p = proceedings.get();
    String event;
    Optional<LocalDate> target;
    if (p.finalEvidenceDueOn().isPresent()) {
      event = "final evidence";
      target = p.finalEvidenceDueOn();
    } else if (p.issuesResolutionHearingOn().isPresent()) {
      event = "issues resolution hearing";
      target = p.issuesResolutionHearingOn();
    } else {
      event = "final hearing";
      target = p.finalHearingOn();
    }
    if (target.isEmpty()) {
      return List.of();
    }
    Period lead = context.settings().get(KnowsleySettings.ADM_LEAD_BEFORE_FINAL_EVIDENCE);
    LocalDate issued = p.issuedOn().get();
    LocalDate due = target.get().minus(lead);
    if (due.isBefore(issued)) {
      return List.of();
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(issued, due));
    Optional<LocalDate> decided =
        file.adoptionMilestones()
            .flatMap(AdoptionMilestones::decisionToPlaceOn)
            .filter(d -> !d.isAfter(asOf));
    return List.of(
        Deadline.builder()
            .name(name())
            .startEvent("Care proceedings issued")
            .startDate(issued)
            .timescale(Timescale.days((int) days))
            .dueDate(due)
            .calendarId(context.calendar().id())
            .calendarVersion(context.calendar().version())
            .citation(CITATION)
            .trace(
                "ADM by the "
                    + event
                    + " on "
                    + day(target.get())
                    + (lead.isZero() ? "" : " less " + lead)
                    + " → "
                    + day(due))
            .metOn(decided)
            .build());
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{" + name() + ": by the final evidence date, " + CITATION + "}";
  }
}
