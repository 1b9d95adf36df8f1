package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_03_23;
import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_03_30;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import org.junit.jupiter.api.Test;

class LegalPlanningMeetingRemitTest {

  private final LegalPlanningMeetingRemit remit = new LegalPlanningMeetingRemit();

  private static CaseFile referredBy(PanelId panel) {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.P1)
        .decision(
            PanelDecision.builder()
                .id(DecisionId.of("D1"))
                .panel(panel)
                .madeOn(TUE_2026_03_17)
                .signOffBy(Knowsley.SENIOR_MANAGER_CHAIR)
                .text("discuss revocation at LPM")
                .build())
        .action(
            PanelAction.builder()
                .id(ActionId.of("A1"))
                .decision(DecisionId.of("D1"))
                .type(ActionType.LEGAL_REFERRAL)
                .description("LPM paperwork and referral")
                .owner(Role.SOCIAL_WORKER)
                .dueOn(MON_2026_03_23)
                .build())
        .build();
  }

  @Test
  void test_Knowsley_Part_3_s3_referralToLpm_firstMondayAfterPanel() {
    RemitDecision decision =
        remit.evaluate(
            referredBy(Knowsley.PANEL),
            forMeeting(Knowsley.LPM, MON_2026_03_23, KnowsleyProvider.exampleSettings()));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().panel()).isEqualTo(Knowsley.LPM);
    assertThat(decision.getReferral().acceptsMeetingOn(MON_2026_03_23)).isTrue();
    assertThat(decision.getReferral().acceptsMeetingOn(MON_2026_03_30)).isFalse();
    assertThat(decision.getReferral().acceptsMeetingOn(TUE_2026_03_17)).isFalse();
  }

  @Test
  void test_Knowsley_Part_3_s4_lpmPaperworkRequired() {
    RemitDecision decision =
        remit.evaluate(
            referredBy(Knowsley.PANEL),
            forMeeting(Knowsley.LPM, MON_2026_03_23, KnowsleyProvider.exampleSettings()));
    assertThat(decision.getReferral().paperwork()).containsExactly(Knowsley.LPM_PAPERWORK);
  }

  @Test
  void test_Knowsley_Part_3_s3_legalReferralOfAnotherPanel_notThisRoute() {
    assertThat(
            remit
                .evaluate(
                    referredBy(PanelId.of("other-panel")),
                    forMeeting(Knowsley.LPM, MON_2026_03_23, KnowsleyProvider.exampleSettings()))
                .isMet())
        .isFalse();
  }
}
