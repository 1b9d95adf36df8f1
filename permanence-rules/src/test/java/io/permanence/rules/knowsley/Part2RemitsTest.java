package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_03_02;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_01_20;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_10;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_04_21;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.care.Placement;
import io.permanence.core.care.PlacementArrangement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import org.junit.jupiter.api.Test;

class Part2RemitsTest {

  private final Authority authority = KnowsleyFixtures.authority();
  private final Remit remit =
      Part2Remits.matchingRequest(
          authority.getPanel(Knowsley.PANEL).getHeading("part-2"),
          authority.getPanel(Knowsley.PANEL).schedule());

  private static Scenario lookedAfterWithReview() {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
        .review(TUE_2026_01_20);
  }

  @Test
  void test_Knowsley_Part_2_s2_longTermResidentialRequest_listedOnce() {
    CaseFile file =
        lookedAfterWithReview()
            .plan(MON_2026_01_05, PermanenceOption.LONG_TERM_RESIDENTIAL)
            .flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10)
            .build();
    RemitDecision decision = remit.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason())
        .isEqualTo("request for long term residential made on Tue 2026-02-10");
    assertThat(decision.getReferral().acceptsMeetingOn(TUE_2026_03_17)).isTrue();
    CaseFile heard =
        lookedAfterWithReview()
            .plan(MON_2026_01_05, PermanenceOption.LONG_TERM_RESIDENTIAL)
            .flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_03_17, "part-2")
            .build();
    assertThat(remit.evaluate(heard, forMeeting(TUE_2026_04_21)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Purpose_F1_sgoRequest_needsSupportPlan() {
    CaseFile file =
        lookedAfterWithReview()
            .flag(CaseFlagType.SGO_SUPPORT_PLAN_FOR_APPROVAL, TUE_2026_02_10)
            .build();
    RemitDecision decision = remit.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(decision.getReferral().paperwork()).contains(DocumentType.SGO_SUPPORT_PLAN);
    assertThat(decision.reason()).contains("SGO and support plan");
  }

  @Test
  void test_Knowsley_Purpose_F2_stayingPutFromPlacementArrangement() {
    CaseFile base =
        lookedAfterWithReview().flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10).build();
    Placement stayingPut =
        Placement.builder()
            .code(PlacementCode.U4)
            .start(TUE_2026_01_20)
            .arrangement(PlacementArrangement.STAYING_PUT)
            .build();
    CaseFile file =
        io.permanence.core.casefile.CaseFile.builder()
            .authority(base.authority())
            .child(base.child())
            .addAllPeriodsOfCare(base.periodsOfCare())
            .addAllLegalStatusPeriods(base.legalStatusPeriods())
            .addPlacements(stayingPut)
            .addAllReviews(base.reviews())
            .addAllFlags(base.flags())
            .build();
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_03_17)).reason()).contains("staying put");
    var settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.part2-request-types", "SGO, LONG_TERM_RESIDENTIAL");
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_03_17, settings)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Part_2_s2_noReviewBeforeRequest_flagged() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10)
            .build();
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_03_17)).reason())
        .contains("not recorded as agreed at review");
  }

  @Test
  void test_Knowsley_Admin_2_s3_requestAfterPreviousMeeting_addedWithFlag_orNextMeeting() {
    // The previous meeting was Tue 17 February; the request of 2 March is after it.
    CaseFile file =
        lookedAfterWithReview().flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, MON_2026_03_02).build();
    RemitDecision added = remit.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(added.isMet()).isTrue();
    assertThat(added.reason()).contains("added after the previous meeting on Tue 2026-02-17");
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.agenda-cut-off", "PREVIOUS_MEETING");
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_03_17, settings)).isMet()).isFalse();
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_04_21, settings)).isMet()).isTrue();
  }
}
