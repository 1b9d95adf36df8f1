package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.THU_2026_03_12;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.TUE_2026_03_10;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_01_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_02_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionReviewRemitTest {

  private final ActionReviewRemit remit = new ActionReviewRemit();

  private static PanelAction action(String id, LocalDate due) {
    return PanelAction.builder()
        .id(ActionId.of(id))
        .type(ActionType.ASSESSMENT)
        .description("complete viability assessment")
        .owner(Role.SOCIAL_WORKER)
        .dueOn(due)
        .build();
  }

  private static CaseFile withAction(PanelAction action) {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
        .action(action)
        .build();
  }

  @Test
  void test_NSomerset_3_4_s3_actionDueBeforeMeeting_reviewed() {
    var decision =
        remit.evaluate(withAction(action("A1", TUE_2026_03_10)), forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading()).isEqualTo(NorthSomerset.ACTION_REVIEW);
    assertThat(decision.getReferral().acceptsMeetingOn(WED_2026_03_11)).isTrue();
    assertThat(decision.citation().toString()).isEqualTo("NSomerset §3.4 s3");
  }

  @Test
  void test_NSomerset_3_4_s3_actionDueOnMeetingDay_reviewed() {
    assertThat(
            remit
                .evaluate(withAction(action("A1", WED_2026_03_11)), forMeeting(WED_2026_03_11))
                .isMet())
        .isTrue();
  }

  @Test
  void test_NSomerset_3_4_s3_actionDueAfterMeeting_notYet() {
    var decision =
        remit.evaluate(withAction(action("A1", THU_2026_03_12)), forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("none due until Thu 2026-03-12");
  }

  @Test
  void test_NSomerset_3_4_s3_everyMeetingOverride_openActionAlwaysReviewed() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.action-review-at", "EVERY_MEETING_WHILE_OPEN");
    assertThat(
            remit
                .evaluate(
                    withAction(action("A1", THU_2026_03_12)), forMeeting(WED_2026_03_11, settings))
                .isMet())
        .isTrue();
  }

  @Test
  void test_NSomerset_3_4_s3_doneAction_notReviewed() {
    CaseFile file = withAction(action("A1", WED_2026_02_11).withDone(WED_2026_02_11));
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11)).isMet()).isFalse();
  }

  @Test
  void test_NSomerset_3_4_s3_actionOfAnotherPanel_notReviewedHere() {
    PanelDecision decision =
        PanelDecision.builder()
            .id(DecisionId.of("D1"))
            .panel(PanelId.of("legal-panel"))
            .madeOn(WED_2026_01_14)
            .signOffBy(Role.HEAD_OF_SERVICE)
            .text("issue proceedings")
            .build();
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .decision(decision)
            .action(
                PanelAction.builder()
                    .id(ActionId.of("A1"))
                    .decision(DecisionId.of("D1"))
                    .type(ActionType.LEGAL_REFERRAL)
                    .description("legal advice")
                    .owner(Role.TEAM_MANAGER)
                    .dueOn(WED_2026_02_11)
                    .build())
            .build();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11)).isMet()).isFalse();
  }
}
