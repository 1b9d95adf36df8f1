package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.THU_2026_02_05_E;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.decide;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static io.permanence.rules.bcp.BcpFixtures.firstExclusion;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meeting Thu 2026-02-05 (cohort e), cut-off Mon 2026-02-02: ages are taken that day. */
class AgedSeventeenExclusionTest {

  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);

  private static Optional<Exclusion> excluded(Authority authority, LocalDate born) {
    CaseFile file =
        Scenario.child("C1")
            .bornOn(born)
            .lookedAfterFrom(LocalDate.of(2025, 3, 1), LegalStatusCode.C2, PlacementCode.U4)
            .build();
    return firstExclusion(
        authority,
        file,
        decide(authority, "no permanence plan", file, THU_2026_02_05_E).getReferral(),
        THU_2026_02_05_E);
  }

  @Test
  void test_BCP_5_2_c_aged17_excluded() {
    Optional<Exclusion> exclusion = excluded(BCP, MON_2026_02_02.minusYears(17));
    assertThat(exclusion).isPresent();
    assertThat(exclusion.get().reason())
        .isEqualTo(
            "aged 17: accommodation and support needs are reviewed at the Placement and Resource"
                + " Panel");
    assertThat(exclusion.get().citation()).isEqualTo(BcpAuthorityProvider.cite("§5.2(c)"));
  }

  @Test
  void test_BCP_5_2_c_aged16DayBefore17thBirthday_notExcluded() {
    assertThat(excluded(BCP, MON_2026_02_02.minusYears(17).plusDays(1))).isEmpty();
  }

  @Test
  void test_BCP_1_para7_aged18_excludedForTheAccommodationPathwayPanel() {
    Optional<Exclusion> exclusion = excluded(BCP, MON_2026_02_02.minusYears(18));
    assertThat(exclusion).get().extracting(e -> e.citation().clause()).isEqualTo("§1 ¶7");
    assertThat(exclusion.get().reason()).contains("aged 18").contains("Accommodation Pathway");
  }

  @Test
  void test_BCP_5_2_c_reasonSetting() {
    Authority authority =
        bcp(defaults().withText("bcp.aged-17-exclusion-reason", "aged 17: see the APP"));
    assertThat(excluded(authority, MON_2026_02_02.minusYears(17)))
        .get()
        .extracting(Exclusion::reason)
        .isEqualTo("aged 17: see the APP");
  }
}
