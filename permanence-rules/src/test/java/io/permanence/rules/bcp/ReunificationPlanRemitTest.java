package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_22_C;
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

/** Meeting Thu 2026-01-22 considers cohort (c); its cut-off is Mon 2026-01-19 12:00. */
class ReunificationPlanRemitTest {

  private static final String REMIT = "plan of reunification";
  private static final LocalDate MON_2026_01_19 = LocalDate.of(2026, 1, 19);

  private static Scenario inCare() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4);
  }

  @Test
  void test_BCP_5_1_c_planOfReunification_referred() {
    CaseFile file = inCare().plan(MON_2026_01_19, PermanenceOption.REUNIFICATION).build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_01_22_C);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("cohort-c");
    assertThat(decision.reason()).doesNotContain("order of preference");
  }

  @Test
  void test_BCP_5_1_c_planRecordedAfterCutOff_notReferred() {
    CaseFile file =
        inCare().plan(MON_2026_01_19.plusDays(1), PermanenceOption.REUNIFICATION).build();
    assertThat(decide(BCP, REMIT, file, THU_2026_01_22_C).isMet()).isFalse();
  }

  @Test
  void test_BCP_5_1_c_planChangedFromReunification_notReferred() {
    CaseFile file =
        inCare()
            .plan(LocalDate.of(2025, 6, 1), PermanenceOption.REUNIFICATION)
            .plan(LocalDate.of(2025, 12, 1), PermanenceOption.ADOPTION)
            .build();
    RemitDecision decision = decide(BCP, REMIT, file, THU_2026_01_22_C);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("permanence plan adoption");
  }

  @Test
  void test_BCP_5_1_c_contingencyOfReunification_onlyWithSetting() {
    CaseFile file =
        inCare()
            .plan(
                LocalDate.of(2025, 6, 1),
                PermanenceOption.LONG_TERM_FOSTERING,
                PermanenceOption.REUNIFICATION)
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_01_22_C).isMet()).isFalse();
    var authority = bcp(defaults().withText("bcp.reunification-includes-contingency", "true"));
    RemitDecision decision = decide(authority, REMIT, file, THU_2026_01_22_C);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason())
        .contains("contingency plan of reunification")
        .contains("ranks 4 of 4 in the order of preference");
  }
}
