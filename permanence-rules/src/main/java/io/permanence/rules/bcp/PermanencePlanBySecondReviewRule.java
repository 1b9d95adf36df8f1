package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.rules.bcp.BcpSettings.SecondReviewDeadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * BCP's own deadline "a permanence plan identified by the time of the second CLA review, which must
 * be held no later than 4 months after the child became looked after" (BCP ToR §1 ¶3 s1, restating
 * the Care Planning, Placement and Case Review (England) Regulations 2010 reg 33 and the IRO
 * duties; the document misnames them "Care Review"). This is the document's local version, cited to
 * the document; the statutory review timescales belong to {@code rules.statutory}.
 *
 * <p>For a child in care on the date, in the current period of care: by default ({@link
 * SecondReviewDeadline#STATUTORY}, I-BCP-10) the first review is due 20 working days after becoming
 * looked after (reg 33(1)); the deadline runs 3 months from the first review (held, else due; reg
 * 33(2)) and falls on the second review if it has been held. With {@link
 * SecondReviewDeadline#FOUR_MONTHS_FROM_BECOMING_LOOKED_AFTER} it is 4 months after becoming looked
 * after. Met ({@link Deadline#metOn()}) on the first day from becoming looked after on which a plan
 * (not "other") is in force, if that is on or before the context's date. Overdue plans escalate to
 * the IRO, whose route is the Dispute Resolution process (§1 ¶3 s2).
 */
public final class PermanencePlanBySecondReviewRule implements CaseDeadlineRule {

  private static final Timescale FIRST_REVIEW = Timescale.workingDays(20);
  private static final Citation CITATION = BcpAuthorityProvider.cite("§1 ¶3 s1");

  private final BcpFacts facts;
  private final SecondReviewDeadline mode;

  PermanencePlanBySecondReviewRule(BcpFacts facts, SecondReviewDeadline mode) {
    this.facts = facts;
    this.mode = mode;
  }

  @Override
  public String name() {
    return "permanence plan by the second CLA review";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  /** The role an overdue plan escalates to: the IRO, by Dispute Resolution (§1 ¶3 s2). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(Role.IRO);
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate on = context.asOf();
    if (!facts.isInCare(file, on)) {
      return List.of();
    }
    WorkingCalendar calendar = context.calendar();
    LocalDate lookedAfter = file.findBecameLookedAfterOn(on).orElseThrow();
    List<LookedAfterReview> reviews = file.reviewsBetween(lookedAfter, on.plusDays(1));
    Deadline.Builder deadline =
        Deadline.builder()
            .name("Permanence plan identified by the second CLA review")
            .calendarId(calendar.id())
            .calendarVersion(calendar.version())
            .citation(citation());
    Supplier<String> reached;
    if (mode == SecondReviewDeadline.FOUR_MONTHS_FROM_BECOMING_LOOKED_AFTER) {
      LocalDate due = lookedAfter.plusMonths(4);
      deadline
          .startEvent("Became looked after")
          .startDate(lookedAfter)
          .timescale(Timescale.months(4))
          .dueDate(due);
      reached = () -> "4 months after " + BcpFacts.day(lookedAfter) + " → " + BcpFacts.day(due);
    } else {
      LocalDate firstDue = FIRST_REVIEW.dueFrom(lookedAfter, calendar);
      boolean firstHeld = !reviews.isEmpty();
      LocalDate first = firstHeld ? reviews.get(0).date() : firstDue;
      boolean secondHeld = reviews.size() >= 2;
      LocalDate due = secondHeld ? reviews.get(1).date() : first.plusMonths(3);
      deadline
          .startEvent(firstHeld ? "First CLA review held" : "First CLA review due")
          .startDate(first)
          .timescale(Timescale.months(3))
          .dueDate(due);
      reached =
          () ->
              "became looked after "
                  + BcpFacts.day(lookedAfter)
                  + "; first CLA review "
                  + (firstHeld ? "held " : "due (20 working days) ")
                  + BcpFacts.day(first)
                  + "; second review "
                  + (secondHeld
                      ? "held " + BcpFacts.day(due)
                      : "due 3 months after it → " + BcpFacts.day(due))
                  + " (CPPCR 2010 reg 33)";
    }
    Optional<LocalDate> met = findPlanOn(file, lookedAfter).filter(day -> !day.isAfter(on));
    return List.of(
        deadline
            .trace(
                () ->
                    reached.get()
                        + met.map(day -> "; plan in force from " + BcpFacts.day(day))
                            .orElse("; no plan yet"))
            .metOn(met)
            .build());
  }

  /**
   * The first day from becoming looked after on which a permanence plan (not "other") was in force.
   */
  private Optional<LocalDate> findPlanOn(CaseFile file, LocalDate lookedAfter) {
    if (facts.isPlan(BcpFacts.primaryOn(file, lookedAfter))) {
      return Optional.of(lookedAfter);
    }
    for (PermanencePlan plan : file.plans()) {
      if (plan.recordedOn().isAfter(lookedAfter) && facts.isPlan(plan.primary())) {
        return Optional.of(plan.recordedOn());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name() + " (" + mode + ", " + citation() + ")";
  }
}
