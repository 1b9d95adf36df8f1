package io.permanence.rules.statutory;

import static io.permanence.core.reference.LegalStatusCode.C1;
import static io.permanence.core.reference.LegalStatusCode.E1;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.LegalStatusCode.V3;
import static io.permanence.core.reference.PlacementCode.T2;
import static io.permanence.core.reference.PlacementCode.U4;
import static io.permanence.core.reference.PlacementCode.U6;
import static io.permanence.core.reference.ReasonEpisodeCeasedCode.E11;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation.SourceStatus;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LookedAfterRulesTest {

  private static final LocalDate MON_2025_01_06 = LocalDate.of(2025, 1, 6);
  private static final LocalDate FRI_2025_01_10 = LocalDate.of(2025, 1, 10);
  private static final LocalDate FRI_2025_01_31 = LocalDate.of(2025, 1, 31);
  private static final LocalDate MON_2025_02_03 = LocalDate.of(2025, 2, 3);
  private static final LocalDate WED_2025_04_30 = LocalDate.of(2025, 4, 30);
  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2025_12_15 = LocalDate.of(2025, 12, 15);
  private static final LocalDate THU_2026_01_15 = LocalDate.of(2026, 1, 15);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate MON_2026_04_06 = LocalDate.of(2026, 4, 6);
  private static final LocalDate WED_2026_04_08 = LocalDate.of(2026, 4, 8);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate THU_2026_04_16 = LocalDate.of(2026, 4, 16);
  private static final LocalDate FRI_2026_04_17 = LocalDate.of(2026, 4, 17);
  private static final LocalDate MON_2026_04_20 = LocalDate.of(2026, 4, 20);
  private static final LocalDate TUE_2026_04_21 = LocalDate.of(2026, 4, 21);
  private static final LocalDate FRI_2026_05_01 = LocalDate.of(2026, 5, 1);
  private static final LocalDate MON_2026_06_01 = LocalDate.of(2026, 6, 1);
  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_07_14 = LocalDate.of(2026, 7, 14);
  private static final LocalDate WED_2026_07_15 = LocalDate.of(2026, 7, 15);
  private static final LocalDate MON_2026_07_20 = LocalDate.of(2026, 7, 20);
  private static final LocalDate TUE_2026_12_22 = LocalDate.of(2026, 12, 22);
  private static final LocalDate WED_2026_12_23 = LocalDate.of(2026, 12, 23);
  private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);
  private static final LocalDate TUE_2027_01_05 = LocalDate.of(2027, 1, 5);
  private static final LocalDate WED_2027_01_13 = LocalDate.of(2027, 1, 13);
  private static final LocalDate TUE_2027_08_31 = LocalDate.of(2027, 8, 31);
  private static final LocalDate TUE_2028_02_29 = LocalDate.of(2028, 2, 29);

  private static EvaluationContext on(LocalDate asOf) {
    return EvaluationContext.of(asOf, WorkingCalendars.englandAndWales(), AuthoritySettings.none());
  }

  private static List<TrackedDeadline> reviews(CaseFile file, LocalDate asOf) {
    return StatutoryTimescales.lookedAfterReviews().track(file, on(asOf));
  }

  private static Scenario lookedAfterFromMarch() {
    return Scenario.child("C1").lookedAfterFrom(MON_2026_03_16, C1, U6);
  }

  // ------------------------------------------------------------------ reviews (reg 33)

  @Test
  void test_reviews_firstWithin20WorkingDaysSkippingEaster() {
    List<TrackedDeadline> deadlines = reviews(lookedAfterFromMarch().build(), MON_2026_04_06);

    assertThat(deadlines).hasSize(1);
    TrackedDeadline first = deadlines.get(0);
    assertThat(first.deadline().name()).isEqualTo("First looked-after review");
    assertThat(first.deadline().startEvent()).isEqualTo("Became looked after");
    assertThat(first.deadline().dueDate()).isEqualTo(WED_2026_04_15);
    assertThat(first.deadline().trace())
        .isEqualTo(
            "20 working days after Mon 2026-03-16, skipping Fri 2026-04-03 and Mon 2026-04-06"
                + " → Wed 2026-04-15");
    assertThat(first.deadline().citation().clause()).isEqualTo("reg 33(1)");
    assertThat(first.deadline().citation().status()).isEqualTo(SourceStatus.VERIFIED);
  }

  @Test
  void test_reviews_firstWithin20WorkingDaysSkippingChristmasAndNewYear() {
    CaseFile file = Scenario.child("C1").lookedAfterFrom(MON_2025_12_15, V2, U6).build();

    TrackedDeadline first = reviews(file, MON_2025_12_15).get(0);

    assertThat(first.deadline().dueDate()).isEqualTo(THU_2026_01_15);
    assertThat(first.deadline().trace())
        .contains("skipping Thu 2025-12-25, Fri 2025-12-26 and Thu 2026-01-01");
  }

  static Stream<Arguments> firstReviewStatuses() {
    return Stream.of(
        Arguments.of("no review, 9 days before", List.of(), MON_2026_04_06, DeadlineStatus.PENDING),
        Arguments.of(
            "no review, 7 days before", List.of(), WED_2026_04_08, DeadlineStatus.DUE_SOON),
        Arguments.of("no review, due day", List.of(), WED_2026_04_15, DeadlineStatus.DUE_SOON),
        Arguments.of("no review, day after", List.of(), THU_2026_04_16, DeadlineStatus.OVERDUE),
        Arguments.of(
            "held the day before", List.of(TUE_2026_04_14), THU_2026_04_16, DeadlineStatus.MET),
        Arguments.of(
            "held on the due day", List.of(WED_2026_04_15), THU_2026_04_16, DeadlineStatus.MET),
        Arguments.of(
            "held the day after", List.of(THU_2026_04_16), MON_2026_04_20, DeadlineStatus.MET_LATE),
        Arguments.of(
            "held after asOf is not yet known",
            List.of(THU_2026_04_16),
            WED_2026_04_15,
            DeadlineStatus.DUE_SOON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firstReviewStatuses")
  void test_reviews_firstReviewStatus(
      String scenario, List<LocalDate> held, LocalDate asOf, DeadlineStatus expected) {
    Scenario child = lookedAfterFromMarch();
    held.forEach(child::review);

    TrackedDeadline first = reviews(child.build(), asOf).get(0);

    assertThat(first.status(asOf)).isEqualTo(expected);
  }

  @Test
  void test_reviews_nextDueFromTheActualLastReview() {
    CaseFile file = lookedAfterFromMarch().review(TUE_2026_04_14).review(MON_2026_07_13).build();

    List<TrackedDeadline> deadlines = reviews(file, MON_2026_07_20);

    assertThat(deadlines)
        .extracting(
            d -> d.deadline().name(), d -> d.deadline().dueDate(), d -> d.status(MON_2026_07_20))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "First looked-after review", WED_2026_04_15, DeadlineStatus.MET),
            org.assertj.core.groups.Tuple.tuple(
                "Second looked-after review", TUE_2026_07_14, DeadlineStatus.MET),
            org.assertj.core.groups.Tuple.tuple(
                "Looked-after review 3", WED_2027_01_13, DeadlineStatus.PENDING));
    assertThat(deadlines.get(1).deadline().trace())
        .isEqualTo("3 months after Tue 2026-04-14 → Tue 2026-07-14");
    assertThat(deadlines.get(2).deadline().startEvent()).isEqualTo("Previous review held");
  }

  @Test
  void test_reviews_secondFrom31JanuaryClampsToTheMonthEnd() {
    CaseFile file =
        Scenario.child("C1").lookedAfterFrom(MON_2025_01_06, C1, U6).review(FRI_2025_01_31).build();

    List<TrackedDeadline> deadlines = reviews(file, MON_2025_02_03);

    assertThat(deadlines.get(0).deadline().dueDate()).isEqualTo(MON_2025_02_03);
    assertThat(deadlines.get(1).deadline().dueDate()).isEqualTo(WED_2025_04_30);
    assertThat(deadlines.get(1).deadline().trace())
        .isEqualTo(
            "3 months after Fri 2025-01-31 (Wed 2025-04-30 clamped to the month end) → Wed"
                + " 2025-04-30");
  }

  @Test
  void test_reviews_sixMonthsFrom31AugustClampsTo29February() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2027, 3, 1), C1, U6)
            .review(LocalDate.of(2027, 3, 26))
            .review(LocalDate.of(2027, 5, 31))
            .review(TUE_2027_08_31)
            .build();

    List<TrackedDeadline> deadlines = reviews(file, TUE_2027_08_31);

    assertThat(deadlines.get(3).deadline().dueDate()).isEqualTo(TUE_2028_02_29);
  }

  @Test
  void test_reviews_notLookedAfter_none() {
    CaseFile file = Scenario.child("C1").build();

    assertThat(reviews(file, MON_2026_07_20)).isEmpty();
  }

  @Test
  void test_reviews_lookedAfterAfterAsOf_none() {
    assertThat(reviews(lookedAfterFromMarch().build(), MON_2026_03_16.minusDays(1))).isEmpty();
  }

  @Test
  void test_reviews_periodEndedBeforeNextDue_chainStops() {
    CaseFile file =
        lookedAfterFromMarch()
            .review(TUE_2026_04_14)
            .ceasedToBeLookedAfter(MON_2026_06_01, E11)
            .build();

    List<TrackedDeadline> deadlines = reviews(file, MON_2026_07_20);

    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).status(MON_2026_07_20)).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_reviews_secondPeriodOfCare_startsItsOwnChain() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_01_06, V2, U6)
            .review(FRI_2025_01_31)
            .ceasedToBeLookedAfter(MON_2025_06_02, E11)
            .lookedAfterFrom(MON_2026_03_16, C1, U6)
            .build();

    List<TrackedDeadline> deadlines = reviews(file, THU_2026_04_16);

    assertThat(deadlines)
        .extracting(d -> d.deadline().dueDate())
        .containsExactly(MON_2025_02_03, WED_2025_04_30, WED_2026_04_15);
    assertThat(deadlines.get(1).status(THU_2026_04_16)).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(deadlines.get(2).status(THU_2026_04_16)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_reviews_shortBreaks_none() {
    CaseFile file = Scenario.child("C1").lookedAfterFrom(MON_2026_03_16, V3, U6).build();

    assertThat(reviews(file, MON_2026_07_20)).isEmpty();
  }

  @Test
  void test_reviews_stopAtAuthorityToPlaceForAdoption() {
    CaseFile file =
        lookedAfterFromMarch()
            .review(TUE_2026_04_14)
            .legalStatusChange(MON_2026_06_01, E1)
            .adoption(AdoptionMilestones.builder().placementOrderOn(MON_2026_06_01).build())
            .build();

    List<TrackedDeadline> deadlines = reviews(file, MON_2026_07_20);

    assertThat(deadlines).hasSize(1);
  }

  // ------------------------------------------------------------------ permanence plan

  @Test
  void test_permanencePlan_dueBySecondReviewFromTheFirstHeld() {
    CaseFile file =
        lookedAfterFromMarch()
            .review(TUE_2026_04_14)
            .plan(MON_2026_06_01, PermanenceOption.values()[0])
            .build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.permanencePlanBySecondReview().track(file, on(MON_2026_07_20));

    assertThat(deadlines).hasSize(1);
    TrackedDeadline plan = deadlines.get(0);
    assertThat(plan.deadline().dueDate()).isEqualTo(TUE_2026_07_14);
    assertThat(plan.deadline().trace())
        .isEqualTo(
            "first review held Tue 2026-04-14; second review 3 months after Tue 2026-04-14 → Tue"
                + " 2026-07-14");
    assertThat(plan.deadline().citation().status()).isEqualTo(SourceStatus.SECONDARY);
    assertThat(plan.metOn()).contains(MON_2026_06_01);
    assertThat(plan.status(MON_2026_07_20)).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_permanencePlan_firstReviewNotHeld_dueFromItsDueDate() {
    TrackedDeadline plan =
        StatutoryTimescales.permanencePlanBySecondReview()
            .track(lookedAfterFromMarch().build(), on(MON_2026_04_20))
            .get(0);

    assertThat(plan.deadline().dueDate()).isEqualTo(WED_2026_07_15);
    assertThat(plan.deadline().trace()).startsWith("first review not yet held, due 20 working");
    assertThat(plan.status(MON_2026_04_20)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(plan.status(WED_2026_07_15.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_permanencePlan_planFromAnEarlierPeriod_doesNotCount() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_01_06, V2, U6)
            .plan(FRI_2025_01_10, PermanenceOption.values()[0])
            .ceasedToBeLookedAfter(MON_2025_06_02, E11)
            .lookedAfterFrom(MON_2026_03_16, C1, U6)
            .review(TUE_2026_04_14)
            .build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.permanencePlanBySecondReview().track(file, on(MON_2026_07_20));

    assertThat(deadlines)
        .extracting(d -> d.status(MON_2026_07_20))
        .as("the first period's plan meets the first period's deadline only")
        .containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE);
  }

  // ------------------------------------------------------------------ care plan (reg 4)

  static Stream<Arguments> carePlanStatuses() {
    return Stream.of(
        Arguments.of("plan the working day before", List.of(FRI_2026_04_17), DeadlineStatus.MET),
        Arguments.of("plan on the due day", List.of(MON_2026_04_20), DeadlineStatus.MET),
        Arguments.of("plan the day after", List.of(TUE_2026_04_21), DeadlineStatus.MET_LATE),
        Arguments.of(
            "plan before the placement", List.of(TUE_2026_04_07.minusDays(7)), DeadlineStatus.MET),
        Arguments.of("no plan", List.of(), DeadlineStatus.OVERDUE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("carePlanStatuses")
  void test_carePlan_within10WorkingDaysOverEaster(
      String scenario, List<LocalDate> plans, DeadlineStatus expected) {
    Scenario child = Scenario.child("C1").lookedAfterFrom(THU_2026_04_02, C1, U6);
    plans.forEach(day -> child.document(DocumentType.CARE_PLAN, day));

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.carePlan().track(child.build(), on(FRI_2026_05_01));

    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).deadline().dueDate()).isEqualTo(MON_2026_04_20);
    assertThat(deadlines.get(0).deadline().trace())
        .isEqualTo(
            "10 working days after Thu 2026-04-02, skipping Fri 2026-04-03 and Mon 2026-04-06"
                + " → Mon 2026-04-20");
    assertThat(deadlines.get(0).status(FRI_2026_05_01)).isEqualTo(expected);
  }

  @Test
  void test_carePlan_planFromThePreviousPeriod_doesNotCount() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_01_06, V2, U6)
            .document(DocumentType.CARE_PLAN, FRI_2025_01_10)
            .ceasedToBeLookedAfter(MON_2025_06_02, E11)
            .lookedAfterFrom(THU_2026_04_02, C1, U6)
            .build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.carePlan().track(file, on(FRI_2026_05_01));

    assertThat(deadlines)
        .extracting(d -> d.status(FRI_2026_05_01))
        .containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE);
  }

  @Test
  void test_carePlan_notLookedAfter_none() {
    assertThat(
            StatutoryTimescales.carePlan().track(Scenario.child("C1").build(), on(FRI_2026_05_01)))
        .isEmpty();
  }

  // ------------------------------------------------------------------ placement plan, notification

  @Test
  void test_placementPlanAndNotification_within5WorkingDaysOverChristmas() {
    CaseFile file =
        lookedAfterFromMarch()
            .document(StatutoryTimescales.PLACEMENT_NOTIFICATION, TUE_2026_12_22)
            .placementChange(WED_2026_12_23, U4)
            .build();

    List<TrackedDeadline> plans =
        StatutoryTimescales.placementPlan().track(file, on(TUE_2027_01_05));
    List<TrackedDeadline> notifications =
        StatutoryTimescales.placementNotification().track(file, on(TUE_2027_01_05));

    assertThat(plans).hasSize(2);
    assertThat(plans.get(1).deadline().dueDate()).isEqualTo(MON_2027_01_04);
    assertThat(plans.get(1).deadline().trace())
        .isEqualTo(
            "5 working days after Wed 2026-12-23, skipping Fri 2026-12-25, Mon 2026-12-28 and"
                + " Fri 2027-01-01 → Mon 2027-01-04");
    assertThat(plans.get(1).status(TUE_2027_01_05)).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(plans.get(1).deadline().citation().status()).isEqualTo(SourceStatus.UNVERIFIED);
    assertThat(notifications.get(1).status(TUE_2027_01_05)).isEqualTo(DeadlineStatus.MET);
    assertThat(notifications.get(1).deadline().citation().clause()).isEqualTo("reg 13(1)");
    assertThat(notifications.get(0).status(TUE_2027_01_05))
        .as("a notice dated after the first placement's due date belongs to the second")
        .isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(notifications.get(1).metOn()).contains(TUE_2026_12_22);
  }

  @Test
  void test_placementPlan_temporaryPlacement_none() {
    CaseFile file =
        lookedAfterFromMarch()
            .placementChange(MON_2026_06_01, T2)
            .placementChange(MON_2026_07_13, U6)
            .build();

    List<TrackedDeadline> plans =
        StatutoryTimescales.placementPlan().track(file, on(MON_2026_07_20));

    assertThat(plans)
        .extracting(d -> d.deadline().startDate())
        .containsExactly(MON_2026_03_16, MON_2026_07_13);
  }
}
