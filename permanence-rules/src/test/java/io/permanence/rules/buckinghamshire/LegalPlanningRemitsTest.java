package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.AUTHORITY;
import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalPlanningRemitsTest {

  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate TUE_2026_01_06 = LocalDate.of(2026, 1, 6);
  private static final LocalDate WED_2026_01_07 = LocalDate.of(2026, 1, 7);
  private static final LocalDate TUE_2026_01_13 = LocalDate.of(2026, 1, 13);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate TUE_2026_02_03 = LocalDate.of(2026, 2, 3);
  private static final LocalDate TUE_2026_02_10 = LocalDate.of(2026, 2, 10);
  private static final LocalDate TUE_2026_02_17 = LocalDate.of(2026, 2, 17);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  private static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate TUE_2026_05_05 = LocalDate.of(2026, 5, 5);
  private static final LocalDate TUE_2025_06_17 = LocalDate.of(2025, 6, 17);
  private static final LocalDate WED_2025_06_18 = LocalDate.of(2025, 6, 18);
  private static final String LPNAP = BuckinghamshirePanels.LEGAL_PLANNING.id();

  // ---------------------------------------------------------------- §6 consider(a)

  @Test
  void test_s6ConsiderA_s20EmergencyWithHeadOfService_referred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V2, PlacementCode.U6)
            .flag(CaseFlagType.BECAME_LOOKED_AFTER_BY_HEAD_OF_SERVICE_DECISION, MON_2026_03_16)
            .build();
    RemitDecision decision = decide("s20 emergency accommodation", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo("s20-emergency");
    assertThat(decision.citation().clause()).isEqualTo("§6 consider(a)");
    assertThat(decision.getReferral().paperwork())
        .containsExactly(BuckinghamshirePaperwork.LPNAP_BOOKING_FORM);
  }

  @Test
  void test_s6ConsiderA_s20WithoutHeadOfServiceDecision_notReferred() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V2, PlacementCode.U6).build();
    assertThat(decide("s20 emergency accommodation", file, TUE_2026_03_17).isMet()).isFalse();
  }

  // ---------------------------------------------------------------- §6 consider(b)

  @Test
  void test_s6ConsiderB_requestForNotLookedAfterChild_referredAndNoFgcFlagged() {
    CaseFile file = child("C1").flag(CaseFlagType.S20_REQUESTED, MON_2026_03_16).build();
    RemitDecision decision = decide("s20 or edge of care request", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("(no FGC recorded)");
    assertThat(decision.getReferral().paperwork()).contains(DocumentType.FGC_MINUTES);
  }

  @Test
  void test_s6ConsiderB_fgcMinutesOnFile_noFgcFlagAbsent() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.S20_REQUESTED, MON_2026_03_16)
            .document(DocumentType.FGC_MINUTES, MON_2026_03_16)
            .build();
    assertThat(decide("s20 or edge of care request", file, TUE_2026_03_17).reason())
        .doesNotContain("no FGC");
  }

  // ---------------------------------------------------------------- §6 consider(c)

  static Stream<Arguments> admissions() {
    return Stream.of(
        // became looked after on the cut-off date (Monday): heard the next day
        Arguments.of(MON_2026_03_16, TUE_2026_03_17, true),
        // became looked after on the Tuesday itself: after the cut-off, next week
        Arguments.of(TUE_2026_03_17, TUE_2026_03_17, false),
        Arguments.of(TUE_2026_03_17, TUE_2026_03_24, true));
  }

  @ParameterizedTest
  @MethodSource("admissions")
  void test_s6ConsiderC_newAdmission_cutOffEdge(
      LocalDate admitted, LocalDate meeting, boolean referred) {
    CaseFile file =
        child("C1").lookedAfterFrom(admitted, LegalStatusCode.C2, PlacementCode.U4).build();
    assertThat(decide("new admission into care", file, meeting).isMet()).isEqualTo(referred);
  }

  @Test
  void test_s6ConsiderC_heardAlready_notReferredAgain() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V2, PlacementCode.U4)
            .appearedAt(LPNAP, TUE_2026_03_17, "new-admissions")
            .build();
    RemitDecision decision = decide("new admission into care", file, TUE_2026_03_24);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("already heard on Tue 2026-03-17");
  }

  @Test
  void test_s6ConsiderC_shortBreaks_notAnAdmission() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V3, PlacementCode.U4).build();
    assertThat(decide("new admission into care", file, TUE_2026_03_17).isMet()).isFalse();
  }

  @Test
  void test_s6PapersPreamble_previousAttendance_minutesRequired() {
    CaseFile file =
        child("C1")
            .appearedAt(BuckinghamshirePanels.RESOURCE.id(), MON_2026_01_05, "placements")
            .lookedAfterFrom(MON_2026_03_16, LegalStatusCode.C2, PlacementCode.U4)
            .build();
    assertThat(decide("new admission into care", file, TUE_2026_03_17).getReferral().paperwork())
        .contains(DocumentType.PANEL_MINUTES);
  }

  // ---------------------------------------------------------------- §6 consider(d), (e), (f)

  @Test
  void test_s6ConsiderD_preProceedingsUnderConsideration_referredWithLpmPapers() {
    CaseFile file =
        child("C1").flag(CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION, MON_2026_03_16).build();
    RemitDecision decision = decide("legal planning meeting", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().paperwork())
        .contains(
            DocumentType.SWET,
            DocumentType.BIRTH_CERTIFICATE,
            DocumentType.CHILD_AND_FAMILY_ASSESSMENT,
            BuckinghamshirePaperwork.CP_CONFERENCE_MINUTES,
            DocumentType.LETTER_BEFORE_PROCEEDINGS);
  }

  @Test
  void test_s6ConsiderE_unbornBaby_referredWithoutBirthCertificate() {
    CaseFile file =
        Scenario.child("U1")
            .inAuthority("buckinghamshire")
            .unbornExpectedOn(LocalDate.of(2026, 6, 1))
            .flag(CaseFlagType.UNBORN_SIBLINGS_REMOVED, MON_2026_03_16)
            .build();
    RemitDecision decision = decide("unborn baby, siblings removed", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().paperwork())
        .contains(DocumentType.SWET)
        .doesNotContain(DocumentType.BIRTH_CERTIFICATE);
  }

  @Test
  void test_s6ConsiderF_relinquishedBaby_referred() {
    CaseFile file = child("C1").flag(CaseFlagType.RELINQUISHED_BABY, MON_2026_03_16).build();
    assertThat(decide("relinquished baby", file, TUE_2026_03_17).isMet()).isTrue();
    assertThat(decide("relinquished baby", child("C2").build(), TUE_2026_03_17).isMet()).isFalse();
  }

  // ---------------------------------------------------------------- §6 consider(g)

  static Stream<Arguments> agreedPeriods() {
    return Stream.of(
        // agreed period's last day Sunday 15th: beyond it on the Monday cut-off
        Arguments.of(MON_2026_03_16, true),
        // last day Monday 16th (the cut-off date): not yet beyond
        Arguments.of(TUE_2026_03_17, false));
  }

  @ParameterizedTest
  @MethodSource("agreedPeriods")
  void test_s6ConsiderG_s20BeyondAgreedPeriod_boundary(LocalDate agreedEnd, boolean referred) {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.U6)
            .flag(
                CaseFlag.builder()
                    .type(CaseFlagType.S20_AGREED_PERIOD)
                    .start(MON_2026_01_05)
                    .end(agreedEnd)
                    .build())
            .build();
    assertThat(decide("s20 beyond agreed period", file, TUE_2026_03_17).isMet())
        .isEqualTo(referred);
  }

  @Test
  void test_s6ConsiderG_noAgreedPeriodRecorded_notListedAndSaysDataQuality() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.U6).build();
    RemitDecision decision = decide("s20 beyond agreed period", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("data-quality");
  }

  // ---------------------------------------------------------------- §6 consider(h), (i), (j)

  static Stream<Arguments> ploWeek6() {
    return Stream.of(
        // PLO began Tuesday 6 Jan: week 6 is 10-16 Feb, the Tuesday 10 Feb is its first day
        Arguments.of(TUE_2026_01_06, TUE_2026_02_10, true),
        // PLO began Wednesday 7 Jan: Tuesday 10 Feb is the last day of week 5
        Arguments.of(WED_2026_01_07, TUE_2026_02_10, false),
        Arguments.of(WED_2026_01_07, TUE_2026_02_17, true),
        // missed in week 6: carried to the next LPNAP (week 7)
        Arguments.of(TUE_2026_01_06, TUE_2026_02_17, true),
        // PLO began Wednesday 7 Jan: Tuesday 3 Feb is week 4
        Arguments.of(WED_2026_01_07, TUE_2026_02_03, false));
  }

  @ParameterizedTest
  @MethodSource("ploWeek6")
  void test_s6ConsiderH_ploWeek6_weekBeginsWithStartDate(
      LocalDate ploStart, LocalDate meeting, boolean referred) {
    CaseFile file = child("C1").preProceedingsFrom(ploStart).build();
    assertThat(decide("PLO review week 6", file, meeting).isMet()).isEqualTo(referred);
  }

  @Test
  void test_s6ConsiderH_heardInWeek6_notCarried() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(LPNAP, TUE_2026_02_10, "plo-week-6")
            .build();
    assertThat(decide("PLO review week 6", file, TUE_2026_02_17).isMet()).isFalse();
  }

  @Test
  void test_s6ConsiderH_initialPloMeetingStartsWeek1() {
    // Decision Tue 6 Jan, initial PLO meeting Tue 13 Jan: week 6 begins Tue 17 Feb
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .preProceedingsMeeting(TUE_2026_01_13)
            .build();
    assertThat(decide("PLO review week 6", file, TUE_2026_02_10).isMet()).isFalse();
    assertThat(decide("PLO review week 6", file, TUE_2026_02_17).isMet()).isTrue();
  }

  @Test
  void test_s6ConsiderI_ploWeek12_boundary() {
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    // week 12 begins 6 Jan + 77 days = Tue 24 Mar
    assertThat(decide("PLO review week 12", file, TUE_2026_03_17).isMet()).isFalse();
    RemitDecision decision = decide("PLO review week 12", file, TUE_2026_03_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().paperwork()).contains(DocumentType.CHRONOLOGY);
  }

  @Test
  void test_s6ConsiderJ_exceeding12Weeks_reviewedAtWeek18() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(LPNAP, TUE_2026_03_24, "plo-week-12")
            .build();
    // week 13 to 17: not yet; week 18 begins 6 Jan + 119 days = Tue 5 May
    assertThat(decide("PLO exceeding 12 weeks", file, TUE_2026_03_31).isMet()).isFalse();
    assertThat(decide("PLO review week 12", file, TUE_2026_03_31).isMet()).isFalse();
    RemitDecision decision = decide("PLO exceeding 12 weeks", file, TUE_2026_05_05);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("week 18");
  }

  @Test
  void test_s6ConsiderH_notInPreProceedings_notReferred() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .careProceedingsIssued(TUE_2026_01_13)
            .build();
    assertThat(decide("PLO review week 6", file, TUE_2026_02_10).isMet()).isFalse();
  }

  // ---------------------------------------------------------------- §6 consider-PLO(a)-(d)

  @Test
  void test_s6ConsiderPloA_section37Direction_referred() {
    CaseFile file =
        child("C1").courtOrder(CourtOrderType.SECTION_37_DIRECTION, MON_2026_03_16).build();
    RemitDecision decision = decide("s37 notification", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().attendees())
        .contains(io.permanence.core.panel.Role.PLO_MANAGER);
  }

  static Stream<Arguments> supervisionOrders() {
    return Stream.of(
        // made Tue 17 Jun 2025: last day Tue 16 Jun 2026; 3 months before = Mon 16 Mar 2026,
        // the cut-off date of the LPNAP of Tue 17 Mar
        Arguments.of(TUE_2025_06_17, TUE_2026_03_17, true),
        // made a day later: 3 months before the last day is Tue 17 Mar, after the cut-off
        Arguments.of(WED_2025_06_18, TUE_2026_03_17, false),
        Arguments.of(WED_2025_06_18, TUE_2026_03_24, true));
  }

  @ParameterizedTest
  @MethodSource("supervisionOrders")
  void test_s6ConsiderPloB_supervisionOrderExpiringWithin3Months_boundary(
      LocalDate made, LocalDate meeting, boolean referred) {
    CaseFile file = child("C1").courtOrder(CourtOrderType.SUPERVISION, made).build();
    assertThat(decide("supervision order expiring", file, meeting).isMet()).isEqualTo(referred);
  }

  @Test
  void test_s6ConsiderPloB_extendedOrder_usesRecordedEnd() {
    // made 17 Jun 2025, ends (exclusive) 17 Dec 2026: last day 16 Dec, lead from 16 Sep
    CaseFile file =
        child("C1")
            .courtOrder(CourtOrderType.SUPERVISION, TUE_2025_06_17, LocalDate.of(2026, 12, 17))
            .build();
    assertThat(decide("supervision order expiring", file, TUE_2026_03_17).isMet()).isFalse();
    assertThat(decide("supervision order expiring", file, LocalDate.of(2026, 9, 22)).isMet())
        .isTrue();
  }

  @Test
  void test_s6ConsiderPloC_policeProtectionThenHome_referredWithCaseSummary() {
    CaseFile file =
        child("C1").flag(CaseFlagType.POLICE_PROTECTION_THEN_HOME_OR_S20, MON_2026_03_16).build();
    RemitDecision decision = decide("police protection then home or s20", file, TUE_2026_03_17);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().paperwork()).contains(DocumentType.CASE_SUMMARY);
  }

  static Stream<Arguments> uascRuns() {
    return Stream.of(
        // s20 from Mon 2 Feb: 42 days reached Mon 16 Mar, the cut-off date
        Arguments.of(MON_2026_02_02, true),
        // a day later: 41 days at the cut-off
        Arguments.of(TUE_2026_02_03, false));
  }

  @ParameterizedTest
  @MethodSource("uascRuns")
  void test_s6ConsiderPloD_uascS20SixWeeksOrMore_boundary(LocalDate from, boolean referred) {
    CaseFile file =
        child("C1").uasc().lookedAfterFrom(from, LegalStatusCode.V2, PlacementCode.U6).build();
    assertThat(decide("UASC s20 6 weeks or more", file, TUE_2026_03_17).isMet())
        .isEqualTo(referred);
  }

  @Test
  void test_s6ConsiderPloD_notUasc_notReferred() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_02_02, LegalStatusCode.V2, PlacementCode.U6).build();
    assertThat(decide("UASC s20 6 weeks or more", file, TUE_2026_03_17).isMet()).isFalse();
  }

  @Test
  void test_uascS20Threshold_setting_overridesSixWeeks() {
    CaseFile file =
        child("C1")
            .uasc()
            .lookedAfterFrom(TUE_2026_02_03, LegalStatusCode.V2, PlacementCode.U6)
            .build();
    var authority =
        BucksFixture.authority(
            AUTHORITY.settings().withText("buckinghamshire.uasc-s20-threshold", "P5W"));
    assertThat(decide(authority, "UASC s20 6 weeks or more", file, TUE_2026_03_17).isMet())
        .isTrue();
  }

  @Test
  void test_ploReviewWeeks_setting_overridesWeek6() {
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    var authority =
        BucksFixture.authority(
            AUTHORITY.settings().withText("buckinghamshire.plo-review-weeks", "4, 12"));
    // week 4 begins 6 Jan + 21 days = Tue 27 Jan
    assertThat(decide(authority, "PLO review week 6", file, LocalDate.of(2026, 1, 27)).isMet())
        .isTrue();
    assertThat(decide("PLO review week 6", file, LocalDate.of(2026, 1, 27)).isMet()).isFalse();
  }
}
