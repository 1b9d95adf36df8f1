package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_03_19_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionsRecordedRuleTest {

  private static final ActionsRecordedRule RULE =
      BcpFixtures.deadlineRule(BCP, ActionsRecordedRule.class);
  private static final String PANEL = BcpAuthorityProvider.PANEL.id();
  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);

  private static Scenario appeared(LocalDate meeting) {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4)
        .appearedAt(PANEL, meeting, "cohort-a");
  }

  private static List<Deadline> deadlines(CaseFile file, LocalDate asOf) {
    return RULE.deadlinesFor(file, EvaluationContext.of(asOf, BCP.calendar(), BCP.settings()));
  }

  @Test
  void test_BCP_6_para2_s1_dueThreeWorkingDaysAfterThePanel() {
    List<Deadline> deadlines = deadlines(appeared(THU_2026_03_19_A).build(), THU_2026_03_19_A);
    assertThat(deadlines).extracting(Deadline::dueDate).containsExactly(TUE_2026_03_24);
    assertThat(deadlines.get(0).citation().clause()).isEqualTo("§6 ¶2 s1");
  }

  @Test
  void test_BCP_6_para2_s1_easterBankHolidaysSkipped() {
    LocalDate thu20260402 = LocalDate.of(2026, 4, 2);
    assertThat(deadlines(appeared(thu20260402).build(), thu20260402))
        .extracting(Deadline::dueDate)
        .containsExactly(LocalDate.of(2026, 4, 9));
  }

  @Test
  void test_BCP_6_para2_s1_recordedOnDueDate_met_dayAfter_metLate() {
    LocalDate asOf = LocalDate.of(2026, 3, 30);
    CaseFile onTime =
        appeared(THU_2026_03_19_A).document(BcpRecords.PANEL_ACTIONS_NOTE, TUE_2026_03_24).build();
    Deadline deadline = deadlines(onTime, asOf).get(0);
    assertThat(deadline.metOn()).contains(TUE_2026_03_24);
    assertThat(deadline.status(asOf)).isEqualTo(DeadlineStatus.MET);
    CaseFile late =
        appeared(THU_2026_03_19_A)
            .document(BcpRecords.PANEL_ACTIONS_NOTE, TUE_2026_03_24.plusDays(1))
            .build();
    assertThat(deadlines(late, asOf).get(0).status(asOf)).isEqualTo(DeadlineStatus.MET_LATE);
    CaseFile none = appeared(THU_2026_03_19_A).build();
    assertThat(deadlines(none, asOf).get(0).status(asOf)).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(deadlines(onTime, TUE_2026_03_24.minusDays(1)).get(0).metOn()).isEmpty();
  }

  @Test
  void test_BCP_6_para2_s1_futureAndOtherPanelsAppearancesIgnored() {
    CaseFile file =
        appeared(THU_2026_03_19_A)
            .appearedAt("bcp-legal-gateway", LocalDate.of(2026, 3, 10), "x")
            .build();
    assertThat(deadlines(file, LocalDate.of(2026, 3, 18))).isEmpty();
  }

  @Test
  void test_BCP_6_para2_s1_withinSetting() {
    var authority =
        BcpFixtures.bcp(
            BcpFixtures.defaults().withText("bcp.actions-recorded-within", "5 working days"));
    var rule = BcpFixtures.deadlineRule(authority, ActionsRecordedRule.class);
    assertThat(
            rule.deadlinesFor(
                appeared(THU_2026_03_19_A).build(),
                EvaluationContext.of(THU_2026_03_19_A, authority.calendar(), authority.settings())))
        .extracting(Deadline::dueDate)
        .containsExactly(LocalDate.of(2026, 3, 26));
  }

  @Test
  void test_BCP_6_para2_s1_ownerAndEscalation() {
    assertThat(RULE.owner()).isEqualTo(Role.PANEL_ADMINISTRATOR);
    assertThat(RULE.escalateTo()).contains(Role.SERVICE_MANAGER);
  }
}
