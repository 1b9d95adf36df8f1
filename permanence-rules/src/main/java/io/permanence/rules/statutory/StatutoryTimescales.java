package io.permanence.rules.statutory;

import com.google.common.collect.ImmutableList;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.panel.DocumentType;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of England's statutory timescales (and the adoption scorecard's early warnings) as
 * {@link StatutoryRule}s over a child's case file, each with its citation and counting convention.
 *
 * <p>An authority picks the rules it tracks with the factories ({@code
 * StatutoryTimescales.lookedAfterReviews()}) or takes the whole {@link #catalogue()}. The
 * conventions are those of DESIGN.md "Time semantics": "within N working days of D" is the N-th
 * working day after D (D never counts); "N days" and "N weeks" are D + N and D + 7N; "N months
 * after" uses {@code plusMonths}, clamped to the end of a shorter month; "N weeks (years) beginning
 * with D" counts D as day 1, so the last compliant day is D + period − 1 day. The working calendar
 * is the evaluation context's.
 *
 * <p>A deadline is met by the record named in each factory's javadoc (a review held, a final order
 * made, a document on file); records dated after the evaluation date are not yet known and are
 * ignored. What the catalogue leaves out, and why, is in {@link NotCatalogued}.
 */
public final class StatutoryTimescales {

  /**
   * The placement plan document type (CPPCR 2010 reg 9), which meets {@link #placementPlan()}; the
   * core's document types have none.
   */
  public static final DocumentType PLACEMENT_PLAN = LookedAfterRules.PLACEMENT_PLAN;

  /**
   * The notification of placement document type (CPPCR 2010 reg 13), which meets {@link
   * #placementNotification()}.
   */
  public static final DocumentType PLACEMENT_NOTIFICATION = LookedAfterRules.PLACEMENT_NOTIFICATION;

  private static final StatutoryRule LOOKED_AFTER_REVIEWS =
      StatutoryRule.of(
              "Looked-after reviews",
              LookedAfterRules.REG_33,
              RuleKind.STATUTORY,
              "first within 20 working days of becoming looked after (the 20th working day after that"
                  + " day, which does not count); second not more than 3 months after the day the"
                  + " first was held; then not more than 6 months after the day the previous one was"
                  + " held (months clamped to the month end); per period of care",
              LookedAfterRules::reviews)
          .withDriftKind(DriftKind.REVIEW);

  private static final StatutoryRule PERMANENCE_PLAN =
      StatutoryRule.of(
          "Permanence plan by the second review",
          LookedAfterRules.PERMANENCE_GUIDANCE,
          RuleKind.GUIDANCE,
          "due on the second review's due date: 3 months after the first review was held (or, if"
              + " not yet held, after its due date of 20 working days); per period of care",
          LookedAfterRules::permanencePlan);

  private static final StatutoryRule CARE_PLAN =
      StatutoryRule.of(
          "Care plan",
          LookedAfterRules.REG_4,
          RuleKind.STATUTORY,
          "within 10 working days of the start of the first placement of the period of care (the"
              + " 10th working day after that day, which does not count)",
          LookedAfterRules::carePlan);

  private static final StatutoryRule PLACEMENT_PLAN_RULE =
      StatutoryRule.of(
          "Placement plan",
          LookedAfterRules.REG_9,
          RuleKind.STATUTORY,
          "before the placement or, in an emergency, within 5 working days of its start (the 5th"
              + " working day after the day it started)",
          LookedAfterRules::placementPlan);

  private static final StatutoryRule NOTIFICATION =
      StatutoryRule.of(
          "Notification of placement",
          LookedAfterRules.REG_13_1,
          RuleKind.STATUTORY,
          "before the placement or, in an emergency, within 5 working days of its start (the 5th"
              + " working day after the day it started)",
          LookedAfterRules::placementNotification);

  private static final StatutoryRule CARE_PROCEEDINGS =
      StatutoryRule.of(
          "Care proceedings within 26 weeks",
          CourtRules.S32_1_A,
          RuleKind.STATUTORY,
          "26 weeks beginning with the day of issue: the day of issue is day 1, so the last"
              + " compliant day is issue + 26 weeks - 1 day, plus the weeks of each extension"
              + " granted (at most 8 each)",
          CourtRules::careProceedings);

  private static final StatutoryRule SUPERVISION_ORDERS =
      StatutoryRule.of(
          "Supervision orders",
          CourtRules.SCH3_PARA6,
          RuleKind.STATUTORY,
          "one year beginning with the day made (last day: made + 1 year - 1 day); once extended,"
              + " not beyond three years beginning with the day made (made + 3 years - 1 day)",
          CourtRules::supervisionOrders);

  private static final StatutoryRule EMERGENCY_PROTECTION =
      StatutoryRule.of(
          "Emergency protection orders",
          CourtRules.S45,
          RuleKind.STATUTORY,
          "at most 8 days after the day made (made + 8 days), or to noon on the first later day"
              + " that is not a public holiday if that day is one (Christmas Day, Good Friday, a"
              + " bank holiday or a Sunday); one extension of at most 7 days after the first"
              + " period",
          CourtRules::emergencyProtectionOrders);

  private static final StatutoryRule CHILD_ASSESSMENT =
      StatutoryRule.of(
          "Child assessment orders",
          CourtRules.S43_5,
          RuleKind.STATUTORY,
          "at most 7 days beginning with the date specified in the order, taken as the day made"
              + " (last day: made + 6 days)",
          CourtRules::childAssessmentOrders);

  private static final StatutoryRule POLICE_PROTECTION =
      StatutoryRule.of(
          "Police protection",
          CourtRules.S46_6,
          RuleKind.STATUTORY,
          "at most 72 hours; the model records days, not times, so the last day is the third day"
              + " after the first day under legal status L1",
          CourtRules::policeProtection);

  private static final StatutoryRule ADOPTION_REVIEWS =
      StatutoryRule.of(
              "Adoption reviews",
              AdoptionRules.REG_36,
              RuleKind.STATUTORY,
              "authorised to place but not placed: not more than 3 months after the authority to"
                  + " place, then 6 months after the previous review held; placed: within 4 weeks of"
                  + " the placement (placement + 28 days), then 3 months after the first review held,"
                  + " then 6 months after the previous one, until the adoption order",
              AdoptionRules::adoptionReviews)
          .withDriftKind(DriftKind.REVIEW);

  private static final StatutoryRule SCORECARD_A1 =
      StatutoryRule.of(
          "Adoption scorecard A1",
          AdoptionRules.A1,
          RuleKind.EARLY_WARNING,
          "426 calendar days after entering care (entry + 426 days), to moving in with the"
              + " adoptive family; a national threshold, not a statutory deadline",
          AdoptionRules::scorecardA1);

  private static final StatutoryRule SCORECARD_A2 =
      StatutoryRule.of(
          "Adoption scorecard A2",
          AdoptionRules.A2,
          RuleKind.EARLY_WARNING,
          "121 calendar days after the placement order (order + 121 days), to the match with"
              + " adopters; a match before the order counts as met; a national threshold, not a"
              + " statutory deadline",
          AdoptionRules::scorecardA2);

  private static final ImmutableList<StatutoryRule> CATALOGUE =
      ImmutableList.of(
          LOOKED_AFTER_REVIEWS,
          PERMANENCE_PLAN,
          CARE_PLAN,
          PLACEMENT_PLAN_RULE,
          NOTIFICATION,
          CARE_PROCEEDINGS,
          SUPERVISION_ORDERS,
          EMERGENCY_PROTECTION,
          CHILD_ASSESSMENT,
          POLICE_PROTECTION,
          ADOPTION_REVIEWS,
          SCORECARD_A1,
          SCORECARD_A2);

  private static final List<StatutoryRule> STANDARD =
      CATALOGUE.stream()
          .filter(rule -> rule != PLACEMENT_PLAN_RULE && rule != NOTIFICATION)
          .collect(ImmutableList.toImmutableList());

  private StatutoryTimescales() {}

  /**
   * Every rule of the catalogue, in a fixed order: looked-after children's timescales, then the
   * courts', then adoption's, then the early warnings.
   *
   * @return the rules, immutable
   */
  public static List<StatutoryRule> catalogue() {
    return CATALOGUE;
  }

  /**
   * The rules every authority tracks: the {@link #catalogue()} without {@link #placementPlan()} and
   * {@link #placementNotification()}, which are met by documents ({@link #PLACEMENT_PLAN}, {@link
   * #PLACEMENT_NOTIFICATION}) that only some case management systems record; without them every
   * placement would show overdue. An authority that records those documents adds the two rules
   * itself; one that restates a rule in its own words leaves the statutory one out.
   *
   * @return the rules in catalogue order, immutable
   */
  public static List<StatutoryRule> standard() {
    return STANDARD;
  }

  /**
   * The rule of the catalogue with the name.
   *
   * @param name the rule's name, for example {@code "Care plan"}
   * @return the rule, or empty if none has that name
   */
  public static Optional<StatutoryRule> findRule(String name) {
    return CATALOGUE.stream().filter(rule -> rule.name().equals(name)).findFirst();
  }

  /**
   * Looked-after reviews, CPPCR 2010 reg 33(1)-(2) (verified): the first within 20 working days of
   * becoming looked after, the second not more than 3 months after the first, then not more than 6
   * months after the previous one, per period of care.
   *
   * <p>Each next review is due from the day the previous one was actually held; the chain stops at
   * the first review not yet held (the next one due). A review is met when held on or before its
   * due date ({@code MET}), after it ({@code MET_LATE}). No review falls due on or after the end of
   * the period of care, nor on or after the day the authority is authorised to place for adoption
   * within it (reviews then follow {@link #adoptionReviews()}; a secondary source; the return to
   * reg 33 after a reversal is not modelled). Periods under an agreed series of short breaks (V3,
   * V4) are left out: reg 48 modifies the regime.
   *
   * @return the rule
   */
  public static StatutoryRule lookedAfterReviews() {
    return LOOKED_AFTER_REVIEWS;
  }

  /**
   * The plan for permanence by the second review, statutory guidance Vol 2 ch.2 (secondary;
   * paragraph to verify): due on the second review's due date, 3 months after the first review was
   * held (or after the first review's due date while it has not been held). Met by the first
   * permanence plan recorded within the period of care. Not set if the period ends (or the
   * authority to place for adoption arrives) before it falls due.
   *
   * @return the rule
   */
  public static StatutoryRule permanencePlanBySecondReview() {
    return PERMANENCE_PLAN;
  }

  /**
   * The care plan, CPPCR 2010 reg 4 (secondary): before the first placement or within 10 working
   * days of its start, per period of care (the period's start if no placement is recorded). Met by
   * the first {@link DocumentType#CARE_PLAN} on file dated on or after the end of the previous
   * period of care and before the end of this one (a plan made before the placement counts).
   *
   * @return the rule
   */
  public static StatutoryRule carePlan() {
    return CARE_PLAN;
  }

  /**
   * The placement plan, CPPCR 2010 reg 9 (wording unverified): within 5 working days of the start
   * of each placement of a looked-after child (temporary placements T0-T4 excepted). Met by the
   * first {@link #PLACEMENT_PLAN} document dated after the previous placement started and before
   * the next one starts. A case file that does not record these documents shows every placement
   * overdue: pick the rule only where the case management system records them.
   *
   * @return the rule
   */
  public static StatutoryRule placementPlan() {
    return PLACEMENT_PLAN_RULE;
  }

  /**
   * The notification of placement, CPPCR 2010 reg 13(1) (verified): within 5 working days of the
   * start of each placement, as {@link #placementPlan()}, met by a {@link #PLACEMENT_NOTIFICATION}
   * document.
   *
   * @return the rule
   */
  public static StatutoryRule placementNotification() {
    return NOTIFICATION;
  }

  /**
   * Care proceedings within 26 weeks, Children Act 1989 s.32(1)(a) (verified), extended under
   * s.32(5) and (8) (8 weeks each: secondary): the last compliant day is the day of issue + 26
   * weeks − 1 day, plus the weeks of each extension granted by the evaluation date. Met by the
   * final order (or conclusion without one). Proceedings not yet issued set no deadline.
   *
   * @return the rule
   */
  public static StatutoryRule careProceedings() {
    return CARE_PROCEEDINGS;
  }

  /**
   * Supervision orders, Children Act 1989 Sch 3 para 6 (verified): "end of the first year" on the
   * day made + 1 year − 1 day, met by an extension granted by then or by the order recorded as
   * ending by then (its last day in force); once extended, the "three-year limit" on the day made +
   * 3 years − 1 day, met by the order's last day in force after its latest extension. An order with
   * no recorded end and no extension is overdue after its first year: by law it has lapsed.
   *
   * @return the rule
   */
  public static StatutoryRule supervisionOrders() {
    return SUPERVISION_ORDERS;
  }

  /**
   * Emergency protection orders, Children Act 1989 s.45 (verified by the identical Northern Ireland
   * provision): at most 8 days (made + 8 days; if that day is a public holiday, to noon on the
   * first later day that is not one, s.45(2)); met by an extension granted by then or by the
   * order's last day in force. Once extended (at most once, by at most 7 days), the extended limit
   * is the first period's end + 7 days, met by the last day in force. The public holidays are
   * Sundays, Christmas Day and the context calendar's holidays that are not Saturdays (an
   * authority's own closure days in that calendar count too).
   *
   * @return the rule
   */
  public static StatutoryRule emergencyProtectionOrders() {
    return EMERGENCY_PROTECTION;
  }

  /**
   * Child assessment orders, Children Act 1989 s.43(5) (secondary): at most 7 days beginning with
   * the date specified in the order, which the model records as the day made; the last day is made
   * + 6 days, met by the order's last day in force.
   *
   * @return the rule
   */
  public static StatutoryRule childAssessmentOrders() {
    return CHILD_ASSESSMENT;
  }

  /**
   * Police protection, Children Act 1989 s.46(6) (recalled, unverified): at most 72 hours, from
   * each unbroken run of legal status L1. The model records days only, so the last day is the start
   * + 3 days; met by the last day under L1.
   *
   * @return the rule
   */
  public static StatutoryRule policeProtection() {
    return POLICE_PROTECTION;
  }

  /**
   * Adoption reviews, Adoption Agencies Regulations 2005 reg 36 (verified). Authorised to place
   * (placement order) but not placed, reg 36(1): not more than 3 months after the authority, then 6
   * months after the previous review held, until placed. Placed for adoption, reg 36(3): within 4
   * weeks of the placement, then 3 months after the first review, then 6 months after the previous,
   * until the adoption order. Both end at a reversal of the decision. Reviews are the case file's
   * reviews (the looked-after review and the adoption review are held together).
   *
   * @return the rule
   */
  public static StatutoryRule adoptionReviews() {
    return ADOPTION_REVIEWS;
  }

  /**
   * Adoption scorecard A1 (threshold 2013-16: 426 days), an EARLY WARNING, not a statutory
   * deadline: 426 days from entering care (the start of the latest period of care begun by the
   * decision to place for adoption) to moving in with the adoptive family (met on the day placed).
   * For children whose plan is adoption and whose decision has not been reversed before placement.
   *
   * @return the rule
   */
  public static StatutoryRule scorecardA1() {
    return SCORECARD_A1;
  }

  /**
   * Adoption scorecard A2 (threshold: 121 days), an EARLY WARNING, not a statutory deadline: 121
   * days from the placement order to the match with adopters (met on the day matched; a match
   * before the order is met, as the scorecard counts it as zero days).
   *
   * @return the rule
   */
  public static StatutoryRule scorecardA2() {
    return SCORECARD_A2;
  }
}
