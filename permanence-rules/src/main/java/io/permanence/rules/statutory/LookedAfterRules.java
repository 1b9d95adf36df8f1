package io.permanence.rules.statutory;

import static io.permanence.core.Citation.SourceStatus.SECONDARY;
import static io.permanence.core.Citation.SourceStatus.UNVERIFIED;

import io.permanence.core.Citation;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The looked-after children's timescales of the Care Planning, Placement and Case Review (England)
 * Regulations 2010 and their guidance: reviews, the permanence plan, the care plan, the placement
 * plan and the notification of placement.
 *
 * <p>They apply per period of care, except one under an agreed series of short breaks (legal status
 * V3 or V4 on its first day), for which reg 48 modifies the regime and no rule is given here.
 */
final class LookedAfterRules {

  static final String CPPCR = "Care Planning, Placement and Case Review (England) Regulations 2010";

  static final Citation REG_33 = Citation.of(CPPCR, "reg 33");
  static final Citation REG_33_1 = Citation.of(CPPCR, "reg 33(1)");
  static final Citation REG_33_2 = Citation.of(CPPCR, "reg 33(2)");
  static final Citation PERMANENCE_GUIDANCE =
      Citation.of(
          "Children Act 1989 Guidance and Regulations Volume 2 (2015, reissued July 2021)",
          "chapter 2, permanence planning: plan for permanence by the second review (paragraph to"
              + " verify)",
          SECONDARY);
  static final Citation REG_4 = Citation.of(CPPCR, "reg 4", SECONDARY);
  static final Citation REG_9 = Citation.of(CPPCR, "reg 9", UNVERIFIED);
  static final Citation REG_13_1 = Citation.of(CPPCR, "reg 13(1)");

  /** The placement plan document (reg 9); not a core document type, so defined here. */
  static final DocumentType PLACEMENT_PLAN = DocumentType.of("placement-plan", "Placement plan");

  /** The notification of placement (reg 13); not a core document type, so defined here. */
  static final DocumentType PLACEMENT_NOTIFICATION =
      DocumentType.of("placement-notification", "Notification of placement");

  static final DeadlineRule FIRST_REVIEW =
      DeadlineRule.of(
          "First looked-after review", "Became looked after", Timescale.workingDays(20), REG_33_1);
  static final DeadlineRule SECOND_REVIEW =
      DeadlineRule.of(
          "Second looked-after review", "First review held", Timescale.months(3), REG_33_2);
  static final DeadlineRule CARE_PLAN =
      DeadlineRule.of("Care plan", "First placement started", Timescale.workingDays(10), REG_4);
  static final DeadlineRule PLACEMENT_PLAN_RULE =
      DeadlineRule.of("Placement plan", "Placement started", Timescale.workingDays(5), REG_9);
  static final DeadlineRule NOTIFICATION_RULE =
      DeadlineRule.of(
          "Notification of placement", "Placement started", Timescale.workingDays(5), REG_13_1);

  static final DeadlineRule PLAN_BY_FIRST_DUE =
      DeadlineRule.of(
          "Permanence plan by the second review",
          "First looked-after review due",
          Timescale.months(3),
          PERMANENCE_GUIDANCE);
  static final DeadlineRule PLAN_BY_FIRST_HELD =
      DeadlineRule.of(
          "Permanence plan by the second review",
          "First looked-after review held",
          Timescale.months(3),
          PERMANENCE_GUIDANCE);

  /** The rules of the first reviews, made once: a chain asks for one per review per child. */
  private static final DeadlineRule[] REVIEWS = new DeadlineRule[40];

  static {
    for (int index = 0; index < REVIEWS.length; index++) {
      REVIEWS[index] = makeReview(index);
    }
  }

  private LookedAfterRules() {}

  static DeadlineRule review(int index) {
    return index < REVIEWS.length ? REVIEWS[index] : makeReview(index);
  }

  private static DeadlineRule makeReview(int index) {
    if (index == 0) {
      return FIRST_REVIEW;
    }
    if (index == 1) {
      return SECOND_REVIEW;
    }
    return DeadlineRule.of(
        "Looked-after review " + (index + 1),
        "Previous review held",
        Timescale.months(6),
        REG_33_2);
  }

  /** CPPCR 2010 reg 33: the chain of reviews per period of care (see the catalogue's javadoc). */
  static List<TrackedDeadline> reviews(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    for (PeriodOfCare period : periodsUnderCppcr(file, context.asOf())) {
      Optional<LocalDate> limit = reviewLimit(file, period);
      deadlines.addAll(
          Tracking.chain(
              LookedAfterRules::review,
              period.start(),
              limit,
              reviewsHeld(file, period.start(), limit, context.asOf()),
              context));
    }
    return deadlines;
  }

  /** The permanence plan by the second review (statutory guidance, Vol 2 ch.2). */
  static List<TrackedDeadline> permanencePlan(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    for (PeriodOfCare period : periodsUnderCppcr(file, context.asOf())) {
      Optional<LocalDate> limit = reviewLimit(file, period);
      List<LocalDate> held = reviewsHeld(file, period.start(), limit, context.asOf());
      Deadline deadline;
      if (held.isEmpty()) {
        Deadline first = FIRST_REVIEW.deadlineFrom(period.start(), context.calendar());
        Deadline byDueDate = PLAN_BY_FIRST_DUE.deadlineFrom(first.dueDate(), context.calendar());
        deadline =
            Tracking.retraced(
                byDueDate,
                () ->
                    "first review not yet held, due "
                        + first.trace()
                        + "; second review "
                        + byDueDate.trace());
      } else {
        Deadline byHeld = PLAN_BY_FIRST_HELD.deadlineFrom(held.get(0), context.calendar());
        deadline =
            Tracking.retraced(
                byHeld,
                () ->
                    "first review held "
                        + Tracking.format(held.get(0))
                        + "; second review "
                        + byHeld.trace());
      }
      if (limit.map(end -> !deadline.dueDate().isBefore(end)).orElse(false)) {
        continue;
      }
      Optional<LocalDate> planned = Optional.empty();
      for (PermanencePlan plan : file.plans()) {
        if (period.contains(plan.recordedOn())) {
          planned = Optional.of(plan.recordedOn());
          break;
        }
      }
      deadlines.add(Tracking.tracked(deadline, planned, context.asOf()));
    }
    return deadlines;
  }

  /** CPPCR 2010 reg 4: the care plan within 10 working days of the first placement. */
  static List<TrackedDeadline> carePlan(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    Optional<PeriodOfCare> previous = Optional.empty();
    for (PeriodOfCare period : file.periodsOfCare()) {
      if (period.start().isAfter(context.asOf())) {
        break;
      }
      if (!isShortBreaks(file, period)) {
        Optional<Placement> first = Optional.empty();
        for (Placement placement : file.placements()) {
          if (period.contains(placement.start())) {
            first = Optional.of(placement);
            break;
          }
        }
        Deadline deadline =
            first.isPresent()
                ? CARE_PLAN.deadlineFrom(first.get().start(), context.calendar())
                : DeadlineRule.of(
                        CARE_PLAN.name(),
                        "Became looked after (no placement recorded)",
                        CARE_PLAN.timescale(),
                        CARE_PLAN.citation())
                    .deadlineFrom(period.start(), context.calendar());
        Optional<LocalDate> plan =
            Tracking.firstDocument(
                file, DocumentType.CARE_PLAN, previous.flatMap(Tracking::lastDay), period.end());
        deadlines.add(Tracking.tracked(deadline, plan, context.asOf()));
      }
      previous = Optional.of(period);
    }
    return deadlines;
  }

  /** CPPCR 2010 reg 9: the placement plan within 5 working days of each placement. */
  static List<TrackedDeadline> placementPlan(CaseFile file, EvaluationContext context) {
    return perPlacement(file, context, PLACEMENT_PLAN_RULE, PLACEMENT_PLAN);
  }

  /** CPPCR 2010 reg 13(1): the notification within 5 working days of each placement. */
  static List<TrackedDeadline> placementNotification(CaseFile file, EvaluationContext context) {
    return perPlacement(file, context, NOTIFICATION_RULE, PLACEMENT_NOTIFICATION);
  }

  /**
   * One deadline per placement of a looked-after child (not temporary, not under short breaks). A
   * document belongs to the placement whose window holds its date: the windows are separated by the
   * boundary after each placement, its due date or the day before the next placement starts,
   * whichever is earlier; the last window is open. So a document made before a placement starts
   * (and after the previous one's due date) counts for it, as the regulations prefer.
   */
  private static List<TrackedDeadline> perPlacement(
      CaseFile file, EvaluationContext context, DeadlineRule rule, DocumentType type) {
    List<Placement> placements =
        file.placements().stream()
            .filter(placement -> !placement.start().isAfter(context.asOf()))
            .filter(placement -> !placement.code().isTemporary())
            .filter(
                placement ->
                    file.findPeriodOfCareContaining(placement.start())
                        .map(period -> !isShortBreaks(file, period))
                        .orElse(false))
            .collect(Collectors.toList());
    List<Deadline> due =
        placements.stream()
            .map(placement -> rule.deadlineFrom(placement.start(), context.calendar()))
            .collect(Collectors.toList());
    List<TrackedDeadline> deadlines = new ArrayList<>();
    Optional<LocalDate> after = Optional.empty();
    for (int i = 0; i < placements.size(); i++) {
      Optional<LocalDate> boundary =
          i + 1 < placements.size()
              ? Optional.of(
                  earlier(due.get(i).dueDate(), placements.get(i + 1).start().minusDays(1)))
              : Optional.empty();
      Optional<LocalDate> document =
          Tracking.firstDocument(file, type, after, boundary.map(day -> day.plusDays(1)));
      deadlines.add(Tracking.tracked(due.get(i), document, context.asOf()));
      after = boundary;
    }
    return deadlines;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static List<PeriodOfCare> periodsUnderCppcr(CaseFile file, LocalDate asOf) {
    List<PeriodOfCare> periods = new ArrayList<>();
    for (PeriodOfCare period : file.periodsOfCare()) {
      if (!period.start().isAfter(asOf) && !isShortBreaks(file, period)) {
        periods.add(period);
      }
    }
    return periods;
  }

  private static boolean isShortBreaks(CaseFile file, PeriodOfCare period) {
    return file.findLegalStatusOn(period.start())
        .map(LegalStatusPeriod::code)
        .map(code -> code.isShortBreaks())
        .orElse(false);
  }

  /**
   * The first day reg 33 no longer applies: the end of the period, or the day the authority was
   * authorised to place for adoption within it (reviews then follow AAR 2005 reg 36).
   */
  private static Optional<LocalDate> reviewLimit(CaseFile file, PeriodOfCare period) {
    Optional<LocalDate> authorised =
        file.adoptionMilestones()
            .flatMap(AdoptionMilestones::placementOrderOn)
            .filter(period::contains);
    return authorised.isPresent() ? authorised : period.end();
  }

  /** The days of the reviews held in {@code [start, limit)} and not after {@code asOf}. */
  static List<LocalDate> reviewsHeld(
      CaseFile file, LocalDate start, Optional<LocalDate> limit, LocalDate asOf) {
    LocalDate dayAfterAsOf = asOf.plusDays(1);
    LocalDate end = limit.filter(day -> day.isBefore(dayAfterAsOf)).orElse(dayAfterAsOf);
    if (end.isBefore(start)) {
      return List.of();
    }
    // As file.reviewsBetween(start, end), without the intermediate list.
    List<LocalDate> held = new ArrayList<>();
    for (LookedAfterReview review : file.reviews()) {
      if (!review.date().isBefore(start) && review.date().isBefore(end)) {
        held.add(review.date());
      }
    }
    return held;
  }
}
