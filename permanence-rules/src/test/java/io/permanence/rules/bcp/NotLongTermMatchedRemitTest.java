package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_29_D;
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

/** Meeting Thu 2026-01-29 considers cohort (d); its cut-off is Mon 2026-01-26 12:00. */
class NotLongTermMatchedRemitTest {

  private static final String REMIT = "not long-term matched";
  private static final LocalDate MON_2026_01_26 = LocalDate.of(2026, 1, 26);

  private static Scenario fostered(PlacementCode code, PermanenceOption plan) {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, code)
        .plan(LocalDate.of(2025, 6, 1), plan);
  }

  @Test
  void test_BCP_5_1_d_longTermFosteringPlanNotMatched_referred() {
    RemitDecision decision =
        decide(
            BCP,
            REMIT,
            fostered(PlacementCode.U6, PermanenceOption.LONG_TERM_FOSTERING).build(),
            THU_2026_01_29_D);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("cohort-d");
    assertThat(decision.reason()).contains("U6").contains("no long-term match");
  }

  @Test
  void test_BCP_5_1_d_longTermCodeU4WithoutMatch_countsAsNotMatched() {
    RemitDecision decision =
        decide(
            BCP,
            REMIT,
            fostered(PlacementCode.U4, PermanenceOption.LONG_TERM_FOSTERING).build(),
            THU_2026_01_29_D);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("the placement code says long-term fostering");
  }

  @Test
  void test_BCP_5_1_d_matchedOnCutOffDay_notReferred_matchedDayAfter_referred() {
    CaseFile matchedOnCutOff =
        fostered(PlacementCode.U4, PermanenceOption.LONG_TERM_FOSTERING)
            .longTermMatch(MON_2026_01_26)
            .build();
    RemitDecision decision = decide(BCP, REMIT, matchedOnCutOff, THU_2026_01_29_D);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("long-term matched");
    CaseFile matchedAfter =
        fostered(PlacementCode.U4, PermanenceOption.LONG_TERM_FOSTERING)
            .longTermMatch(MON_2026_01_26.plusDays(1))
            .build();
    assertThat(decide(BCP, REMIT, matchedAfter, THU_2026_01_29_D).isMet()).isTrue();
  }

  @Test
  void test_BCP_5_1_d_otherPlan_onlyWithAllFosteredSetting() {
    CaseFile file = fostered(PlacementCode.U3, PermanenceOption.ADOPTION).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_01_29_D).isMet()).isFalse();
    var authority = bcp(defaults().withText("bcp.not-matched-cohort", "ALL_FOSTERED"));
    RemitDecision decision = decide(authority, REMIT, file, THU_2026_01_29_D);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("ranks 3 of 4").contains("reunification");
  }

  @Test
  void test_BCP_5_1_d_notFostered_notReferred() {
    CaseFile file = fostered(PlacementCode.K2, PermanenceOption.LONG_TERM_FOSTERING).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_01_29_D).reason())
        .contains("not in a foster placement");
  }
}
