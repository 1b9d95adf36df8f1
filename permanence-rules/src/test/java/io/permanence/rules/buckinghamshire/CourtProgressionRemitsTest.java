package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.panel.DocumentType;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourtProgressionRemitsTest {

  private static final LocalDate MON_2026_02_23 = LocalDate.of(2026, 2, 23);
  private static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);
  private static final LocalDate THU_2026_03_12 = LocalDate.of(2026, 3, 12);
  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  private static final LocalDate THU_2026_05_14 = LocalDate.of(2026, 5, 14);
  private static final LocalDate THU_2026_05_21 = LocalDate.of(2026, 5, 21);
  private static final LocalDate THU_2026_05_28 = LocalDate.of(2026, 5, 28);
  private static final LocalDate THU_2026_06_11 = LocalDate.of(2026, 6, 11);
  private static final String CPP = BuckinghamshirePanels.COURT_PROGRESSION.id();

  private static CareProceedings.Builder issued() {
    CareProceedings.Builder builder = CareProceedings.builder();
    builder
        .decisionToIssueOn(MON_2026_02_23)
        .decisionForum(DecisionForum.LEGAL_PLANNING_MEETING)
        .issuedOn(MON_2026_02_23);
    return builder;
  }

  static Stream<Arguments> hearings() {
    return Stream.of(
        // CMH Wednesday: the Thursday after it (cut-off Wednesday 17:00) hears checkpoint 1
        Arguments.of(WED_2026_03_11, THU_2026_03_12, true),
        // CMH on the Thursday itself: not "following" it; the next Thursday
        Arguments.of(THU_2026_03_12, THU_2026_03_12, false),
        Arguments.of(THU_2026_03_12, THU_2026_03_19, true));
  }

  @ParameterizedTest
  @MethodSource("hearings")
  void test_s7ConsiderA_checkpoint1AfterCaseManagementHearing(
      LocalDate hearing, LocalDate meeting, boolean referred) {
    CaseFile file =
        child("C1").careProceedings(issued().caseManagementHearingOn(hearing).build()).build();
    assertThat(decide("care proceedings checkpoint 1", file, meeting).isMet()).isEqualTo(referred);
  }

  @Test
  void test_s7ConsiderA_checkpointRecorded_notReferred() {
    CaseFile file =
        child("C1")
            .careProceedings(
                issued()
                    .caseManagementHearingOn(WED_2026_03_11)
                    .addCheckpoints(THU_2026_03_12)
                    .build())
            .build();
    assertThat(decide("care proceedings checkpoint 1", file, THU_2026_03_19).isMet()).isFalse();
  }

  @Test
  void test_s7ConsiderA_paperwork_swetCmoAndCourtOrderedAssessments() {
    CaseFile file =
        child("C1")
            .careProceedings(issued().caseManagementHearingOn(WED_2026_03_11).build())
            .build();
    assertThat(
            decide("care proceedings checkpoint 1", file, THU_2026_03_12).getReferral().paperwork())
        .contains(
            DocumentType.SWET,
            DocumentType.CASE_MANAGEMENT_ORDER,
            BuckinghamshirePaperwork.COURT_ORDERED_ASSESSMENTS);
  }

  static Stream<Arguments> checkpoint2() {
    return Stream.of(
        // final evidence Thu 11 Jun: target 21 May; the Thursday in the 7 days ending on it
        Arguments.of(THU_2026_05_14, false),
        Arguments.of(THU_2026_05_21, true),
        Arguments.of(THU_2026_05_28, false));
  }

  @ParameterizedTest
  @MethodSource("checkpoint2")
  void test_s7ConsiderB_checkpoint2ThreeWeeksBeforeFinalEvidence(
      LocalDate meeting, boolean referred) {
    CaseFile file =
        child("C1").careProceedings(issued().finalEvidenceDueOn(THU_2026_06_11).build()).build();
    assertThat(decide("care proceedings checkpoint 2", file, meeting).isMet()).isEqualTo(referred);
  }

  @Test
  void test_s7ConsiderB_dateSetAtCheckpoint1_takesPrecedence() {
    CaseFile file =
        child("C1")
            .careProceedings(
                issued()
                    .finalEvidenceDueOn(THU_2026_06_11)
                    .addCheckpoints(THU_2026_03_12, THU_2026_05_28)
                    .build())
            .build();
    assertThat(decide("care proceedings checkpoint 2", file, THU_2026_05_21).isMet()).isFalse();
    RemitDecision decision = decide("care proceedings checkpoint 2", file, THU_2026_05_28);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("date set at checkpoint 1");
  }

  @Test
  void test_s7ConsiderB_noDates_week11OfProceedings() {
    // issued Mon 23 Feb: week 11 ends 23 Feb + 76 days = Sun 10 May; the Thursday 7 May
    CaseFile file = child("C1").careProceedings(issued().build()).build();
    assertThat(decide("care proceedings checkpoint 2", file, LocalDate.of(2026, 5, 7)).isMet())
        .isTrue();
    assertThat(decide("care proceedings checkpoint 2", file, THU_2026_05_14).isMet()).isFalse();
  }

  @Test
  void test_s7ConsiderC_deprivationOfLibertyMadeAndBeforeItsEnd() {
    LocalDate made = LocalDate.of(2026, 3, 9);
    LocalDate end = LocalDate.of(2026, 6, 9);
    CaseFile withoutHearing =
        child("C1").courtOrder(CourtOrderType.DEPRIVATION_OF_LIBERTY, made, end).build();
    assertThat(decide("deprivation of liberty order", withoutHearing, THU_2026_03_12).isMet())
        .isTrue();
    CaseFile heard =
        child("C1")
            .courtOrder(CourtOrderType.DEPRIVATION_OF_LIBERTY, made, end)
            .appearedAt(CPP, THU_2026_03_12, "deprivation-of-liberty")
            .build();
    // 4 weeks before the end: from Tue 12 May; cut-off of Thu 14 May is Wed 13 May
    assertThat(decide("deprivation of liberty order", heard, LocalDate.of(2026, 5, 7)).isMet())
        .isFalse();
    RemitDecision review = decide("deprivation of liberty order", heard, THU_2026_05_14);
    assertThat(review.isMet()).isTrue();
    assertThat(review.reason()).contains("ends");
  }
}
