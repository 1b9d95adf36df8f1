package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_01_20;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import org.junit.jupiter.api.Test;

class Part3RemitsTest {

  private final Authority authority = KnowsleyFixtures.authority();
  private final Remit remit =
      Part3Remits.placedWithParents(
          authority.getPanel(Knowsley.PANEL).getHeading("part-3"),
          authority.getPanel(Knowsley.PANEL).schedule());

  private static CaseFile placedWithParents(LegalStatusCode status) {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, status, PlacementCode.U4)
        .placementChange(TUE_2026_01_20, PlacementCode.P1)
        .appearedAt(Knowsley.PANEL.id(), TUE_2026_02_17, "part-3")
        .build();
  }

  @Test
  void test_Knowsley_Part_3_s1_placedWithParents_reviewedAtEveryMeeting() {
    RemitDecision decision =
        remit.evaluate(placedWithParents(LegalStatusCode.C1), forMeeting(TUE_2026_03_17));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().acceptsMeetingOn(TUE_2026_03_17)).isTrue();
    assertThat(decision.citation().toString()).isEqualTo("Knowsley §Part 3 s1");
  }

  @Test
  void test_Knowsley_Part_3_s2_careOrder_revocationQuestionInReason() {
    assertThat(
            remit
                .evaluate(placedWithParents(LegalStatusCode.C2), forMeeting(TUE_2026_03_17))
                .reason())
        .contains("under a care order: is revocation appropriate?");
    assertThat(
            remit
                .evaluate(placedWithParents(LegalStatusCode.C1), forMeeting(TUE_2026_03_17))
                .reason())
        .doesNotContain("revocation");
  }

  @Test
  void test_Knowsley_Part_3_s1_legalStatusesOverride_icoNotReviewed() {
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.part3-legal-statuses", "C2");
    assertThat(
            remit
                .evaluate(
                    placedWithParents(LegalStatusCode.C1), forMeeting(TUE_2026_03_17, settings))
                .isMet())
        .isFalse();
    assertThat(
            remit
                .evaluate(
                    placedWithParents(LegalStatusCode.C2), forMeeting(TUE_2026_03_17, settings))
                .isMet())
        .isTrue();
  }

  @Test
  void test_Knowsley_Part_3_s1_oncePerPlacementOverride_alreadyHeard() {
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.part3-interval", "ONCE_PER_TRIGGER");
    assertThat(
            remit
                .evaluate(
                    placedWithParents(LegalStatusCode.C2), forMeeting(TUE_2026_03_17, settings))
                .isMet())
        .isFalse();
  }

  @Test
  void test_Knowsley_Part_3_s1_fosterPlacement_notPart3() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4).build();
    assertThat(remit.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isFalse();
  }
}
