package io.permanence.rules.barnet;

import static io.permanence.core.reference.LegalStatusCode.C2;
import static io.permanence.core.reference.PlacementCode.H5;
import static io.permanence.core.reference.PlacementCode.K2;
import static io.permanence.core.reference.PlacementCode.K3;
import static io.permanence.core.reference.PlacementCode.P2;
import static io.permanence.core.reference.PlacementCode.T1;
import static io.permanence.core.reference.PlacementCode.U3;
import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_10;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_17;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.RemitDecision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentialPlacementRemitTest {

  private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);
  private static final LocalDate WED_2025_03_19 = LocalDate.of(2025, 3, 19);
  private static final LocalDate THU_2025_03_20 = LocalDate.of(2025, 3, 20);

  private final ResidentialPlacementRemit remit = remit(BARNET, ResidentialPlacementRemit.NAME);

  @Test
  void test_Barnet_Remit_3c_strictlyLongerThan12Months() {
    // K2 from Mon 10 March 2025: 12 months on Tue 10 March 2026, longer from Wed 11
    CaseFile file = child("C1").lookedAfterFrom(MON_2025_03_10, C2, K2).build();
    assertThat(evaluate(remit, file, TUE_2026_03_10).isMet()).isFalse();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo(BarnetPanels.REMIT_3C);
    assertThat(decision.reason())
        .isEqualTo(
            "In residential or semi-independent placements since Mon 2025-03-10, longer than 12"
                + " months from Wed 2026-03-11");
  }

  @Test
  void test_Barnet_Remit_3c_longerThan12MonthsOnTheCutOffDay() {
    // cut-off of Tue 24 March 2026 is Fri 20: from Wed 19 March 2025 → longer on Fri 20
    assertThat(
            evaluate(
                    remit,
                    child("C1").lookedAfterFrom(WED_2025_03_19, C2, K2).build(),
                    TUE_2026_03_24)
                .isMet())
        .isTrue();
    assertThat(
            evaluate(
                    remit,
                    child("C2").lookedAfterFrom(THU_2025_03_20, C2, K2).build(),
                    TUE_2026_03_24)
                .isMet())
        .isFalse();
  }

  @Test
  void test_Barnet_Remit_3c_runSpansMovesAndTemporaryAbsences() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2025_03_10, C2, K2)
            .placementChange(LocalDate.of(2025, 8, 1), T1)
            .placementChange(LocalDate.of(2025, 8, 10), H5)
            .placementChange(LocalDate.of(2025, 12, 1), K3)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_17).isMet()).isTrue();
    Authority single = BarnetFixtures.withSetting("barnet.residential-run-spans-moves", "false");
    assertThat(
            remit(single, ResidentialPlacementRemit.NAME)
                .evaluate(file, forMeeting(single, planningPanel(single), TUE_2026_03_17))
                .reason())
        .contains("since Mon 2025-12-01");
  }

  @Test
  void test_Barnet_Remit_3c_fosterPlacementBreaksTheRun() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2025_03_10, C2, K2)
            .placementChange(LocalDate.of(2025, 6, 1), U3)
            .placementChange(LocalDate.of(2025, 7, 1), K2)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_17).reason())
        .contains("since Tue 2025-07-01: not longer than 12 months until Thu 2026-07-02");
  }

  @Test
  void test_Barnet_Remit_3c_independentLivingOnlyByOverride() {
    CaseFile file = child("C1").lookedAfterFrom(MON_2025_03_10, C2, P2).build();
    assertThat(evaluate(remit, file, TUE_2026_03_17).isMet()).isFalse();
    Authority withP2 = BarnetFixtures.withSetting("barnet.semi-independent-codes", "H5, K3, P2");
    assertThat(
            remit(withP2, ResidentialPlacementRemit.NAME)
                .evaluate(file, forMeeting(withP2, planningPanel(withP2), TUE_2026_03_17))
                .isMet())
        .isTrue();
  }

  @Test
  void test_Barnet_Remit_3c_listedOncePerRunUnlessReReviewSet() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2025_03_10, C2, K2)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_17, "remit-3c")
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_24).isMet()).isFalse();
    Authority again = BarnetFixtures.withSetting("barnet.residential-re-review-interval", "P2W");
    ResidentialPlacementRemit reReview = remit(again, ResidentialPlacementRemit.NAME);
    assertThat(
            reReview
                .evaluate(file, forMeeting(again, planningPanel(again), TUE_2026_03_24))
                .isMet())
        .isFalse();
    assertThat(
            reReview
                .evaluate(file, forMeeting(again, planningPanel(again), TUE_2026_03_31))
                .isMet())
        .isTrue();
  }

  @Test
  void test_Barnet_Remit_3c_thresholdSetting() {
    Authority six = BarnetFixtures.withSetting("barnet.residential-threshold", "P6M");
    CaseFile file = child("C1").lookedAfterFrom(LocalDate.of(2025, 9, 1), C2, K2).build();
    assertThat(evaluate(remit, file, TUE_2026_03_10).isMet()).isFalse();
    assertThat(
            remit(six, ResidentialPlacementRemit.NAME)
                .evaluate(file, forMeeting(six, planningPanel(six), TUE_2026_03_10))
                .isMet())
        .isTrue();
  }
}
