package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_15_B;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_22_C;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_02_19_B;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Actions set at Thu 2026-01-15 (cohort b) are reviewed at Thu 2026-02-19 (cohort b, cut-off Mon
 * 2026-02-16).
 */
class ReviewOfActionsRemitTest {

  private static final String REMIT = "review of actions";
  private static final DecisionId D1 = DecisionId.of("D1");

  static PanelDecision decisionOn(LocalDate day) {
    return PanelDecision.builder()
        .id(D1)
        .panel(BcpAuthorityProvider.PANEL)
        .madeOn(day)
        .signOffBy(BcpRoles.SERVICE_MANAGER_CHILDREN_IN_CARE)
        .text("actions agreed")
        .build();
  }

  static PanelAction ppm() {
    return BcpOutcome.CONVENE_PERMANENCE_PLANNING_MEETING.action(
        ActionId.of("A1"), D1, "convene a PPM", THU_2026_02_19_B);
  }

  private static Scenario inCare() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4)
        .decision(decisionOn(THU_2026_01_15_B));
  }

  @Test
  void test_BCP_2_s2_openActionReviewedAtTheCohortsNextMeeting() {
    RemitDecision decision = decide(BCP, REMIT, inCare().action(ppm()).build(), THU_2026_02_19_B);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("review-of-actions");
    assertThat(decision.reason())
        .contains("1 open action")
        .contains("A1 permanence-planning-meeting, team-manager, due 2026-02-19");
    assertThat(decision.citation().clause()).isEqualTo("§2 s2");
  }

  @Test
  void test_BCP_2_s2_notReviewedAtAnotherCohortsMeeting_unlessEveryMeeting() {
    CaseFile file = inCare().action(ppm()).build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_01_22_C);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("cohort (c)");
    var authority = bcp(defaults().withText("bcp.review-open-actions-at", "EVERY_MEETING"));
    assertThat(decide(authority, REMIT, file, THU_2026_01_22_C).isMet()).isTrue();
  }

  @Test
  void test_BCP_2_s2_actionDoneBeforeCutOff_notReviewed_doneAfter_reviewed() {
    CaseFile doneBefore = inCare().action(ppm().withDone(LocalDate.of(2026, 2, 16))).build();
    assertThat(decide(BCP, REMIT, doneBefore, THU_2026_02_19_B).isMet()).isFalse();
    CaseFile doneAfter = inCare().action(ppm().withDone(LocalDate.of(2026, 2, 17))).build();
    assertThat(decide(BCP, REMIT, doneAfter, THU_2026_02_19_B).isMet()).isTrue();
  }

  @Test
  void test_BCP_6_para3_actionWithoutPanelDecision_notReviewed() {
    PanelAction unlinked =
        PanelAction.builder()
            .id(ActionId.of("A2"))
            .type(BcpOutcome.ASSESSMENT.type())
            .description("parenting assessment")
            .owner(Role.SOCIAL_WORKER)
            .dueOn(THU_2026_02_19_B)
            .build();
    assertThat(decide(BCP, REMIT, inCare().action(unlinked).build(), THU_2026_02_19_B).isMet())
        .isFalse();
  }

  @Test
  void test_BCP_2_s2_reasonsInFull() {
    CaseFile file = inCare().action(ppm()).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_02_19_B).reason())
        .isEqualTo(
            "1 open action set at this panel to review (A1 permanence-planning-meeting,"
                + " team-manager, due 2026-02-19)");
    // Asked twice: the reason kept for the meeting is the same text.
    for (int i = 0; i < 2; i++) {
      assertThat(decide(BCP, REMIT, file, THU_2026_01_22_C).reason())
          .isEqualTo(
              "no open action set at this panel to review at the meeting on Thu 2026-01-22"
                  + " (cohort (c))");
    }
  }
}
