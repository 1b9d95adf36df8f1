package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_16;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_02_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.testkit.Scenario;
import org.junit.jupiter.api.Test;

class NorthSomersetTrackerTest {

  private final NorthSomersetTracker tracker = new NorthSomersetTracker();

  private static Scenario lookedAfter() {
    return child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4);
  }

  @Test
  void test_NSomerset_7_lookedAfter_tracked() {
    assertThat(tracker.includes(lookedAfter().build(), on(WED_2026_03_11))).isTrue();
  }

  @Test
  void test_NSomerset_7_longTermMatchWithoutLifeStoryWork_stillTracked() {
    CaseFile file = lookedAfter().longTermMatch(WED_2026_02_11).build();
    assertThat(tracker.includes(file, on(WED_2026_03_11))).isTrue();
  }

  @Test
  void test_NSomerset_5_f_s2_longTermMatchAndLifeStoryWork_leavesTracker() {
    CaseFile file =
        lookedAfter()
            .longTermMatch(WED_2026_02_11)
            .document(DocumentType.LIFE_STORY_WORK, MON_2026_03_02)
            .build();
    assertThat(tracker.includes(file, on(MON_2026_03_02.minusDays(1)))).isTrue();
    assertThat(tracker.includes(file, on(MON_2026_03_02))).isFalse();
  }

  @Test
  void test_NSomerset_7_trackerExitRatifiedOverride_leavesOnMatch() {
    CaseFile file = lookedAfter().longTermMatch(WED_2026_02_11).build();
    var settings =
        NorthSomersetProvider.exampleSettings().withText("north-somerset.tracker-exit", "RATIFIED");
    assertThat(tracker.includes(file, on(WED_2026_03_11, settings))).isFalse();
  }

  @Test
  void test_NSomerset_5_f_s2_adoptedWithoutLaterLifeLetter_stillTracked() {
    CaseFile file =
        lookedAfter()
            .courtOrder(CourtOrderType.ADOPTION, WED_2026_02_11)
            .ceasedToBeLookedAfter(WED_2026_02_11, ReasonEpisodeCeasedCode.E11)
            .document(DocumentType.LIFE_STORY_WORK, WED_2026_02_11)
            .build();
    assertThat(tracker.includes(file, on(WED_2026_03_11))).isTrue();
    CaseFile done =
        lookedAfter()
            .courtOrder(CourtOrderType.ADOPTION, WED_2026_02_11)
            .ceasedToBeLookedAfter(WED_2026_02_11, ReasonEpisodeCeasedCode.E11)
            .document(DocumentType.LIFE_STORY_WORK, WED_2026_02_11)
            .document(DocumentType.LATER_LIFE_LETTER, MON_2026_03_02)
            .build();
    assertThat(tracker.includes(done, on(WED_2026_03_11))).isFalse();
  }

  @Test
  void test_NSomerset_7_ploNotLookedAfter_trackedUntilPloEnds() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(MON_2026_01_05)
            .preProceedingsEnded(MON_2026_03_02, PreProceedingsOutcome.STEPPED_DOWN)
            .build();
    assertThat(tracker.includes(file, on(WED_2026_02_11))).isTrue();
    assertThat(tracker.includes(file, on(MON_2026_03_02))).isFalse();
  }

  @Test
  void test_NSomerset_7_proceedingsNotLookedAfter_tracked() {
    CaseFile file = child("C1").careProceedingsIssued(MON_2026_01_05).build();
    assertThat(tracker.includes(file, on(WED_2026_03_11))).isTrue();
  }

  @Test
  void test_NSomerset_7_shortBreaks_notTracked() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V4, PlacementCode.U4).build();
    assertThat(tracker.includes(file, on(WED_2026_03_11))).isFalse();
  }

  @Test
  void test_NSomerset_5_lead_entryDate_earliestOfUnbrokenPloAndCare() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(MON_2026_01_05)
            .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U6)
            .build();
    assertThat(NorthSomersetTracker.findEntryDate(file, MON_2026_03_16)).contains(MON_2026_01_05);
    assertThat(NorthSomersetTracker.findEntryDate(file, MON_2026_01_05.minusDays(1))).isEmpty();
  }
}
