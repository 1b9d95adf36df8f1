package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_03_02;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_10;
import static io.permanence.rules.knowsley.KnowsleyFixtures.WED_2026_03_11;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiblingPapersTest {

  private static CaseFile sibling(String id, String group) {
    var scenario = child(id).lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4);
    if (group != null) {
      scenario.inSiblingGroup(group);
    }
    return scenario.build();
  }

  @Test
  void test_Knowsley_Admin_3_consolidatedSiblingReport_satisfiesEachSibling() {
    CaseFile elder = sibling("C1", "G1");
    CaseFile younger =
        child("C2")
            .inSiblingGroup("G1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .document(DocumentType.CARE_PLAN, MON_2026_03_02)
            .build();
    assertThat(
            SiblingPapers.findPaper(
                elder,
                List.of(elder, younger),
                DocumentType.CARE_PLAN,
                TUE_2026_03_10,
                KnowsleyProvider.exampleSettings()))
        .contains(DocumentOnFile.of(DocumentType.CARE_PLAN, MON_2026_03_02));
  }

  @Test
  void test_Knowsley_Admin_3_notASibling_orAfterCutOff_orSwitchedOff_missing() {
    CaseFile child = sibling("C1", "G1");
    CaseFile stranger =
        child("C3")
            .inSiblingGroup("G2")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .document(DocumentType.CARE_PLAN, MON_2026_03_02)
            .build();
    CaseFile lateSibling =
        child("C2")
            .inSiblingGroup("G1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .document(DocumentType.CARE_PLAN, WED_2026_03_11)
            .build();
    var settings = KnowsleyProvider.exampleSettings();
    assertThat(
            SiblingPapers.findPaper(
                child,
                List.of(stranger, lateSibling),
                DocumentType.CARE_PLAN,
                TUE_2026_03_10,
                settings))
        .isEmpty();
    CaseFile sibling =
        child("C2")
            .inSiblingGroup("G1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .document(DocumentType.CARE_PLAN, MON_2026_03_02)
            .build();
    var off = settings.withText("knowsley.sibling-consolidated-reports", "false");
    assertThat(
            SiblingPapers.findPaper(
                child, List.of(sibling), DocumentType.CARE_PLAN, TUE_2026_03_10, off))
        .isEmpty();
  }
}
