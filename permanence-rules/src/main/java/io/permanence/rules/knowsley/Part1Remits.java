package io.permanence.rules.knowsley;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.rules.knowsley.KnowsleySettings.PlanMatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remits of Part 1, adoption tracking: standing cohorts listed at every meeting (I-COM-11).
 *
 * <ul>
 *   <li>{@link #placementOrder(Heading)}: §Part 1 s2, "all children who are subject to placement
 *       orders" — looked after with legal status {@code E1}, placed for adoption or not, until the
 *       adoption order ends care.
 *   <li>{@link #interimCareOrderUnderFive(Heading)}: §Part 1 s3(a), "all children subject to ICO
 *       under 5 years old" — legal status {@code C1} and under 5 in completed years (I-COM-03).
 *   <li>{@link #planMayBeAdoption(Heading)}: §Part 1 s3(b) and F3, "those whose plan may be
 *       adoption" — looked after, with adoption as primary or contingency option of the plan in
 *       force ({@code part1-plan-match}, I-KNO-03).
 * </ul>
 *
 * <p>Conditions are evaluated on the context's date, the meeting's cut-off date (I-COM-01).
 */
public final class Part1Remits {

  private Part1Remits() {}

  /**
   * §Part 1 s2: children subject to placement orders.
   *
   * @param part1 the Part 1 heading of the panel
   * @return the remit
   */
  public static Remit placementOrder(Heading part1) {
    return new KnowsleyRemit(
        "placement order", Knowsley.PANEL, part1, Knowsley.cite("§Part 1 s2")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        boolean e1 =
            isLookedAfter(file, date)
                && file.findLegalStatusOn(date)
                    .map(s -> s.code() == LegalStatusCode.E1)
                    .orElse(false);
        if (!e1) {
          return RemitDecision.notMet(this, "not subject to a placement order (legal status E1)");
        }
        return standing(
            file,
            context,
            "subject to a placement order: blocks and barriers to an adoption placement",
            List.of());
      }
    };
  }

  /**
   * §Part 1 s3(a): children subject to an interim care order under 5.
   *
   * @param part1 the Part 1 heading of the panel
   * @return the remit
   */
  public static Remit interimCareOrderUnderFive(Heading part1) {
    return new KnowsleyRemit(
        "interim care order under 5", Knowsley.PANEL, part1, Knowsley.cite("§Part 1 s3(a)")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        boolean ico =
            file.findLegalStatusOn(date).map(s -> s.code() == LegalStatusCode.C1).orElse(false);
        if (!ico) {
          return RemitDecision.notMet(this, "not subject to an interim care order (C1)");
        }
        Optional<Integer> age = file.child().findAgeOn(date);
        if (age.isEmpty() || age.get() >= 5) {
          return RemitDecision.notMet(
              this,
              "subject to an interim care order but aged "
                  + age.map(String::valueOf).orElse("?")
                  + ", not under 5");
        }
        return standing(
            file,
            context,
            "interim care order, aged "
                + age.get()
                + ": pre-ADM and ADM booked in line with the"
                + " court timetable?",
            List.of());
      }
    };
  }

  /**
   * §Part 1 s3(b) and F3: children whose plan may be adoption.
   *
   * @param part1 the Part 1 heading of the panel
   * @return the remit
   */
  public static Remit planMayBeAdoption(Heading part1) {
    return new KnowsleyRemit(
        "plan may be adoption", Knowsley.PANEL, part1, Knowsley.cite("§Part 1 s3(b)")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        if (!isLookedAfter(file, date)) {
          return RemitDecision.notMet(this, "not looked after");
        }
        Optional<String> match =
            adoptionIn(
                file.findPlanInForceOn(date),
                context.settings().get(KnowsleySettings.PART1_PLAN_MATCH));
        if (match.isEmpty()) {
          return RemitDecision.notMet(this, "no primary or contingency plan of adoption");
        }
        return standing(file, context, match.get() + " plan of adoption: tracked", List.of());
      }
    };
  }

  /** "primary" or "contingency" if the plan includes adoption in a way the setting accepts. */
  static Optional<String> adoptionIn(Optional<PermanencePlan> plan, Set<PlanMatch> accepted) {
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    if (accepted.contains(PlanMatch.PRIMARY) && plan.get().primary() == PermanenceOption.ADOPTION) {
      return Optional.of("primary");
    }
    if (accepted.contains(PlanMatch.CONTINGENCY)
        && plan.get().contingency().map(PermanenceOption.ADOPTION::equals).orElse(false)) {
      return Optional.of("contingency");
    }
    return Optional.empty();
  }
}
