package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_29_D;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_02_05_E;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Meeting Thu 2026-02-05 considers cohort (e); its cut-off is Mon 2026-02-02 12:00. */
class NoPermanencePlanRemitTest {

  private static final String REMIT = "no permanence plan";
  private static final String PANEL = BcpAuthorityProvider.PANEL.id();

  private static Scenario inCare() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4);
  }

  @Test
  void test_BCP_5_1_e_noPlanRecorded_referred() {
    RemitDecision decision = decide(BCP, REMIT, inCare().build(), THU_2026_02_05_E);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("cohort-e");
    assertThat(decision.reason()).contains("no permanence plan recorded");
  }

  @Test
  void test_BCP_5_1_e_planRecordedAsOther_referred_unlessSettingSaysOtherIsAPlan() {
    CaseFile file = inCare().plan(LocalDate.of(2025, 6, 1), PermanenceOption.OTHER).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_02_05_E).isMet()).isTrue();
    var authority = bcp(defaults().withText("common.no-plan-includes-other", "false"));
    assertThat(decide(authority, REMIT, file, THU_2026_02_05_E).isMet()).isFalse();
  }

  @Test
  void test_BCP_5_1_e_hasPlan_notReferred() {
    CaseFile file = inCare().plan(LocalDate.of(2025, 6, 1), PermanenceOption.ADOPTION).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_02_05_E).isMet()).isFalse();
  }

  @Test
  void test_BCP_5_1_e_reviewedInCohortDLastWeek_notReferred() {
    CaseFile file = inCare().appearedAt(PANEL, THU_2026_01_29_D, "cohort-d").build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_02_05_E);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("reviewed under cohort-d on Thu 2026-01-29");
  }

  @Test
  void test_BCP_5_1_e_recentlyReviewed_fiveWeeksBoundary() {
    // 35 days before Thu 2026-02-05 is Thu 2026-01-01: still "recent"; the day before is not
    CaseFile onBoundary = inCare().appearedAt(PANEL, LocalDate.of(2026, 1, 1), "cohort-a").build();
    assertThat(decide(BCP, REMIT, onBoundary, THU_2026_02_05_E).isMet()).isFalse();
    CaseFile dayBefore = inCare().appearedAt(PANEL, LocalDate.of(2025, 12, 31), "cohort-a").build();
    assertThat(decide(BCP, REMIT, dayBefore, THU_2026_02_05_E).isMet()).isTrue();
  }

  @Test
  void test_BCP_5_1_e_reviewedUnderCohortEOrAnotherPanel_stillReferred() {
    CaseFile file =
        inCare()
            .appearedAt(PANEL, LocalDate.of(2026, 1, 22), "review-of-actions")
            .appearedAt("bcp-legal-gateway", LocalDate.of(2026, 1, 28), "cohort-a")
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_02_05_E).isMet()).isTrue();
  }

  @Test
  void test_BCP_5_1_e_recentlyReviewedWithinSetting() {
    CaseFile file = inCare().appearedAt(PANEL, LocalDate.of(2026, 1, 15), "cohort-b").build();
    var authority = bcp(defaults().withText("bcp.recently-reviewed-within", "P2W"));
    assertThat(decide(authority, REMIT, file, THU_2026_02_05_E).isMet()).isTrue();
    assertThat(decide(BCP, REMIT, file, THU_2026_02_05_E).isMet()).isFalse();
  }
}
