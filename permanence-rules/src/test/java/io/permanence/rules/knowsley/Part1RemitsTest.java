package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_04_21;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Part1RemitsTest {

  private final Remit placementOrder = Part1Remits.placementOrder(Knowsley.part(1, false));
  private final Remit ico = Part1Remits.interimCareOrderUnderFive(Knowsley.part(1, false));
  private final Remit adoption = Part1Remits.planMayBeAdoption(Knowsley.part(1, false));

  @Test
  void test_Knowsley_Part_1_s2_placementOrder_listedAtEveryMeeting() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.E1, PlacementCode.A4).build();
    RemitDecision march = placementOrder.evaluate(file, forMeeting(TUE_2026_03_17));
    RemitDecision april = placementOrder.evaluate(file, forMeeting(TUE_2026_04_21));
    assertThat(march.isMet()).isTrue();
    assertThat(april.isMet()).isTrue();
    assertThat(march.getReferral().acceptsMeetingOn(TUE_2026_03_17)).isTrue();
    assertThat(march.getReferral().acceptsMeetingOn(TUE_2026_04_21)).isFalse();
    assertThat(april.getReferral().acceptsMeetingOn(TUE_2026_04_21)).isTrue();
    assertThat(march.citation().toString()).isEqualTo("Knowsley §Part 1 s2");
  }

  @Test
  void test_Knowsley_Part_1_s2_careOrderNotPlacementOrder_notListed() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4).build();
    assertThat(placementOrder.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Part_1_s3_a_icoAged4OnCutOff_listed_aged5_not() {
    // The cut-off of the 17 March meeting is Tue 10 March.
    CaseFile four =
        child("C1")
            .bornOn(LocalDate.of(2021, 3, 11))
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .build();
    CaseFile five =
        child("C2")
            .bornOn(LocalDate.of(2021, 3, 10))
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .build();
    assertThat(ico.evaluate(four, forMeeting(TUE_2026_03_17)).isMet()).isTrue();
    RemitDecision notMet = ico.evaluate(five, forMeeting(TUE_2026_03_17));
    assertThat(notMet.isMet()).isFalse();
    assertThat(notMet.reason()).contains("aged 5");
  }

  @Test
  void test_Knowsley_Part_1_s3_b_contingencyAdoption_listed() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .plan(MON_2026_01_05, PermanenceOption.REUNIFICATION, PermanenceOption.ADOPTION)
            .build();
    RemitDecision decision = adoption.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).startsWith("contingency plan of adoption");
  }

  @Test
  void test_Knowsley_Purpose_F3_primaryOnlyOverride_contingencyNotListed() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .plan(MON_2026_01_05, PermanenceOption.REUNIFICATION, PermanenceOption.ADOPTION)
            .build();
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.part1-plan-match", "PRIMARY");
    assertThat(adoption.evaluate(file, forMeeting(TUE_2026_03_17, settings)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Part_1_s3_b_noAdoptionInPlan_notListed() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .plan(
                MON_2026_01_05,
                PermanenceOption.REUNIFICATION,
                PermanenceOption.LONG_TERM_FOSTERING)
            .build();
    assertThat(adoption.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isFalse();
  }
}
