package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.legal.DecisionForum;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CareProceedingsConsideredRemitTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  private final CareProceedingsConsideredRemit remit =
      remit(BARNET, CareProceedingsConsideredRemit.NAME);

  @Test
  void test_Barnet_Remit_2b_consideredIsListedUnder2b() {
    CaseFile file =
        child("C1").flag(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, MON_2026_03_16).build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).getReferral().heading().id())
        .isEqualTo(BarnetPanels.REMIT_2B);
    assertThat(evaluate(remit, file, TUE_2026_03_24).citation())
        .isEqualTo(Barnet.cite("§Remit 2(b)"));
  }

  @Test
  void test_Barnet_Remit_2b_decisionToIssueMovesTo3b() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, MON_2026_03_16)
            .careProceedingsDecided(FRI_2026_03_20, DecisionForum.PANEL)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).reason()).contains("remit 3(b)");
    // a decision after the cut-off is not known at it
    CaseFile later =
        child("C2")
            .flag(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, MON_2026_03_16)
            .careProceedingsDecided(LocalDate.of(2026, 3, 21), DecisionForum.PANEL)
            .build();
    assertThat(evaluate(remit, later, TUE_2026_03_24).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_2b_issuedIsNotAtRisk() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, MON_2026_03_16)
            .careProceedingsIssued(LocalDate.of(2026, 3, 25))
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isTrue();
    assertThat(evaluate(remit, file, TUE_2026_03_31).reason())
        .isEqualTo("Care proceedings issued on Wed 2026-03-25");
  }
}
