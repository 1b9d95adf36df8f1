package io.permanence.rules.barnet;

import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.LegalStatusCode.V3;
import static io.permanence.core.reference.PlacementCode.U3;
import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.WED_2026_03_18;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Referral;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortBreaksExclusionTest {

  private final BecameLookedAfterRemit bla = remit(BARNET, BecameLookedAfterRemit.NAME);
  private final ExclusionPolicy policy = BARNET.exclusions().get(0);

  private Optional<Exclusion> exclusion(CaseFile file, java.time.LocalDate meeting) {
    EvaluationContext context = forMeeting(meeting);
    Referral referral = bla.evaluate(file, context).getReferral();
    return policy.evaluate(file, referral, context);
  }

  @Test
  void test_Barnet_Remit_1_s2_shortBreaksAreNotComingIntoCare() {
    CaseFile file = child("C1").lookedAfterFrom(WED_2026_03_18, V3, U3).build();
    Exclusion exclusion = exclusion(file, TUE_2026_03_31).orElseThrow();
    assertThat(exclusion.policy()).isEqualTo(ShortBreaksExclusion.NAME);
    assertThat(exclusion.remit()).isEqualTo(BecameLookedAfterRemit.NAME);
    assertThat(exclusion.citation()).isEqualTo(Barnet.cite("§Remit 1 s2"));
    assertThat(exclusion.reason()).contains("short breaks (V3)");
  }

  @Test
  void test_Barnet_Remit_1_s2_section20IsNotExcluded() {
    CaseFile file = child("C1").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    assertThat(exclusion(file, TUE_2026_03_31)).isEmpty();
  }

  @Test
  void test_evaluate_otherRemitsAreNotGuarded() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, V3, U3)
            .flag(
                CaseFlagType.FLAGGED_FOR_SCRUTINY,
                FRI_2026_03_20,
                io.permanence.core.panel.Role.HEAD_OF_SERVICE)
            .build();
    EvaluationContext context = forMeeting(TUE_2026_03_24);
    Referral scrutiny = remit(BARNET, ScrutinyRemit.NAME).evaluate(file, context).getReferral();
    assertThat(policy.evaluate(file, scrutiny, context)).isEmpty();
  }
}
