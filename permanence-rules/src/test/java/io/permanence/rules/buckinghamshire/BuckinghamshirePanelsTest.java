package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.AUTHORITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuckinghamshirePanelsTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);

  private static Panel panel(PanelId id) {
    return AUTHORITY.getPanel(id);
  }

  static Stream<Arguments> weeks() {
    return Stream.of(
        Arguments.of(BuckinghamshirePanels.LEGAL_PLANNING, "2026-03-17", "09:00", 480),
        Arguments.of(BuckinghamshirePanels.COURT_PROGRESSION, "2026-03-19", "14:00", 120),
        Arguments.of(BuckinghamshirePanels.PERMANENCY, "2026-03-19", "09:30", 150));
  }

  @ParameterizedTest
  @MethodSource("weeks")
  void test_s2_weeklyPanels_dayTimeAndDuration(PanelId id, String date, String start, int minutes) {
    List<ScheduledMeeting> meetings = panel(id).schedule().meetings(MON_2026_03_16, MON_2026_03_23);
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).date()).isEqualTo(LocalDate.parse(date));
    assertThat(meetings.get(0).startTime()).isEqualTo(LocalTime.parse(start));
    assertThat(meetings.get(0).duration()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void test_s2D_resourcePanel_mondayAndWednesday10To1() {
    List<ScheduledMeeting> meetings =
        panel(BuckinghamshirePanels.RESOURCE).schedule().meetings(MON_2026_03_16, MON_2026_03_23);
    assertThat(meetings)
        .extracting(ScheduledMeeting::date)
        .containsExactly(MON_2026_03_16, LocalDate.of(2026, 3, 18));
    assertThat(meetings.get(0).end().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
  }

  @Test
  void test_s2D_resourcePanelOnEasterMonday_skipped() {
    assertThat(
            panel(BuckinghamshirePanels.RESOURCE)
                .schedule()
                .meetings(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2026, 4, 8));
  }

  @Test
  void test_s2B_courtProgressionOnChristmasDay_movesToNextWorkingDay() {
    // Thu 25 Dec 2025 and Fri 26 Dec are bank holidays: the meeting moves to Mon 29 Dec
    List<ScheduledMeeting> meetings =
        panel(BuckinghamshirePanels.COURT_PROGRESSION)
            .schedule()
            .meetings(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 1));
    assertThat(meetings)
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2025, 12, 29));
    assertThat(meetings.get(0).movedFrom()).contains(LocalDate.of(2025, 12, 25));
  }

  @Test
  void test_s2A_lpnapOnBoxingDayTuesday_movesToWednesday() {
    assertThat(
            panel(BuckinghamshirePanels.LEGAL_PLANNING)
                .schedule()
                .meetings(LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 31)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2028, 12, 27));
  }

  @Test
  void test_meetingOnHoliday_setting_skip() {
    var authority =
        BucksFixture.authority(
            BucksFixture.defaults().withText("buckinghamshire.meeting-on-holiday", "SKIP"));
    assertThat(
            authority
                .getPanel(BuckinghamshirePanels.COURT_PROGRESSION)
                .schedule()
                .meetings(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 1)))
        .isEmpty();
  }

  @Test
  void test_s4Para1S3_cutOff_17hLastWorkingDayBeforeInLondon() {
    Panel lpnap = panel(BuckinghamshirePanels.LEGAL_PLANNING);
    ScheduledMeeting meeting = BucksFixture.meeting(lpnap, LocalDate.of(2026, 3, 17));
    assertThat(lpnap.schedule().cutOffFor(meeting, lpnap.referralCutOff()))
        .isEqualTo(ZonedDateTime.of(MON_2026_03_16, LocalTime.of(17, 0), WorkingCalendars.LONDON));
    // Tue 7 Apr 2026: Good Friday and Easter Monday before it, so Thu 2 Apr
    assertThat(
            lpnap
                .referralCutOff()
                .dateFor(LocalDate.of(2026, 4, 7), WorkingCalendars.englandAndWales()))
        .isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  void test_cutOff_setting_overridesOnePanel() {
    var authority =
        BucksFixture.authority(
            BucksFixture.defaults().withText("buckinghamshire.lpnap.cut-off", "FRIDAY 12:00"));
    assertThat(
            authority
                .getPanel(BuckinghamshirePanels.LEGAL_PLANNING)
                .referralCutOff()
                .dateFor(LocalDate.of(2026, 3, 17), authority.calendar()))
        .isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(authority.getPanel(BuckinghamshirePanels.PERMANENCY).referralCutOff())
        .isEqualTo(AUTHORITY.getPanel(BuckinghamshirePanels.PERMANENCY).referralCutOff());
  }

  @Test
  void test_s2E_complexNeeds_exampleScheduleThirdWednesday() {
    assertThat(
            panel(BuckinghamshirePanels.COMPLEX_NEEDS)
                .schedule()
                .meetings(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 20));
  }

  @Test
  void test_s2E_complexNeeds_configuredDates() {
    var authority =
        BucksFixture.authority(
            BucksFixture.defaults()
                .withText(
                    "buckinghamshire.complex-needs.schedule",
                    "2026-03-10, 2026-04-21 at 13:30 for PT2H"));
    List<ScheduledMeeting> meetings =
        authority
            .getPanel(BuckinghamshirePanels.COMPLEX_NEEDS)
            .schedule()
            .meetings(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
    assertThat(meetings)
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 21));
    assertThat(meetings.get(0).startTime()).isEqualTo(LocalTime.of(13, 30));
  }

  @Test
  void test_s6Consider_headingsInDocumentOrder() {
    assertThat(panel(BuckinghamshirePanels.LEGAL_PLANNING).headings())
        .extracting(Heading::id)
        .containsExactly(
            "s20-emergency",
            "s20-request",
            "new-admissions",
            "legal-planning",
            "unborn-baby",
            "relinquished-baby",
            "s20-beyond-agreed-period",
            "plo-week-6",
            "plo-week-12",
            "plo-beyond-week-12",
            "section-37",
            "supervision-order-expiring",
            "police-protection",
            "uasc-s20-6-weeks");
    assertThat(panel(BuckinghamshirePanels.COURT_PROGRESSION).headings())
        .extracting(Heading::id)
        .containsExactly("checkpoint-1", "checkpoint-2", "deprivation-of-liberty");
  }

  @Test
  void test_s6Attendees_rolesNotPeople() {
    Panel lpnap = panel(BuckinghamshirePanels.LEGAL_PLANNING);
    assertThat(lpnap.coreMembers())
        .containsExactly(
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR,
            BuckinghamshireRoles.LEGAL_SERVICES,
            BuckinghamshireRoles.PLACEMENTS_TEAM,
            Role.PLO_MANAGER,
            BuckinghamshireRoles.FGC_TEAM_MANAGER,
            BuckinghamshireRoles.EARLY_HELP_MANAGER);
    assertThat(lpnap.getHeading("new-admissions").attendees())
        .containsExactly(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    assertThat(panel(BuckinghamshirePanels.RESOURCE).getHeading("financial-requests").attendees())
        .isEmpty();
    assertThat(panel(BuckinghamshirePanels.COMPLEX_NEEDS).coreMembers())
        .first()
        .isEqualTo(BuckinghamshireRoles.SERVICE_DIRECTOR_EDUCATION);
  }

  @Test
  void test_paperworkSource_setting_appendixOnlyDropsSectionOnlyPapers() {
    assertThat(panel(BuckinghamshirePanels.LEGAL_PLANNING).getHeading("s20-request").paperwork())
        .containsExactly(BuckinghamshirePaperwork.LPNAP_BOOKING_FORM, DocumentType.FGC_MINUTES);
    var appendix =
        BucksFixture.authority(
            BucksFixture.defaults().withText("buckinghamshire.paperwork-source", "APPENDIX_ONLY"));
    assertThat(
            appendix
                .getPanel(BuckinghamshirePanels.LEGAL_PLANNING)
                .getHeading("s20-request")
                .paperwork())
        .containsExactly(BuckinghamshirePaperwork.LPNAP_BOOKING_FORM);
  }
}
