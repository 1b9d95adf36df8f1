package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.AUTHORITY;
import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuckinghamshireDeadlineRulesTest {

  private static final LocalDate TUE_2026_01_06 = LocalDate.of(2026, 1, 6);
  private static final LocalDate TUE_2026_02_10 = LocalDate.of(2026, 2, 10);
  private static final LocalDate TUE_2026_02_17 = LocalDate.of(2026, 2, 17);

  private static EvaluationContext on(LocalDate date) {
    return EvaluationContext.of(date, AUTHORITY.calendar(), AUTHORITY.settings());
  }

  @Test
  void test_s6ConsiderH_ploWeek6Due_lastDayOfWeek6() {
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    List<Deadline> deadlines =
        BuckinghamshireDeadlineRules.ploReviews().deadlinesFor(file, on(TUE_2026_02_17));
    assertThat(deadlines)
        .extracting(Deadline::dueDate)
        .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 30));
    assertThat(deadlines.get(0).status(TUE_2026_02_17, Optional.empty()))
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_s6ConsiderH_heardInWeek6_met() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(BuckinghamshirePanels.LEGAL_PLANNING.id(), TUE_2026_02_10, "plo-week-6")
            .build();
    List<Deadline> deadlines =
        BuckinghamshireDeadlineRules.ploReviews().deadlinesFor(file, on(TUE_2026_02_17));
    assertThat(deadlines)
        .extracting(Deadline::name)
        .containsExactly("PLO review at week 6", "PLO review at week 12");
    assertThat(deadlines.get(0).metOn()).contains(TUE_2026_02_10);
    assertThat(deadlines.get(0).status(TUE_2026_02_17)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines.get(1).status(TUE_2026_02_17)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(BuckinghamshireDeadlineRules.all())
        .allSatisfy(rule -> assertThat(rule.driftKind()).isEqualTo(DriftKind.PANEL_MISSED));
  }

  @Test
  void test_s6ConsiderH_heardInWeek7_metLate() {
    LocalDate tue20260224 = TUE_2026_02_17.plusWeeks(1);
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(BuckinghamshirePanels.LEGAL_PLANNING.id(), tue20260224, "plo-week-6")
            .build();
    assertThat(
            BuckinghamshireDeadlineRules.ploReviews()
                .deadlinesFor(file, on(tue20260224))
                .get(0)
                .status(tue20260224))
        .isEqualTo(DeadlineStatus.MET_LATE);
  }

  @Test
  void test_s7ConsiderA_checkpoint1Within14DaysOfHearing() {
    LocalDate hearing = LocalDate.of(2026, 3, 11);
    CaseFile file =
        child("C1")
            .careProceedings(
                CareProceedings.builder()
                    .decisionToIssueOn(LocalDate.of(2026, 2, 23))
                    .decisionForum(DecisionForum.LEGAL_PLANNING_MEETING)
                    .issuedOn(LocalDate.of(2026, 2, 23))
                    .caseManagementHearingOn(hearing)
                    .build())
            .build();
    List<Deadline> deadlines =
        BuckinghamshireDeadlineRules.checkpoint1()
            .deadlinesFor(file, on(LocalDate.of(2026, 3, 12)));
    assertThat(deadlines).extracting(Deadline::dueDate).containsExactly(LocalDate.of(2026, 3, 25));
    assertThat(deadlines.get(0).metOn()).isEmpty();
    CaseFile heard =
        child("C2")
            .careProceedings(file.careProceedings().get(0))
            .appearedAt(
                BuckinghamshirePanels.COURT_PROGRESSION.id(),
                LocalDate.of(2026, 3, 26),
                "checkpoint-1")
            .build();
    LocalDate thu20260326 = LocalDate.of(2026, 3, 26);
    assertThat(
            BuckinghamshireDeadlineRules.checkpoint1()
                .deadlinesFor(heard, on(thu20260326))
                .get(0)
                .status(thu20260326))
        .isEqualTo(DeadlineStatus.MET_LATE);
  }

  @Test
  void test_s8FnB_ppmDueDayBeforeSecondReview() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 1, 5), LegalStatusCode.C1, PlacementCode.U4)
            .review(LocalDate.of(2026, 2, 2))
            .build();
    assertThat(
            BuckinghamshireDeadlineRules.permanencePlanningMeeting()
                .deadlinesFor(file, on(LocalDate.of(2026, 3, 1))))
        .extracting(Deadline::dueDate)
        .containsExactly(LocalDate.of(2026, 5, 1));
  }
}
