package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.AUTHORITY;
import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static io.permanence.rules.buckinghamshire.BucksFixture.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreventionResourcesExclusionTest {

  private static final LocalDate FRI_2026_03_13 = LocalDate.of(2026, 3, 13);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  private static Optional<Exclusion> evaluate(CaseFile file) {
    var referral = decide("resource panel financial request", file, MON_2026_03_16).getReferral();
    return new PreventionResourcesExclusion()
        .evaluate(
            file, referral, forMeeting(AUTHORITY, BuckinghamshirePanels.RESOURCE, MON_2026_03_16));
  }

  @Test
  void test_sLacpPara1S1_notLookedAfter_excludedWithReason() {
    CaseFile file = child("C1").flag(CaseFlagType.FUNDING_REQUESTED, FRI_2026_03_13).build();
    Optional<Exclusion> exclusion = evaluate(file);
    assertThat(exclusion).isPresent();
    assertThat(exclusion.get().reason()).contains("without waiting for panel");
    assertThat(exclusion.get().citation().clause()).isEqualTo("§LACP ¶1 s1");
  }

  @Test
  void test_sLacpPara1S1_lookedAfter_notExcluded() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 1, 5), LegalStatusCode.C2, PlacementCode.K2)
            .flag(CaseFlagType.FUNDING_REQUESTED, FRI_2026_03_13)
            .build();
    assertThat(evaluate(file)).isEmpty();
  }
}
