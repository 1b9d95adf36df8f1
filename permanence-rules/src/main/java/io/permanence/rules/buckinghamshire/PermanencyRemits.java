package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.LegalPlanningRemits.flags;
import static io.permanence.rules.buckinghamshire.LegalPlanningRemits.openUntil;
import static io.permanence.rules.buckinghamshire.TriggeredRemit.day;

import com.google.common.collect.ImmutableList;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Panel;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The remits of the Permanency Panel (§8: the functions that name a cohort, and "This Panel will
 * consider"), one factory per clause. Each lists the child once per trigger (I-BUC-17).
 */
public final class PermanencyRemits {

  private PermanencyRemits() {}

  /**
   * The day the second Children in Care review of the period of care is due: three months after the
   * first review, or after the first review's due date (20 working days after becoming looked
   * after) while it is not held (CPPCR 2010 reg 33, as the document relies on it).
   *
   * @param file the case file
   * @param period the period of care
   * @param context the context (calendar)
   * @return the due date of the second review
   */
  static LocalDate secondReviewDue(CaseFile file, PeriodOfCare period, EvaluationContext context) {
    return firstReview(file, period, context).plusMonths(3);
  }

  /**
   * The day of the first review of the period of care: held, else due (20 working days after
   * becoming looked after).
   */
  static LocalDate firstReview(CaseFile file, PeriodOfCare period, EvaluationContext context) {
    return reviewsInPeriod(file, period, context.asOf()).stream()
        .findFirst()
        .map(LookedAfterReview::date)
        .orElse(context.calendar().shift(period.start(), 20));
  }

  private static List<LookedAfterReview> reviewsInPeriod(
      CaseFile file, PeriodOfCare period, LocalDate asOf) {
    List<LookedAfterReview> reviews = new ArrayList<>();
    for (LookedAfterReview r : file.reviews()) {
      if (!r.date().isBefore(period.start()) && !r.date().isAfter(asOf)) {
        reviews.add(r);
      }
    }
    return reviews;
  }

  /** A court order type in words: {@code PLACEMENT} as "placement". */
  private static String label(CourtOrderType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Court order types in the order of their labels ("care", "placement", ...). */
  private static final List<CourtOrderType> BY_LABEL =
      Arrays.stream(CourtOrderType.values())
          .sorted(Comparator.comparing(PermanencyRemits::label))
          .toList();

  /** The labels of {@link #BY_LABEL}, in its order. */
  private static final List<String> LABELS =
      BY_LABEL.stream().map(PermanencyRemits::label).toList();

  /** The labels of the types in alphabetical order, as a list prints them: "[care, placement]". */
  static String labels(Set<CourtOrderType> types) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < BY_LABEL.size(); i++) {
      if (types.contains(BY_LABEL.get(i))) {
        if (text.length() > 1) {
          text.append(", ");
        }
        text.append(LABELS.get(i));
      }
    }
    return text.append(']').toString();
  }

  /**
   * §8 fn(b): "To act as a Permanence Planning Meeting prior to the second Children in Care Review"
   * — a looked-after child whose second review of this period is not yet held goes to the meeting
   * in the 28 days before it is due (I-BUC-16).
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit permanencePlanningMeeting(Panel panel) {
    return new TriggeredRemit(
        "permanence planning meeting before second review",
        panel,
        "permanence-planning-meeting",
        "not looked after with the second Children in Care review still to come",
        (file, context) -> {
          Optional<PeriodOfCare> period = file.findPeriodOfCareContaining(context.asOf());
          if (period.isEmpty() || reviewsInPeriod(file, period.get(), context.asOf()).size() >= 2) {
            return List.of();
          }
          if (file.findLegalStatusOn(period.get().start())
              .map(status -> status.code().isShortBreaks())
              .orElse(false)) {
            return List.of();
          }
          LocalDate due = secondReviewDue(file, period.get(), context);
          LocalDate from = due.minus(context.settings().get(BuckinghamshireSettings.PPM_WINDOW));
          if (from.isBefore(period.get().start())) {
            from = period.get().start();
          }
          return List.of(
              new Trigger(
                  period.get().start(),
                  from,
                  due,
                  () ->
                      "second Children in Care review due "
                          + day(due)
                          + ": permanence planning meeting so the IRO can ratify the plan",
                  List.of()));
        });
  }

  /**
   * §8 fn(c): "Ensure permanence plans are progressed without delay following the final order being
   * obtained" — care proceedings concluded with an order.
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit afterFinalOrder(Panel panel) {
    return new TriggeredRemit(
        "progress after final order",
        panel,
        "after-final-order",
        "no final order in care proceedings recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CareProceedings proceedings : file.careProceedings()) {
            if (proceedings.finalOrderOn().isPresent()
                && !proceedings.finalOrderTypes().isEmpty()) {
              LocalDate made = proceedings.finalOrderOn().get();
              triggers.add(
                  Trigger.event(
                      made,
                      openUntil(made, context),
                      () ->
                          "final order ("
                              + labels(proceedings.finalOrderTypes())
                              + ") made "
                              + day(made)));
            }
          }
          return triggers;
        });
  }

  /**
   * §8 consider(a): "S20 accommodation agreed at the Legal Planning and New Admissions Panel is
   * appropriate and with an agreed plan to remain looked after until 18".
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit s20UntilEighteen(Panel panel) {
    return new TriggeredRemit(
        "s20 agreed until 18",
        panel,
        "s20-until-18",
        "no agreement recorded that s20 is appropriate with a plan to remain looked after to 18",
        (file, context) -> {
          List<CaseFlag> agreed = flags(file, CaseFlagType.S20_AGREED_UNTIL_ADULTHOOD);
          if (agreed.isEmpty()
              || !file.findLegalStatusOn(context.asOf())
                  .map(LegalStatusPeriod::code)
                  .map(LegalStatusCode.V2::equals)
                  .orElse(false)) {
            return List.of();
          }
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : agreed) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "s20 agreed appropriate until 18 on " + day(flag.start())));
          }
          return triggers;
        });
  }

  /**
   * §8 consider(b): "Adoption is progressed" — the agency decision that the child should be placed
   * for adoption, and the placement order; not once the decision is reversed.
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit adoption(Panel panel) {
    return new TriggeredRemit(
        "adoption progressed",
        panel,
        "adoption",
        "no adoption decision or placement order recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          Optional<AdoptionMilestones> milestones = file.adoptionMilestones();
          if (milestones.isEmpty()
              || milestones.get().reversedOn().map(r -> !r.isAfter(context.asOf())).orElse(false)) {
            return triggers;
          }
          milestones
              .get()
              .decisionToPlaceOn()
              .ifPresent(
                  d ->
                      triggers.add(
                          Trigger.event(
                              d,
                              openUntil(d, context),
                              () ->
                                  "decision that the child should be placed for adoption "
                                      + day(d))));
          milestones
              .get()
              .placementOrderOn()
              .ifPresent(
                  d ->
                      triggers.add(
                          Trigger.event(
                              d, openUntil(d, context), () -> "placement order made " + day(d))));
          return triggers;
        });
  }

  /**
   * §8 consider(c): "Long-term fostering matches are progressed" — a plan of long-term fostering
   * ratified while the child's placement is not matched long term, and requests to match.
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit longTermFostering(Panel panel) {
    return new TriggeredRemit(
        "long-term fostering match progressed",
        panel,
        "long-term-fostering",
        "no ratified long-term fostering plan awaiting a match, and no match request",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          boolean matched =
              file.findPlacementOn(context.asOf())
                  .map(p -> p.isLongTermMatchedOn(context.asOf()))
                  .orElse(false);
          if (!matched) {
            for (PermanencePlan plan : file.plans()) {
              if (plan.primary() == PermanenceOption.LONG_TERM_FOSTERING
                  && plan.ratifiedOn().isPresent()) {
                LocalDate d = plan.ratifiedOn().get();
                triggers.add(
                    Trigger.event(
                        d,
                        openUntil(d, context),
                        () -> "long-term fostering plan ratified " + day(d) + ", not yet matched"));
              }
            }
          }
          for (CaseFlag flag : flags(file, CaseFlagType.MATCH_APPROVAL_REQUESTED)) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "match requested " + day(flag.start())));
          }
          return triggers;
        });
  }

  /**
   * §8 consider(d): "SGO considered and Support Plans ratified" — a plan of kinship care or special
   * guardianship recorded, or an SGO support plan for ratification.
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit specialGuardianship(Panel panel) {
    return new TriggeredRemit(
        "special guardianship",
        panel,
        "special-guardianship",
        "no special guardianship plan or support plan for ratification recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          PermanenceOption previous = PermanenceOption.NOT_RECORDED;
          for (PermanencePlan plan : file.plans()) {
            if (plan.primary() == PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP
                && previous != PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP) {
              LocalDate d = plan.recordedOn();
              triggers.add(
                  Trigger.event(
                      d,
                      openUntil(d, context),
                      () -> "plan of special guardianship recorded " + day(d)));
            }
            previous = plan.primary();
          }
          for (CaseFlag flag : flags(file, CaseFlagType.SGO_SUPPORT_PLAN_FOR_APPROVAL)) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "SGO support plan for ratification " + day(flag.start())));
          }
          return triggers;
        });
  }

  /**
   * §8 consider(e): "Revocation of Care or Placement Order" — a proposal to revoke, for a child
   * under a care order (C2) or placement order (E1) on the day proposed.
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit revocation(Panel panel) {
    return new TriggeredRemit(
        "revocation of care or placement order",
        panel,
        "revocation",
        "no proposal to revoke a care or placement order recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.ORDER_REVOCATION_PROPOSED)) {
            Optional<LegalStatusCode> code =
                file.findLegalStatusOn(flag.start()).map(LegalStatusPeriod::code);
            if (code.isPresent()
                && (code.get() == LegalStatusCode.C2 || code.get() == LegalStatusCode.E1)) {
              triggers.add(
                  Trigger.event(
                      flag.start(),
                      openUntil(flag.start(), context),
                      () ->
                          "revocation of " + code.get() + " order proposed " + day(flag.start())));
            }
          }
          return triggers;
        });
  }

  /**
   * §8 consider(f): "UASC – 16+" — once per period of care, at the later of the 16th birthday and
   * becoming looked after (I-BUC-29).
   *
   * @param panel the Permanency Panel
   * @return the remit
   */
  public static Remit uascSixteenPlus(Panel panel) {
    return new TriggeredRemit(
        "UASC 16+",
        panel,
        "uasc-16-plus",
        "not a looked-after unaccompanied asylum-seeking child aged 16 or over",
        (file, context) -> {
          LocalDate asOf = context.asOf();
          Optional<PeriodOfCare> period = file.findPeriodOfCareContaining(asOf);
          Optional<LocalDate> sixteen = file.child().findBirthday(16);
          if (period.isEmpty() || sixteen.isEmpty() || !file.child().isUascOn(asOf)) {
            return List.of();
          }
          LocalDate from =
              sixteen.get().isAfter(period.get().start()) ? sixteen.get() : period.get().start();
          return List.of(
              Trigger.event(
                  from,
                  openUntil(from, context),
                  () ->
                      "unaccompanied asylum-seeking child looked after and aged 16 or over from "
                          + day(from)));
        });
  }

  /** Every Permanency Panel remit, in the document's order. */
  static ImmutableList<Remit> all(Panel panel) {
    return ImmutableList.of(
        permanencePlanningMeeting(panel),
        afterFinalOrder(panel),
        s20UntilEighteen(panel),
        adoption(panel),
        longTermFostering(panel),
        specialGuardianship(panel),
        revocation(panel),
        uascSixteenPlus(panel));
  }
}
