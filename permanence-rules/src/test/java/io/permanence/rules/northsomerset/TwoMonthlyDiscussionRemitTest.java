package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.FRI_2026_02_27;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.SAT_2026_02_28;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.TUE_2026_04_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_01_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_02_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_15;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.forMeeting;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import org.junit.jupiter.api.Test;

class TwoMonthlyDiscussionRemitTest {

  private final TwoMonthlyDiscussionRemit remit = new TwoMonthlyDiscussionRemit();

  private static Scenario discussedOnJan14() {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
        .appearedAt(NorthSomerset.PANEL.id(), WED_2026_01_14, "new-entrants");
  }

  @Test
  void test_NSomerset_6_s1_windowOpensTwoMonthsLessFourteenDays() {
    CaseFile file = discussedOnJan14().build();
    // L = 14 Jan: at risk 14 March; window opens 28 February.
    assertThat(remit.evaluate(file, on(FRI_2026_02_27)).isMet()).isFalse();
    RemitDecision open = remit.evaluate(file, on(SAT_2026_02_28));
    assertThat(open.isMet()).isTrue();
    assertThat(open.getReferral().earliestMeeting()).isEqualTo(SAT_2026_02_28);
    assertThat(open.reason()).contains("last discussed Wed 2026-01-14").contains("Tue 2026-04-14");
  }

  @Test
  void test_NSomerset_6_s1_everyOtherMonthlyMeeting() {
    CaseFile file = discussedOnJan14().build();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_02_11)).isMet()).isFalse();
    RemitDecision march = remit.evaluate(file, forMeeting(WED_2026_03_11));
    assertThat(march.isMet()).isTrue();
    assertThat(march.getReferral().acceptsMeetingOn(WED_2026_03_11)).isTrue();
    assertThat(march.getReferral().heading()).isEqualTo(NorthSomerset.TWO_MONTHLY);
  }

  @Test
  void test_NSomerset_6_s3_notDiscussedWithinThreeMonths_overdueAndStillListed() {
    CaseFile file = discussedOnJan14().build();
    assertThat(remit.evaluate(file, on(TUE_2026_04_14)).reason()).doesNotContain("overdue");
    RemitDecision late = remit.evaluate(file, on(WED_2026_04_15));
    assertThat(late.isMet()).isTrue();
    assertThat(late.reason()).contains("overdue since Wed 2026-04-15");
    assertThat(late.getReferral().acceptsMeetingOn(WED_2026_04_15)).isTrue();
  }

  @Test
  void test_NSomerset_6_s1_neverDiscussed_countsFromTrackerEntry() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4).build();
    RemitDecision decision = remit.evaluate(file, forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("on the tracker since Mon 2026-01-05");
  }

  @Test
  void test_NSomerset_6_s1_firstDiscussionAnchorOverride_neverDiscussedNotListedHere() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4).build();
    AuthoritySettings settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.first-discussion-anchor", "FIRST_DISCUSSION");
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11, settings)).isMet()).isFalse();
  }

  @Test
  void test_NSomerset_6_s1_earlyToleranceOverride_windowOpensLater() {
    CaseFile file = discussedOnJan14().build();
    AuthoritySettings settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.bi-monthly-early-tolerance", "P0D");
    assertThat(remit.evaluate(file, on(SAT_2026_02_28, settings)).isMet()).isFalse();
    assertThat(remit.evaluate(file, on(NorthSomersetFixtures.SAT_2026_03_14, settings)).isMet())
        .isTrue();
  }

  @Test
  void test_NSomerset_7_ratifiedAndLifeStoryDone_noLongerDiscussed() {
    CaseFile file =
        discussedOnJan14()
            .longTermMatch(WED_2026_02_11)
            .document(DocumentType.LIFE_STORY_WORK, WED_2026_02_11)
            .build();
    RemitDecision decision = remit.evaluate(file, forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).isEqualTo("not on the Permanency Planning Tracker");
  }
}
