package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.SAT_2026_03_21;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.WED_2026_03_18;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import org.junit.jupiter.api.Test;

class RemandRemitTest {

  private final RemandRemit remit = remit(BARNET, RemandRemit.NAME);

  @Test
  void test_Barnet_Remit_2c_remandJ1IsListedWithTheYotManager() {
    CaseFile file =
        child("C1").lookedAfterFrom(WED_2026_03_18, LegalStatusCode.J1, PlacementCode.K2).build();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).isEqualTo("Remanded since Wed 2026-03-18");
    assertThat(decision.getReferral().heading().attendees()).contains(Barnet.YOT_MANAGER);
    assertThat(decision.citation().status()).isEqualTo(Citation.SourceStatus.UNVERIFIED);
    CaseFile after =
        child("C2").lookedAfterFrom(SAT_2026_03_21, LegalStatusCode.J1, PlacementCode.K2).build();
    assertThat(evaluate(remit, after, TUE_2026_03_24).isMet()).isFalse();
    assertThat(evaluate(remit, after, TUE_2026_03_31).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_2c_flagWithoutLegalStatus() {
    CaseFile file = child("C1").flag(CaseFlagType.REMANDED_LASPO_S23, FRI_2026_03_20).build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isTrue();
    assertThat(evaluate(remit, child("C2").build(), TUE_2026_03_24).reason())
        .isEqualTo("Not remanded");
  }

  @Test
  void test_Barnet_Remit_2c_remandTypesSetting() {
    Authority ydaOnly =
        BarnetFixtures.withSetting("barnet.remand-types", "YOUTH_DETENTION_ACCOMMODATION");
    RemandRemit strict = remit(ydaOnly, RemandRemit.NAME);
    CaseFile laAccommodation =
        child("C1").lookedAfterFrom(WED_2026_03_18, LegalStatusCode.J1, PlacementCode.K2).build();
    CaseFile yoi =
        child("C2").lookedAfterFrom(WED_2026_03_18, LegalStatusCode.J1, PlacementCode.R5).build();
    assertThat(
            strict
                .evaluate(
                    laAccommodation, forMeeting(ydaOnly, planningPanel(ydaOnly), TUE_2026_03_24))
                .isMet())
        .isFalse();
    assertThat(
            strict
                .evaluate(yoi, forMeeting(ydaOnly, planningPanel(ydaOnly), TUE_2026_03_24))
                .isMet())
        .isTrue();
  }

  @Test
  void test_Barnet_Remit_2c_listedOncePerRemand() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, LegalStatusCode.J1, PlacementCode.K2)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_24, "remit-2c")
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_31).isMet()).isFalse();
  }
}
