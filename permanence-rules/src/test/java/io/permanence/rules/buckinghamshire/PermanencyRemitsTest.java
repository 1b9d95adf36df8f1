package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PermanencyRemitsTest {

  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  private static final LocalDate THU_2026_03_26 = LocalDate.of(2026, 3, 26);
  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);

  @Test
  void test_s8FnB_ppmInThe28DaysBeforeSecondReview() {
    // looked after Mon 5 Jan, first review Mon 2 Feb: second due Sat 2 May; window from Sat 4 Apr
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .review(MON_2026_02_02)
            .build();
    assertThat(
            decide("permanence planning meeting before second review", file, THU_2026_04_02)
                .isMet())
        .isFalse();
    RemitDecision decision =
        decide("permanence planning meeting before second review", file, THU_2026_04_09);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("Sat 2026-05-02");
  }

  @Test
  void test_s8FnB_secondReviewHeld_notReferred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .review(MON_2026_02_02)
            .review(MON_2026_03_16)
            .build();
    assertThat(
            decide("permanence planning meeting before second review", file, THU_2026_04_09)
                .isMet())
        .isFalse();
  }

  @Test
  void test_ppmWindow_setting_widensWindow() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .review(MON_2026_02_02)
            .build();
    var authority =
        BucksFixture.authority(
            BucksFixture.defaults().withText("buckinghamshire.pp.ppm-window", "P35D"));
    assertThat(
            BucksFixture.decide(
                    authority,
                    "permanence planning meeting before second review",
                    file,
                    THU_2026_04_02)
                .isMet())
        .isTrue();
  }

  @Test
  void test_s8FnC_finalOrder_referred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .careProceedingsIssued(MON_2026_01_05)
            .finalOrder(MON_2026_03_16, CourtOrderType.CARE)
            .build();
    RemitDecision decision = decide("progress after final order", file, THU_2026_03_19);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("care");
  }

  @Test
  void test_s8ConsiderA_s20AgreedUntil18_referred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.U4)
            .flag(CaseFlagType.S20_AGREED_UNTIL_ADULTHOOD, MON_2026_03_16)
            .build();
    assertThat(decide("s20 agreed until 18", file, THU_2026_03_19).isMet()).isTrue();
  }

  @Test
  void test_s8ConsiderB_adoptionDecisionAndPlacementOrder_each() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .adoption(AdoptionMilestones.builder().decisionToPlaceOn(MON_2026_03_16).build())
            .build();
    assertThat(decide("adoption progressed", file, THU_2026_03_19).reason())
        .contains("placed for adoption");
    CaseFile reversed =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .adoption(
                AdoptionMilestones.builder()
                    .decisionToPlaceOn(MON_2026_03_16)
                    .reversedOn(MON_2026_03_16)
                    .reversalReason(
                        io.permanence.core.reference.AdoptionReversalReasonCode.values()[0])
                    .build())
            .build();
    assertThat(decide("adoption progressed", reversed, THU_2026_03_19).isMet()).isFalse();
  }

  @Test
  void test_s8ConsiderC_longTermFosteringRatifiedNotMatched_referred() {
    PermanencePlan plan =
        PermanencePlan.builder()
            .primary(PermanenceOption.LONG_TERM_FOSTERING)
            .recordedOn(MON_2026_02_02)
            .ratifiedOn(MON_2026_03_16)
            .build();
    CaseFile notMatched =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U6)
            .plan(plan)
            .build();
    assertThat(decide("long-term fostering match progressed", notMatched, THU_2026_03_19).isMet())
        .isTrue();
    CaseFile matched =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U6)
            .longTermMatch(MON_2026_02_02)
            .plan(plan)
            .build();
    assertThat(decide("long-term fostering match progressed", matched, THU_2026_03_19).isMet())
        .isFalse();
  }

  @Test
  void test_s8ConsiderD_sgoPlanOrSupportPlan_referred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U1)
            .plan(MON_2026_03_16, PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP)
            .build();
    assertThat(decide("special guardianship", file, THU_2026_03_19).isMet()).isTrue();
    CaseFile support =
        child("C2").flag(CaseFlagType.SGO_SUPPORT_PLAN_FOR_APPROVAL, MON_2026_03_16).build();
    assertThat(decide("special guardianship", support, THU_2026_03_19).reason())
        .contains("support plan");
  }

  @Test
  void test_s8ConsiderE_revocationUnderCareOrder_referredOnlyWithC2OrE1() {
    CaseFile careOrder =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.P1)
            .flag(CaseFlagType.ORDER_REVOCATION_PROPOSED, MON_2026_03_16)
            .build();
    assertThat(decide("revocation of care or placement order", careOrder, THU_2026_03_19).isMet())
        .isTrue();
    CaseFile s20 =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.P1)
            .flag(CaseFlagType.ORDER_REVOCATION_PROPOSED, MON_2026_03_16)
            .build();
    assertThat(decide("revocation of care or placement order", s20, THU_2026_03_19).isMet())
        .isFalse();
  }

  @Test
  void test_s8ConsiderF_uasc16Plus_from16thBirthday() {
    // 16 on Thu 19 Mar 2026: the cut-off of that Thursday's panel is Wed 18 Mar
    CaseFile file =
        Scenario.child("C1")
            .inAuthority("buckinghamshire")
            .bornOn(LocalDate.of(2010, 3, 19))
            .uasc()
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.U6)
            .build();
    assertThat(decide("UASC 16+", file, THU_2026_03_19).isMet()).isFalse();
    assertThat(decide("UASC 16+", file, THU_2026_03_26).isMet()).isTrue();
  }
}
