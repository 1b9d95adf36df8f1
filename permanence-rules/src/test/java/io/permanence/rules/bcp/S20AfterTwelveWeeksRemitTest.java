package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_03_19_A;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_03_26_B;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Referral;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Meeting Thu 2026-03-19 considers cohort (a); its cut-off is Mon 2026-03-16 12:00. */
class S20AfterTwelveWeeksRemitTest {

  private static final String REMIT = "s20 after 12 weeks";
  // 84 days before the cut-off date Mon 2026-03-16
  private static final LocalDate MON_2025_12_22 = LocalDate.of(2025, 12, 22);
  private static final LocalDate TUE_2025_12_23 = LocalDate.of(2025, 12, 23);

  private static CaseFile s20From(LocalDate start, LocalDate born) {
    return Scenario.child("C1")
        .bornOn(born)
        .lookedAfterFrom(start, LegalStatusCode.V2, PlacementCode.U4)
        .build();
  }

  @Test
  void test_BCP_5_1_a_s20For12Weeks_referred() {
    RemitDecision decision =
        decide(BCP, REMIT, s20From(MON_2025_12_22, LocalDate.of(2012, 5, 1)), THU_2026_03_19_A);
    assertThat(decision.isMet()).isTrue();
    Referral referral = decision.getReferral();
    assertThat(referral.heading().id()).isEqualTo("cohort-a");
    assertThat(referral.citation()).isEqualTo(BcpAuthorityProvider.cite("§5.1(a)"));
    assertThat(referral.earliestMeeting()).isEqualTo(THU_2026_03_19_A);
    assertThat(referral.latestMeetingExclusive()).isEqualTo(THU_2026_03_19_A.plusDays(1));
    assertThat(referral.reason()).contains("s20 since Mon 2025-12-22").contains("aged 13");
  }

  @Test
  void test_BCP_5_1_a_s20For12WeeksLessADay_notReferred() {
    RemitDecision decision =
        decide(BCP, REMIT, s20From(TUE_2025_12_23, LocalDate.of(2012, 5, 1)), THU_2026_03_19_A);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("reached on Tue 2026-03-17");
  }

  @Test
  void test_BCP_5_1_a_aged16_referred_aged17_notReferred() {
    // the 17th birthday on the cut-off date Mon 2026-03-16
    assertThat(
            decide(BCP, REMIT, s20From(MON_2025_12_22, LocalDate.of(2009, 3, 17)), THU_2026_03_19_A)
                .isMet())
        .isTrue();
    RemitDecision seventeen =
        decide(BCP, REMIT, s20From(MON_2025_12_22, LocalDate.of(2009, 3, 16)), THU_2026_03_19_A);
    assertThat(seventeen.isMet()).isFalse();
    assertThat(seventeen.reason()).contains("aged 17");
  }

  @Test
  void test_BCP_5_1_a_s20RunCountsAcrossUnbrokenEpisodes() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2025_12_22, LegalStatusCode.V2, PlacementCode.U4)
            .placementChange(LocalDate.of(2026, 2, 1), PlacementCode.U6)
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_03_19_A).isMet()).isTrue();
  }

  @Test
  void test_BCP_5_1_a_s20AfterACareOrder_countsFromTheNewRun() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.C1, PlacementCode.U4)
            .legalStatusChange(TUE_2025_12_23, LegalStatusCode.V2)
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_03_19_A).isMet()).isFalse();
  }

  @Test
  void test_BCP_5_1_a_notS20_notReferred() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.C2, PlacementCode.U4)
            .build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_03_19_A);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("not accommodated under s20").contains("C2");
  }

  @Test
  void test_BCP_5_1_a_shortBreaks_notInCare() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.V3, PlacementCode.U4)
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_03_19_A).reason()).contains("short breaks");
  }

  @Test
  void test_BCP_5_1_a_notLookedAfter_remitNotMet() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.V2, PlacementCode.U4)
            .ceasedToBeLookedAfter(LocalDate.of(2026, 3, 1), ReasonEpisodeCeasedCode.E11)
            .build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_03_19_A);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("not looked after");
  }

  @Test
  void test_BCP_5_para1_otherCohortsMeeting_notReferred() {
    RemitDecision decision =
        decide(BCP, REMIT, s20From(MON_2025_12_22, LocalDate.of(2012, 5, 1)), THU_2026_03_26_B);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("considers cohort (b), not (a)");
    // Asked again: the reason kept for the meeting is the same text.
    assertThat(
            decide(BCP, REMIT, s20From(MON_2025_12_22, LocalDate.of(2012, 5, 1)), THU_2026_03_26_B)
                .reason())
        .isEqualTo(
            "the meeting on Thu 2026-03-26 considers cohort (b), not (a) (five-weekly rotation)");
  }

  @Test
  void test_evaluate_withoutMeeting_usesTheNextMeetingOfTheCohort() {
    EvaluationContext context =
        EvaluationContext.of(LocalDate.of(2026, 3, 17), BCP.calendar(), BCP.settings());
    RemitDecision decision =
        BcpFixtures.remit(BCP, REMIT)
            .evaluate(s20From(MON_2025_12_22, LocalDate.of(2012, 5, 1)), context);
    assertThat(decision.getReferral().earliestMeeting()).isEqualTo(THU_2026_03_19_A);
  }

  @Test
  void test_BCP_5_1_a_thresholdSetting() {
    var authority = bcp(defaults().withText("bcp.s20-threshold", "P8W"));
    CaseFile file = s20From(LocalDate.of(2026, 1, 19), LocalDate.of(2012, 5, 1));
    assertThat(decide(authority, REMIT, file, THU_2026_03_19_A).isMet()).isTrue();
    assertThat(decide(BCP, REMIT, file, THU_2026_03_19_A).isMet()).isFalse();
  }
}
