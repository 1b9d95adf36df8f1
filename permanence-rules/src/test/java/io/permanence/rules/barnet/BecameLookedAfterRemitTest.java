package io.permanence.rules.barnet;

import static io.permanence.core.reference.LegalStatusCode.C2;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.PlacementCode.U3;
import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_10;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_17;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_04_07;
import static io.permanence.rules.barnet.BarnetFixtures.WED_2026_03_18;
import static io.permanence.rules.barnet.BarnetFixtures.WED_2026_03_25;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Referral;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.generators.Generators;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BecameLookedAfterRemitTest {

  private static final LocalDate TUE_2026_03_03 = LocalDate.of(2026, 3, 3);
  private static final LocalDate WED_2023_12_13 = LocalDate.of(2023, 12, 13);
  private static final LocalDate TUE_2023_12_19 = LocalDate.of(2023, 12, 19);
  private static final LocalDate WED_2023_12_20 = LocalDate.of(2023, 12, 20);
  private static final LocalDate WED_2023_12_27 = LocalDate.of(2023, 12, 27);
  private static final LocalDate TUE_2024_01_02 = LocalDate.of(2024, 1, 2);

  private final BecameLookedAfterRemit remit = remit(BARNET, BecameLookedAfterRemit.NAME);

  static Stream<Arguments> data_presentation() {
    return Stream.of(
        // the window Wed 2026-03-18 .. Tue 2026-03-24 17:00 closes on Tue 24: presented Tue 31
        Arguments.of(TUE_2026_03_17, TUE_2026_03_24),
        Arguments.of(WED_2026_03_18, TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 19), TUE_2026_03_31),
        Arguments.of(FRI_2026_03_20, TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 21), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 22), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 23), TUE_2026_03_31),
        Arguments.of(TUE_2026_03_24, TUE_2026_03_31),
        Arguments.of(WED_2026_03_25, TUE_2026_04_07),
        // Boxing Day 2023 (Tuesday): the meeting moves to Wednesday 27
        Arguments.of(WED_2023_12_13, WED_2023_12_27),
        Arguments.of(TUE_2023_12_19, WED_2023_12_27),
        // the meeting moved off the closing Tuesday is not after the window: the next one is
        Arguments.of(WED_2023_12_20, TUE_2024_01_02));
  }

  @ParameterizedTest
  @MethodSource("data_presentation")
  void test_Barnet_Remit_1_s3_presentedOnTheTuesdayAfterTheWindow(
      LocalDate becameLookedAfter, LocalDate presented) {
    assertThat(remit.findPresentationMeeting(becameLookedAfter))
        .map(ScheduledMeeting::date)
        .contains(presented);
    CaseFile file = child("C1").lookedAfterFrom(becameLookedAfter, C2, U3).build();
    RemitDecision atPresentation = evaluate(remit, file, presented);
    assertThat(atPresentation.isMet()).isTrue();
    assertThat(atPresentation.getReferral().earliestMeeting()).isEqualTo(presented);
    assertThat(atPresentation.getReferral().latestMeetingExclusive())
        .isEqualTo(presented.plusDays(1));
    assertThat(evaluate(remit, file, nextMeetingAfter(presented)).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_1_s3_law_presentedOnATuesday7To13DaysLaterBeforeHolidayMoves() {
    qt().withExamples(500)
        .forAll(Generators.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)))
        .checkAssert(
            bla -> {
              ScheduledMeeting meeting = remit.findPresentationMeeting(bla).orElseThrow();
              LocalDate scheduled = meeting.movedFrom().orElse(meeting.date());
              assertThat(scheduled.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
              assertThat(ChronoUnit.DAYS.between(bla, scheduled)).isBetween(7L, 13L);
              assertThat(EW.isWorkingDay(meeting.date())).isTrue();
              assertThat(ChronoUnit.DAYS.between(scheduled, meeting.date())).isBetween(0L, 3L);
            });
  }

  @Test
  void test_Barnet_Remit_1_s3_windowClosesTuesday1700() {
    assertThat(remit.windowClose(WED_2026_03_18))
        .isEqualTo(ZonedDateTime.of(TUE_2026_03_24, LocalTime.of(17, 0), WorkingCalendars.LONDON));
    assertThat(remit.windowClose(TUE_2026_03_24).toLocalDate()).isEqualTo(TUE_2026_03_24);
    assertThat(remit.windowClose(WED_2026_03_25).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void test_Barnet_Remit_1_s3_tuesdayDateOnlyAfterCloseSetting() {
    Authority after =
        BarnetFixtures.withSetting("barnet.bla-date-only-on-close-day", "AFTER_CLOSE");
    BecameLookedAfterRemit afterClose = remit(after, BecameLookedAfterRemit.NAME);
    assertThat(afterClose.findPresentationMeeting(TUE_2026_03_24))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_04_07);
    assertThat(afterClose.findPresentationMeeting(LocalDate.of(2026, 3, 23)))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_03_31);
  }

  @Test
  void test_Barnet_Remit_1_s3_windowCloseSetting() {
    Authority monday = BarnetFixtures.withSetting("barnet.bla-window-close", "MONDAY 12:00");
    BecameLookedAfterRemit mondayClose = remit(monday, BecameLookedAfterRemit.NAME);
    // window closes Mon 23: presented at the first Tuesday after, the 24th
    assertThat(mondayClose.findPresentationMeeting(WED_2026_03_18))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_03_24);
  }

  @Test
  void test_Barnet_Remit_1_s3_nextAvailableMeetingSetting() {
    Authority next =
        BarnetFixtures.withSetting("barnet.bla-presentation", "NEXT_AVAILABLE_MEETING");
    BecameLookedAfterRemit nextAvailable = remit(next, BecameLookedAfterRemit.NAME);
    // the cut-off Fri 20 17:00 of Tue 24 has not passed on Wed 18 or Fri 20; it has on Sat 21
    assertThat(nextAvailable.findPresentationMeeting(WED_2026_03_18))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_03_24);
    assertThat(nextAvailable.findPresentationMeeting(FRI_2026_03_20))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_03_24);
    assertThat(nextAvailable.findPresentationMeeting(LocalDate.of(2026, 3, 21)))
        .map(ScheduledMeeting::date)
        .contains(TUE_2026_03_31);
  }

  @Test
  void test_Barnet_Remit_1_s3_notAtTheMeetingBeforeThePresentation() {
    // came into care before the cut-off of Tue 24, but is presented at Tue 31
    CaseFile file = child("C1").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_24);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("Tue 2026-03-31");
  }

  @Test
  void test_Barnet_Remit_1_s3_referralCarriesReasonHeadingAndCitation() {
    CaseFile file =
        child("C1").inSiblingGroup("S1").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    Referral referral = evaluate(remit, file, TUE_2026_03_31).getReferral();
    assertThat(referral.heading().id()).isEqualTo(BarnetPanels.REMIT_1);
    assertThat(referral.citation()).isEqualTo(Barnet.cite("§Remit 1 s3"));
    assertThat(referral.siblingGroup()).isPresent();
    assertThat(referral.reason())
        .isEqualTo(
            "Became looked after on Wed 2026-03-18: BLA window closed Tue 2026-03-24 17:00,"
                + " presented at the first panel after it");
  }

  @Test
  void test_Barnet_Remit_1_s1b_headOfServiceDecisionOutsidePanel() {
    CaseFile byHos =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, V2, U3)
            .flag(CaseFlagType.BECAME_LOOKED_AFTER_BY_HEAD_OF_SERVICE_DECISION, WED_2026_03_18)
            .build();
    CaseFile other = child("C2").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    assertThat(evaluate(remit, byHos, TUE_2026_03_31).reason())
        .contains("following a Head of Service decision made outside panel");
    assertThat(evaluate(remit, other, TUE_2026_03_31).isMet()).isTrue();

    Authority requiring =
        BarnetFixtures.withSetting("barnet.bla-requires-hos-decision-outside-panel", "true");
    BecameLookedAfterRemit strict = remit(requiring, BecameLookedAfterRemit.NAME);
    EvaluationContext context =
        forMeeting(requiring, BarnetFixtures.planningPanel(requiring), TUE_2026_03_31);
    assertThat(strict.evaluate(byHos, context).isMet()).isTrue();
    assertThat(strict.evaluate(other, context).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_1_s2_presentedEvenIfCeasedBeforePanel() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, V2, U3)
            .ceasedToBeLookedAfter(FRI_2026_03_20, ReasonEpisodeCeasedCode.E13)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_31).isMet()).isTrue();

    Authority notCeased = BarnetFixtures.withSetting("barnet.bla-present-if-ceased", "false");
    RemitDecision decision =
        remit(notCeased, BecameLookedAfterRemit.NAME)
            .evaluate(
                file,
                forMeeting(notCeased, BarnetFixtures.planningPanel(notCeased), TUE_2026_03_31));
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("left care on Fri 2026-03-20");
  }

  @Test
  void test_Barnet_Remit_1_s2_alreadyPresentedIsNotListedAgain() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, V2, U3)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_24, "remit-1")
            .build();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_31);
    assertThat(decision.isMet()).isFalse();
    assertThat(decision.reason()).contains("already presented");
  }

  @Test
  void test_Barnet_Remit_1_s2_reEntryIsPresentedAgain() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 3, 2), V2, U3)
            .ceasedToBeLookedAfter(LocalDate.of(2026, 3, 4), ReasonEpisodeCeasedCode.E13)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_10, "remit-1")
            .lookedAfterFrom(LocalDate.of(2026, 3, 19), V2, U3)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_10).isMet()).isTrue();
    assertThat(evaluate(remit, file, TUE_2026_03_17).isMet()).isFalse();
    assertThat(evaluate(remit, file, TUE_2026_03_31).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_1_s2_notLookedAfter() {
    CaseFile file = child("C1").build();
    assertThat(evaluate(remit, file, TUE_2026_03_31).reason()).isEqualTo("Has not come into care");
  }

  @Test
  void test_evaluate_withoutMeetingUsesTheNextAvailableMeeting() {
    CaseFile file = child("C1").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    // Thu 26: the next meeting whose cut-off has not passed is Tue 31
    assertThat(
            remit
                .evaluate(
                    file, EvaluationContext.of(LocalDate.of(2026, 3, 26), EW, BARNET.settings()))
                .isMet())
        .isTrue();
    // Sat 28: the cut-off of Tue 31 has passed; the next is Tue 7 April
    assertThat(
            remit
                .evaluate(
                    file, EvaluationContext.of(LocalDate.of(2026, 3, 28), EW, BARNET.settings()))
                .isMet())
        .isFalse();
  }

  @Test
  void test_evaluate_beforeComingIntoCareAtTheCutOff() {
    // came into care on Sat 21, after the cut-off of Tue 24 (Fri 20): not known then
    CaseFile file = child("C1").lookedAfterFrom(LocalDate.of(2026, 3, 21), V2, U3).build();
    assertThat(evaluate(remit, file, TUE_2026_03_03).reason()).isEqualTo("Has not come into care");
  }

  private static LocalDate nextMeetingAfter(LocalDate date) {
    return BarnetFixtures.planningPanel(BARNET)
        .schedule()
        .meetings(date.plusDays(1), date.plusWeeks(3))
        .get(0)
        .date();
  }
}
