package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_15_B;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_02_19_B;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_03_26_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions agreed at Thu 2026-01-15 (cohort b); the cohort's next meetings are 02-19, 03-26. */
class TrackerUpdatedRuleTest {

  private static Scenario withAction() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.P1)
        .decision(ReviewOfActionsRemitTest.decisionOn(THU_2026_01_15_B));
  }

  private static TrackerUpdatedRule rule(Authority authority) {
    return BcpFixtures.deadlineRule(authority, TrackerUpdatedRule.class);
  }

  private static List<Deadline> deadlines(Authority authority, CaseFile file, LocalDate asOf) {
    return rule(authority)
        .deadlinesFor(file, EvaluationContext.of(asOf, authority.calendar(), authority.settings()));
  }

  @Test
  void test_BCP_6_para4_s2_dueByTheStartOfTheCohortsNextMeeting() {
    List<Deadline> deadlines =
        deadlines(
            BCP,
            withAction().action(ReviewOfActionsRemitTest.ppm()).build(),
            LocalDate.of(2026, 2, 1));
    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).dueDate()).isEqualTo(THU_2026_02_19_B);
    assertThat(deadlines.get(0).dueTime()).contains(LocalTime.of(13, 0));
    assertThat(deadlines.get(0).startDate()).isEqualTo(THU_2026_01_15_B);
    assertThat(deadlines.get(0).citation().clause()).isEqualTo("§6 ¶4 s2");
  }

  @Test
  void test_BCP_6_para4_s2_eachCycleWhileOpen() {
    List<Deadline> deadlines =
        deadlines(
            BCP,
            withAction().action(ReviewOfActionsRemitTest.ppm()).build(),
            LocalDate.of(2026, 2, 20));
    assertThat(deadlines)
        .extracting(Deadline::dueDate)
        .containsExactly(THU_2026_02_19_B, THU_2026_03_26_B);
    assertThat(deadlines.get(1).startDate()).isEqualTo(THU_2026_02_19_B);
  }

  @Test
  void test_BCP_6_para4_s2_updatedBeforeTheMeeting_met_notUpdated_overdue() {
    LocalDate asOf = LocalDate.of(2026, 2, 20);
    CaseFile updated =
        withAction()
            .action(ReviewOfActionsRemitTest.ppm())
            .document(BcpRecords.TRACKER_UPDATE, THU_2026_02_19_B)
            .build();
    Deadline first = deadlines(BCP, updated, asOf).get(0);
    assertThat(first.metOn()).contains(THU_2026_02_19_B);
    assertThat(first.status(asOf)).isEqualTo(DeadlineStatus.MET);
    CaseFile updatedTooEarly =
        withAction()
            .action(ReviewOfActionsRemitTest.ppm())
            .document(BcpRecords.TRACKER_UPDATE, THU_2026_01_15_B)
            .build();
    assertThat(deadlines(BCP, updatedTooEarly, asOf).get(0).status(asOf))
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_BCP_6_para4_s2_actionsDone_noFurtherDeadlines() {
    CaseFile done =
        withAction()
            .action(ReviewOfActionsRemitTest.ppm().withDone(LocalDate.of(2026, 2, 1)))
            .build();
    assertThat(deadlines(BCP, done, LocalDate.of(2026, 4, 1)))
        .extracting(Deadline::dueDate)
        .containsExactly(THU_2026_02_19_B);
    CaseFile doneOnTheDay =
        withAction().action(ReviewOfActionsRemitTest.ppm().withDone(THU_2026_01_15_B)).build();
    assertThat(deadlines(BCP, doneOnTheDay, LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Test
  void test_BCP_6_para4_s2_cutOffSetting() {
    Authority authority =
        BcpFixtures.bcp(BcpFixtures.defaults().withText("bcp.tracker-update-due", "CUT_OFF"));
    Deadline deadline =
        deadlines(
                authority,
                withAction().action(ReviewOfActionsRemitTest.ppm()).build(),
                LocalDate.of(2026, 2, 1))
            .get(0);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(deadline.dueTime()).contains(LocalTime.NOON);
  }

  @Test
  void test_BCP_6_para4_s2_traceNamesTheMeetings() {
    List<Deadline> deadlines =
        deadlines(
            BCP,
            withAction().action(ReviewOfActionsRemitTest.ppm()).build(),
            LocalDate.of(2026, 2, 20));
    assertThat(deadlines)
        .extracting(Deadline::trace)
        .containsExactly(
            "actions agreed Thu 2026-01-15 under cohort (b); the cohort's next meeting after Thu"
                + " 2026-01-15 is Thu 2026-02-19 13:00 (PT4H) → update by its start",
            "actions agreed Thu 2026-01-15 under cohort (b); the cohort's next meeting after Thu"
                + " 2026-02-19 is Thu 2026-03-26 13:00 (PT4H) → update by its start");
    assertThat(deadlines.get(1).startEvent()).isEqualTo("Previous Permanence Panel for cohort (b)");
  }

  @Test
  void test_BCP_6_para4_s2_traceNamesAMovedMeetingAndTheCutOff() {
    // Thu 2025-11-27 is cohort (e); the cohort's next meeting, New Year's Day, moves to Fri.
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.P1)
            .decision(ReviewOfActionsRemitTest.decisionOn(LocalDate.of(2025, 11, 27)))
            .action(ReviewOfActionsRemitTest.ppm())
            .build();
    assertThat(deadlines(BCP, file, LocalDate.of(2025, 12, 1)).get(0).trace())
        .isEqualTo(
            "actions agreed Thu 2025-11-27 under cohort (e); the cohort's next meeting after Thu"
                + " 2025-11-27 is Fri 2026-01-02 13:00 (PT4H, moved from Thu 2026-01-01) →"
                + " update by its start");
    Authority cutOff =
        BcpFixtures.bcp(BcpFixtures.defaults().withText("bcp.tracker-update-due", "CUT_OFF"));
    assertThat(deadlines(cutOff, file, LocalDate.of(2025, 12, 1)).get(0).trace())
        .endsWith(
            "is Fri 2026-01-02 13:00 (PT4H, moved from Thu 2026-01-01) → update by its cut-off "
                + BcpFixtures.panel(cutOff).referralCutOff());
  }
}
