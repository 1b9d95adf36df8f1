package io.permanence.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CareProceedingsTest {

  private static final LocalDate TUE_2026_01_06 = LocalDate.of(2026, 1, 6);
  private static final LocalDate MON_2026_01_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate FRI_2026_01_30 = LocalDate.of(2026, 1, 30);
  private static final LocalDate FRI_2026_07_10 = LocalDate.of(2026, 7, 10);

  @Test
  void test_isInProceedingsOn_fromIssueToFinalOrderInclusive() {
    CareProceedings proceedings =
        CareProceedings.builder()
            .decisionToIssueOn(TUE_2026_01_06)
            .decisionForum(DecisionForum.LEGAL_PLANNING_MEETING)
            .issuedOn(MON_2026_01_12)
            .caseManagementHearingOn(FRI_2026_01_30)
            .finalOrderOn(FRI_2026_07_10)
            .addFinalOrderTypes(CourtOrderType.CARE, CourtOrderType.PLACEMENT)
            .build();
    assertThat(proceedings.isInProceedingsOn(TUE_2026_01_06)).isFalse();
    assertThat(proceedings.isInProceedingsOn(MON_2026_01_12)).isTrue();
    assertThat(proceedings.isInProceedingsOn(FRI_2026_07_10)).isTrue();
    assertThat(proceedings.isInProceedingsOn(FRI_2026_07_10.plusDays(1))).isFalse();
    assertThat(proceedings.isConcluded()).isTrue();
  }

  @Test
  void test_isInProceedingsOn_notIssued() {
    CareProceedings decided = CareProceedings.of(TUE_2026_01_06, DecisionForum.PANEL);
    assertThat(decided.isIssued()).isFalse();
    assertThat(decided.isInProceedingsOn(FRI_2026_07_10)).isFalse();
  }

  @Test
  void test_totalExtensionWeeks() {
    CareProceedings proceedings =
        CareProceedings.builder()
            .decisionToIssueOn(TUE_2026_01_06)
            .decisionForum(DecisionForum.LEGAL_GATEWAY_MEETING)
            .issuedOn(MON_2026_01_12)
            .addExtensions(ProceedingsExtension.of(FRI_2026_07_10, 8))
            .addExtensions(ProceedingsExtension.of(FRI_2026_07_10.plusWeeks(7), 4))
            .build();
    assertThat(proceedings.totalExtensionWeeks()).isEqualTo(12);
  }

  @Test
  void test_extension_atMostEightWeeks() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProceedingsExtension.of(FRI_2026_07_10, 9))
        .withMessage(
            "proceedingsExtension.weeks must be in [1, 8] (Children Act 1989 s.32(8)) but was 9");
  }

  @Test
  void test_builder_issueBeforeDecision() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CareProceedings.builder()
                    .decisionToIssueOn(MON_2026_01_12)
                    .decisionForum(DecisionForum.PANEL)
                    .issuedOn(TUE_2026_01_06)
                    .build())
        .withMessage(
            "careProceedings.issuedOn must not be before decisionToIssueOn but was 2026-01-06 <"
                + " 2026-01-12");
  }

  @Test
  void test_builder_hearingBeforeIssue() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CareProceedings.builder()
                    .decisionToIssueOn(TUE_2026_01_06)
                    .decisionForum(DecisionForum.PANEL)
                    .issuedOn(FRI_2026_01_30)
                    .caseManagementHearingOn(MON_2026_01_12)
                    .build())
        .withMessage(
            "careProceedings.caseManagementHearingOn must not be before issuedOn but was"
                + " 2026-01-12 < 2026-01-30");
  }

  @Test
  void test_builder_hearingWithoutIssue() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CareProceedings.builder()
                    .decisionToIssueOn(TUE_2026_01_06)
                    .decisionForum(DecisionForum.PANEL)
                    .finalHearingOn(FRI_2026_07_10)
                    .build())
        .withMessageContaining("require issuedOn but issuedOn was empty");
  }

  @Test
  void test_builder_sortsCheckpoints() {
    CareProceedings proceedings =
        CareProceedings.builder()
            .decisionToIssueOn(TUE_2026_01_06)
            .decisionForum(DecisionForum.PANEL)
            .issuedOn(MON_2026_01_12)
            .addCheckpoints(FRI_2026_07_10, FRI_2026_01_30)
            .build();
    assertThat(proceedings.checkpoints()).containsExactly(FRI_2026_01_30, FRI_2026_07_10);
  }

  @Test
  void test_builder_sortsCheckpointsAndExtensionsTogether() {
    CareProceedings proceedings =
        CareProceedings.builder()
            .decisionToIssueOn(TUE_2026_01_06)
            .decisionForum(DecisionForum.PANEL)
            .issuedOn(MON_2026_01_12)
            .addCheckpoints(FRI_2026_07_10, FRI_2026_01_30)
            .addExtensions(ProceedingsExtension.of(FRI_2026_07_10.plusWeeks(7), 4))
            .addExtensions(ProceedingsExtension.of(FRI_2026_07_10, 8))
            .build();
    assertThat(proceedings.checkpoints()).containsExactly(FRI_2026_01_30, FRI_2026_07_10);
    assertThat(proceedings.extensions())
        .extracting(ProceedingsExtension::grantedOn)
        .containsExactly(FRI_2026_07_10, FRI_2026_07_10.plusWeeks(7));
  }
}
