package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.SAT_2026_03_21;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreProceedingsConsideredRemitTest {

  private final PreProceedingsConsideredRemit remit =
      remit(BARNET, PreProceedingsConsideredRemit.NAME);

  @Test
  void test_Barnet_Remit_2a_consideredIsListedUnder2a() {
    CaseFile file =
        child("C1").flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, FRI_2026_03_20).build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).getReferral().heading().id())
        .isEqualTo(BarnetPanels.REMIT_2A);
    CaseFile later =
        child("C2").flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, SAT_2026_03_21).build();
    assertThat(evaluate(remit, later, TUE_2026_03_24).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_2a_inPreProceedingsIsReviewedUnder3a() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, LocalDate.of(2026, 3, 2))
            .preProceedingsFrom(LocalDate.of(2026, 3, 16))
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).reason()).contains("remit 3(a)");
  }

  @Test
  void test_Barnet_Remit_2a_lookedAfterListedUnlessSettingSaysOtherwise() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 1, 5), LegalStatusCode.V2, PlacementCode.U3)
            .flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, FRI_2026_03_20)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isTrue();
    Authority strict =
        BarnetFixtures.withSetting("barnet.at-risk-requires-not-looked-after", "true");
    assertThat(
            remit(strict, PreProceedingsConsideredRemit.NAME)
                .evaluate(file, forMeeting(strict, planningPanel(strict), TUE_2026_03_24))
                .isMet())
        .isFalse();
  }
}
