package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.THU_2026_03_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_04;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_08;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_05_13;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_06_10;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Referral;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewEntrantRemitTest {

  private final NewEntrantRemit remit = new NewEntrantRemit();

  @Test
  void test_NSomerset_6_s2_lookedAfterOnCutOffDay_nextPanel() {
    CaseFile file =
        child("C1").lookedAfterFrom(WED_2026_03_04, LegalStatusCode.V2, PlacementCode.U6).build();
    RemitDecision decision = remit.evaluate(file, forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isTrue();
    Referral referral = decision.getReferral();
    assertThat(referral.acceptsMeetingOn(WED_2026_03_11)).isTrue();
    assertThat(referral.heading()).isEqualTo(NorthSomerset.NEW_ENTRANTS);
    assertThat(referral.reason()).contains("became looked after on Wed 2026-03-04");
    assertThat(referral.citation().toString()).isEqualTo("NSomerset §6 s2");
  }

  @Test
  void test_NSomerset_6_s2_lookedAfterDayAfterCutOff_followingPanel() {
    CaseFile file =
        child("C1").lookedAfterFrom(THU_2026_03_05, LegalStatusCode.V2, PlacementCode.U6).build();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11)).isMet()).isFalse();
    RemitDecision april = remit.evaluate(file, forMeeting(WED_2026_04_08));
    assertThat(april.isMet()).isTrue();
    assertThat(april.getReferral().earliestMeeting()).isEqualTo(THU_2026_03_05);
    assertThat(april.getReferral().latestMeetingExclusive()).isEqualTo(LocalDate.of(2026, 6, 6));
  }

  @Test
  void test_NSomerset_6_s2_nextAvailableMeetingOverride_eventAfterCutOffStillListed() {
    CaseFile file =
        child("C1").lookedAfterFrom(THU_2026_03_05, LegalStatusCode.V2, PlacementCode.U6).build();
    AuthoritySettings settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.next-available", "MEETING_ON_OR_AFTER_EVENT");
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11, settings)).isMet()).isTrue();
  }

  @Test
  void test_NSomerset_6_s2_ploNotLookedAfter_listed() {
    CaseFile file = child("C1").preProceedingsFrom(MON_2026_03_02).build();
    RemitDecision decision = remit.evaluate(file, forMeeting(WED_2026_03_11));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("entered pre-proceedings (PLO) on Mon 2026-03-02");
  }

  @Test
  void test_NSomerset_6_s2_proceedingsIssuedWithoutPlo_listedUnlessTriggerSwitchedOff() {
    CaseFile file = child("C1").careProceedingsIssued(MON_2026_03_02).build();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11)).isMet()).isTrue();
    AuthoritySettings settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.new-entry-triggers", "LOOKED_AFTER, PLO");
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11, settings)).isMet()).isFalse();
  }

  @Test
  void test_NSomerset_6_s2_alreadyPresented_notListedAgain() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U6)
            .appearedAt(NorthSomerset.PANEL.id(), WED_2026_03_11, "new-entrants")
            .build();
    RemitDecision decision = remit.evaluate(file, forMeeting(WED_2026_04_08));
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("last presented on Wed 2026-03-11");
  }

  @Test
  void test_NSomerset_6_s2_notPresentedWithinThreeMonths_leftToTwoMonthlyHeading() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U6).build();
    // The window ends on 2 June, 3 months after 2 March: 13 May is in it, 10 June is not.
    assertThat(remit.evaluate(file, forMeeting(WED_2026_05_13)).isMet()).isTrue();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_06_10)).isMet()).isFalse();
  }

  @Test
  void test_NSomerset_6_s2_shortBreaks_notANewEntrant() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V3, PlacementCode.U6).build();
    assertThat(remit.evaluate(file, forMeeting(WED_2026_03_11)).isMet()).isFalse();
  }
}
