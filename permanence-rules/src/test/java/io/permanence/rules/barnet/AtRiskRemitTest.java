package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.SAT_2026_03_21;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_17;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AtRiskRemitTest {

  private final AtRiskRemit remit = remit(BARNET, AtRiskRemit.NAME);

  @Test
  void test_Barnet_Remit_1_s1a_flagRaisedByTheCutOffIsListed() {
    // raised on the cut-off day (Fri 20) of Tue 24: listed at Tue 24 (I-COM-13)
    CaseFile file =
        child("C1").flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, FRI_2026_03_20).build();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo(BarnetPanels.REMIT_1);
    assertThat(decision.citation()).isEqualTo(Barnet.cite("§Remit 1 s1(a)"));
    assertThat(decision.reason()).isEqualTo("At risk of coming into care since Fri 2026-03-20");
    assertThat(evaluate(remit, file, TUE_2026_03_17).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_1_s1a_flagRaisedAfterTheCutOffWaitsAWeek() {
    CaseFile file =
        child("C1").flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, SAT_2026_03_21).build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isFalse();
    assertThat(evaluate(remit, file, TUE_2026_03_31).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_1_s1a_listedOnceUntilHeard() {
    CaseFile heard =
        child("C1")
            .flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, FRI_2026_03_20)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_24, "remit-1")
            .build();
    assertThat(evaluate(remit, heard, TUE_2026_03_31).isMet()).isFalse();
    CaseFile unheard =
        child("C2").flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, FRI_2026_03_20).build();
    assertThat(evaluate(remit, unheard, TUE_2026_03_31).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_1_s1a_remit2ReasonsListedUnderRemit2() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, FRI_2026_03_20)
            .flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, FRI_2026_03_20)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).reason()).contains("remit 2");
  }

  @Test
  void test_Barnet_Remit_1_s1a_alreadyLookedAfter() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 1, 5), LegalStatusCode.V2, PlacementCode.U3)
            .flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, FRI_2026_03_20)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isFalse();
  }
}
