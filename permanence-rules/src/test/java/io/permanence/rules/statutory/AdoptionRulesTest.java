package io.permanence.rules.statutory;

import static io.permanence.core.reference.LegalStatusCode.C2;
import static io.permanence.core.reference.LegalStatusCode.E1;
import static io.permanence.core.reference.PlacementCode.A5;
import static io.permanence.core.reference.PlacementCode.U6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.permanence.core.Citation.SourceStatus;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.reference.AdoptionReversalReasonCode;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionRulesTest {

  private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);
  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate SUN_2026_05_10 = LocalDate.of(2026, 5, 10);
  private static final LocalDate MON_2026_06_15 = LocalDate.of(2026, 6, 15);
  private static final LocalDate TUE_2026_06_16 = LocalDate.of(2026, 6, 16);
  private static final LocalDate WED_2026_07_15 = LocalDate.of(2026, 7, 15);
  private static final LocalDate MON_2026_11_02 = LocalDate.of(2026, 11, 2);
  private static final LocalDate THU_2026_12_10 = LocalDate.of(2026, 12, 10);
  private static final LocalDate TUE_2026_12_15 = LocalDate.of(2026, 12, 15);
  private static final LocalDate MON_2027_01_11 = LocalDate.of(2027, 1, 11);
  private static final LocalDate FRI_2027_02_05 = LocalDate.of(2027, 2, 5);
  private static final LocalDate MON_2027_02_08 = LocalDate.of(2027, 2, 8);
  private static final LocalDate WED_2027_02_10 = LocalDate.of(2027, 2, 10);
  private static final LocalDate MON_2027_04_19 = LocalDate.of(2027, 4, 19);
  private static final LocalDate WED_2027_05_05 = LocalDate.of(2027, 5, 5);

  private static EvaluationContext on(LocalDate asOf) {
    return EvaluationContext.of(asOf, WorkingCalendars.englandAndWales(), AuthoritySettings.none());
  }

  private static AdoptionMilestones.Builder journey() {
    AdoptionMilestones.Builder builder = AdoptionMilestones.builder();
    builder
        .decisionToPlaceOn(MON_2025_12_01)
        .placementOrderOn(MON_2026_03_16)
        .matchedOn(MON_2026_11_02)
        .placedOn(MON_2027_01_11);
    return builder;
  }

  private static Scenario child(AdoptionMilestones milestones) {
    return Scenario.child("C1")
        .lookedAfterFrom(MON_2025_03_10, C2, U6)
        .legalStatusChange(MON_2026_03_16, E1)
        .placementChange(MON_2027_01_11, A5)
        .adoption(milestones)
        .review(MON_2026_06_15)
        .review(THU_2026_12_10)
        .review(FRI_2027_02_05);
  }

  // ------------------------------------------------------------------ reviews (AAR reg 36)

  @Test
  void test_adoptionReviews_authorisedThenPlaced() {
    CaseFile file = child(journey().build()).build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.adoptionReviews().track(file, on(WED_2027_02_10));

    assertThat(deadlines)
        .extracting(
            d -> d.deadline().name(),
            d -> d.deadline().dueDate(),
            d -> d.deadline().citation().clause(),
            d -> d.status(WED_2027_02_10))
        .containsExactly(
            tuple(
                "Adoption review 1 (authorised, not placed)",
                TUE_2026_06_16,
                "reg 36(1)",
                DeadlineStatus.MET),
            tuple(
                "Adoption review 2 (authorised, not placed)",
                TUE_2026_12_15,
                "reg 36(1)",
                DeadlineStatus.MET),
            tuple("Adoption review 1 (placed)", MON_2027_02_08, "reg 36(3)", DeadlineStatus.MET),
            tuple(
                "Adoption review 2 (placed)", WED_2027_05_05, "reg 36(3)", DeadlineStatus.PENDING));
    assertThat(deadlines.get(2).deadline().trace())
        .isEqualTo("4 weeks after Mon 2027-01-11 → Mon 2027-02-08");
  }

  @Test
  void test_adoptionReviews_endAtTheAdoptionOrder() {
    CaseFile file = child(journey().adoptionOrderOn(MON_2027_04_19).build()).build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.adoptionReviews().track(file, on(WED_2027_05_05));

    assertThat(deadlines).hasSize(3);
  }

  @Test
  void test_adoptionReviews_notAuthorised_none() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_03_10, C2, U6)
            .adoption(AdoptionMilestones.builder().decisionToPlaceOn(MON_2025_12_01).build())
            .build();

    assertThat(StatutoryTimescales.adoptionReviews().track(file, on(WED_2027_02_10))).isEmpty();
    assertThat(
            StatutoryTimescales.adoptionReviews()
                .track(Scenario.child("C2").build(), on(WED_2027_02_10)))
        .isEmpty();
  }

  @Test
  void test_adoptionReviews_lookedAfterReviewsStopAtTheAuthorityToPlace() {
    CaseFile file = child(journey().build()).build();

    List<TrackedDeadline> lookedAfter =
        StatutoryTimescales.lookedAfterReviews().track(file, on(WED_2027_02_10));

    assertThat(lookedAfter)
        .allSatisfy(d -> assertThat(d.deadline().dueDate()).isBefore(MON_2026_03_16));
  }

  // ------------------------------------------------------------------ scorecard A1, A2

  @Test
  void test_scorecardA1_426DaysFromEnteringCare_earlyWarning() {
    CaseFile file = child(journey().build()).build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.scorecardA1().track(file, on(WED_2027_02_10));

    assertThat(deadlines).hasSize(1);
    TrackedDeadline a1 = deadlines.get(0);
    assertThat(a1.deadline().startDate()).isEqualTo(MON_2025_03_10);
    assertThat(a1.deadline().dueDate()).isEqualTo(SUN_2026_05_10);
    assertThat(a1.deadline().trace()).isEqualTo("426 days after Mon 2025-03-10 → Sun 2026-05-10");
    assertThat(a1.deadline().citation().document()).contains("not a statutory deadline");
    assertThat(a1.status(WED_2027_02_10)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(StatutoryTimescales.scorecardA1().kind()).isEqualTo(RuleKind.EARLY_WARNING);
  }

  @Test
  void test_scorecardA1_notYetPlaced_overdue() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_03_10, C2, U6)
            .adoption(AdoptionMilestones.builder().decisionToPlaceOn(MON_2025_12_01).build())
            .build();

    TrackedDeadline a1 = StatutoryTimescales.scorecardA1().track(file, on(WED_2026_07_15)).get(0);

    assertThat(a1.status(MON_2026_03_16)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(a1.status(WED_2026_07_15)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_scorecardA2_121DaysFromPlacementOrderToMatch() {
    CaseFile file = child(journey().build()).build();

    TrackedDeadline a2 = StatutoryTimescales.scorecardA2().track(file, on(WED_2027_02_10)).get(0);

    assertThat(a2.deadline().dueDate()).isEqualTo(WED_2026_07_15);
    assertThat(a2.metOn()).contains(MON_2026_11_02);
    assertThat(a2.status(WED_2027_02_10)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(a2.deadline().citation().status()).isEqualTo(SourceStatus.VERIFIED);
  }

  @Test
  void test_scorecardA2_matchedBeforeTheOrder_met() {
    AdoptionMilestones early =
        AdoptionMilestones.builder()
            .decisionToPlaceOn(MON_2025_12_01)
            .matchedOn(MON_2026_02_02)
            .placementOrderOn(MON_2026_03_16)
            .build();
    CaseFile file =
        Scenario.child("C1").lookedAfterFrom(MON_2025_03_10, C2, U6).adoption(early).build();

    TrackedDeadline a2 = StatutoryTimescales.scorecardA2().track(file, on(MON_2026_03_16)).get(0);

    assertThat(a2.status(MON_2026_03_16)).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_scorecard_reversedBeforePlacement_none() {
    AdoptionMilestones reversed =
        AdoptionMilestones.builder()
            .decisionToPlaceOn(MON_2025_12_01)
            .placementOrderOn(MON_2026_03_16)
            .reversedOn(WED_2026_07_15)
            .reversalReason(AdoptionReversalReasonCode.RD3)
            .build();
    CaseFile file =
        Scenario.child("C1").lookedAfterFrom(MON_2025_03_10, C2, U6).adoption(reversed).build();

    assertThat(StatutoryTimescales.scorecardA1().track(file, on(MON_2026_11_02))).isEmpty();
    assertThat(StatutoryTimescales.scorecardA2().track(file, on(MON_2026_11_02))).isEmpty();
    assertThat(StatutoryTimescales.scorecardA2().track(file, on(TUE_2026_06_16)))
        .as("before the reversal it still applies")
        .hasSize(1);
  }
}
