package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_03_19_A;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static io.permanence.rules.bcp.BcpFixtures.firstExclusion;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** s20 since Mon 2025-12-01; meeting Thu 2026-03-19 (cohort a), cut-off Mon 2026-03-16. */
class LgmS20AppropriateExclusionTest {

  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);

  private static Scenario s20() {
    return Scenario.child("C1")
        .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.C2, PlacementCode.U4)
        .legalStatusChange(MON_2025_12_01, LegalStatusCode.V2);
  }

  private static Optional<Exclusion> excluded(Authority authority, CaseFile file) {
    return firstExclusion(
        authority,
        file,
        decide(authority, "s20 after 12 weeks", file, THU_2026_03_19_A).getReferral(),
        THU_2026_03_19_A);
  }

  @Test
  void test_BCP_5_2_b_lgmDeterminedS20Appropriate_excluded() {
    CaseFile file =
        s20().flag(CaseFlagType.LEGAL_GATEWAY_S20_APPROPRIATE, LocalDate.of(2026, 2, 1)).build();
    Optional<Exclusion> exclusion = excluded(BCP, file);
    assertThat(exclusion).isPresent();
    assertThat(exclusion.get().reason())
        .contains(
            "Legal Gateway Meeting of Sun 2026-02-01 determined the appropriate legal status");
    assertThat(exclusion.get().citation().clause()).isEqualTo("§5.2(b)");
  }

  @Test
  void test_BCP_5_1_a_unlessLgm_determinationAfterCutOff_notExcluded() {
    CaseFile file =
        s20().flag(CaseFlagType.LEGAL_GATEWAY_S20_APPROPRIATE, LocalDate.of(2026, 3, 17)).build();
    assertThat(excluded(BCP, file)).isEmpty();
  }

  @Test
  void test_BCP_5_2_b_determinationOfAnEarlierS20Run_notExcluded() {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.V2, PlacementCode.U4)
            .flag(CaseFlagType.LEGAL_GATEWAY_S20_APPROPRIATE, LocalDate.of(2025, 7, 1))
            .legalStatusChange(LocalDate.of(2025, 9, 1), LegalStatusCode.C1)
            .legalStatusChange(MON_2025_12_01, LegalStatusCode.V2)
            .build();
    assertThat(excluded(BCP, file)).isEmpty();
  }

  @Test
  void test_BCP_5_2_b_validitySetting() {
    CaseFile file =
        s20().flag(CaseFlagType.LEGAL_GATEWAY_S20_APPROPRIATE, LocalDate.of(2026, 1, 16)).build();
    assertThat(excluded(BCP, file)).isPresent();
    Authority authority = bcp(defaults().withText("bcp.lgm-s20-determination-validity", "P2M"));
    // 2026-01-16 + 2 months = 2026-03-16, the cut-off date: no longer valid
    assertThat(excluded(authority, file)).isEmpty();
    Authority longer = bcp(defaults().withText("bcp.lgm-s20-determination-validity", "P3M"));
    assertThat(excluded(longer, file)).isPresent();
  }
}
