package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdmTimetableRuleTest {

  private static final LocalDate FRI_2026_05_01 = LocalDate.of(2026, 5, 1);
  private static final LocalDate THU_2026_04_30 = LocalDate.of(2026, 4, 30);
  private static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  private final AdmTimetableRule rule = new AdmTimetableRule();

  private static Scenario inProceedings(PermanenceOption primary, PermanenceOption contingency) {
    CareProceedings.Builder proceedings = CareProceedings.builder();
    proceedings
        .decisionToIssueOn(MON_2026_01_05)
        .decisionForum(DecisionForum.LEGAL_PLANNING_MEETING)
        .issuedOn(MON_2026_01_05)
        .finalEvidenceDueOn(FRI_2026_05_01)
        .issuesResolutionHearingOn(LocalDate.of(2026, 5, 20));
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U5)
        .plan(MON_2026_01_05, primary, contingency)
        .careProceedings(proceedings.build());
  }

  @Test
  void test_Knowsley_Part_1_s3_c_admDueByFinalEvidence() {
    Deadline deadline =
        rule.deadlinesFor(
                inProceedings(PermanenceOption.REUNIFICATION, PermanenceOption.ADOPTION).build(),
                on(MON_2026_05_04))
            .get(0);
    assertThat(deadline.dueDate()).isEqualTo(FRI_2026_05_01);
    assertThat(deadline.status(MON_2026_05_04)).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(deadline.trace()).contains("final evidence on Fri 2026-05-01");
    assertThat(deadline.citation().toString()).isEqualTo("Knowsley §Part 1 s3(c)");
  }

  @Test
  void test_Knowsley_Part_1_s3_c_admHeldDayBefore_met() {
    CaseFile file =
        inProceedings(PermanenceOption.ADOPTION, PermanenceOption.LONG_TERM_FOSTERING)
            .adoption(AdoptionMilestones.builder().decisionToPlaceOn(THU_2026_04_30).build())
            .build();
    assertThat(rule.deadlinesFor(file, on(MON_2026_05_04)).get(0).status(MON_2026_05_04))
        .isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_Knowsley_Part_1_s3_c_leadOverride_twoWeeksBefore() {
    var settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.adm-lead-before-final-evidence", "P14D");
    Deadline deadline =
        rule.deadlinesFor(
                inProceedings(PermanenceOption.ADOPTION, PermanenceOption.LONG_TERM_FOSTERING)
                    .build(),
                on(MON_2026_05_04, settings))
            .get(0);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
  }

  @Test
  void test_Knowsley_Part_1_s3_c_noAdoptionInPlan_noDeadline() {
    assertThat(
            rule.deadlinesFor(
                inProceedings(PermanenceOption.REUNIFICATION, PermanenceOption.LONG_TERM_FOSTERING)
                    .build(),
                on(MON_2026_05_04)))
        .isEmpty();
  }
}
