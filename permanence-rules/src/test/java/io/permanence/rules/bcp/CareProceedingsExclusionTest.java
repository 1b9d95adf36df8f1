package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_01_15_B;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_02_05_E;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static io.permanence.rules.bcp.BcpFixtures.firstExclusion;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Referral;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CareProceedingsExclusionTest {

  private static final String PWP = "placed with parents under a care order";

  /** Placed with parents under a care order, with care proceedings issued again (discharge). */
  private static Scenario inProceedings() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.P1)
        .careProceedingsDecided(LocalDate.of(2025, 11, 1), DecisionForum.LEGAL_GATEWAY_MEETING)
        .careProceedingsIssued(LocalDate.of(2025, 11, 20));
  }

  private static Optional<Exclusion> excluded(
      Authority authority, CaseFile file, String remit, LocalDate meeting) {
    Referral referral = decide(authority, remit, file, meeting).getReferral();
    return firstExclusion(authority, file, referral, meeting);
  }

  @Test
  void test_BCP_5_2_a_inCareProceedingsWithPlan_excluded() {
    CaseFile file =
        inProceedings().plan(LocalDate.of(2025, 6, 1), PermanenceOption.REUNIFICATION).build();
    Optional<Exclusion> exclusion = excluded(BCP, file, PWP, THU_2026_01_15_B);
    assertThat(exclusion).isPresent();
    assertThat(exclusion.get().reason())
        .isEqualTo("in care proceedings: care plan reviewed at the Legal Gateway Meeting");
    assertThat(exclusion.get().citation()).isEqualTo(BcpAuthorityProvider.cite("§5.2(a)"));
    assertThat(exclusion.get().remit()).isEqualTo(PWP);
  }

  @Test
  void test_BCP_5_2_a_inCareProceedingsWithoutPlan_notExcluded() {
    CaseFile file = inProceedings().build();
    assertThat(excluded(BCP, file, PWP, THU_2026_01_15_B)).isEmpty();
    assertThat(excluded(BCP, file, "no permanence plan", THU_2026_02_05_E)).isEmpty();
  }

  @Test
  void test_BCP_5_2_a_noPlanCohortOnlySetting() {
    Authority authority =
        bcp(
            defaults()
                .withText("bcp.proceedings-exclusion-lifted-when-no-plan", "NO_PLAN_COHORT_ONLY"));
    CaseFile file = inProceedings().build();
    assertThat(excluded(authority, file, PWP, THU_2026_01_15_B))
        .get()
        .extracting(Exclusion::reason)
        .asString()
        .contains("cohort (e) only");
    assertThat(excluded(authority, file, "no permanence plan", THU_2026_02_05_E)).isEmpty();
  }

  @Test
  void test_BCP_5_2_a_interimCareOrderWithoutProceedingsRecord_countsAsProceedings() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C1, PlacementCode.U4)
            .plan(LocalDate.of(2025, 6, 1), PermanenceOption.REUNIFICATION)
            .build();
    assertThat(excluded(BCP, file, "plan of reunification", LocalDate.of(2026, 1, 22))).isPresent();
  }

  @Test
  void test_BCP_5_2_a_proceedingsConcluded_notExcluded() {
    CaseFile file =
        inProceedings()
            .finalOrder(LocalDate.of(2026, 1, 5))
            .plan(LocalDate.of(2025, 6, 1), PermanenceOption.REUNIFICATION)
            .build();
    assertThat(excluded(BCP, file, PWP, THU_2026_01_15_B)).isEmpty();
  }
}
