package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_15_B;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Meeting Thu 2026-01-15 considers cohort (b); its cut-off is Mon 2026-01-12 12:00. */
class PlacedWithParentsRemitTest {

  private static final String REMIT = "placed with parents under a care order";
  private static final LocalDate MON_2026_01_12 = LocalDate.of(2026, 1, 12);

  private static CaseFile placedWithParents(LegalStatusCode status, LocalDate from) {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), status, PlacementCode.U4)
        .placementChange(from, PlacementCode.P1)
        .build();
  }

  @Test
  void test_BCP_5_1_b_placedWithParentsUnderCareOrder_referred() {
    RemitDecision decision =
        decide(BCP, REMIT, placedWithParents(LegalStatusCode.C2, MON_2026_01_12), THU_2026_01_15_B);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("cohort-b");
    assertThat(decision.reason()).contains("P1").contains("since Mon 2026-01-12");
    assertThat(decision.citation().clause()).isEqualTo("§5.1(b)");
  }

  @Test
  void test_BCP_5_1_b_placedWithParentsAfterCutOff_notReferred() {
    RemitDecision decision =
        decide(
            BCP,
            REMIT,
            placedWithParents(LegalStatusCode.C2, MON_2026_01_12.plusDays(1)),
            THU_2026_01_15_B);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("not placed with parents");
  }

  @Test
  void test_BCP_5_1_b_interimCareOrder_notReferredByDefault_settingAddsIt() {
    CaseFile file = placedWithParents(LegalStatusCode.C1, MON_2026_01_12);
    assertThat(decide(BCP, REMIT, file, THU_2026_01_15_B).isMet()).isFalse();
    var authority = bcp(defaults().withText("bcp.pwp-legal-statuses", "C1, C2"));
    assertThat(decide(authority, REMIT, file, THU_2026_01_15_B).isMet()).isTrue();
  }

  @Test
  void test_BCP_5_1_b_careOrderNotPlacedWithParents_notReferred() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4)
            .build();
    assertThat(decide(BCP, REMIT, file, THU_2026_01_15_B).reason()).contains("placement U4");
  }
}
