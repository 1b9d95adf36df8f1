package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_03;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_10;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_17;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_04_07;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.Authority;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BarnetPanelsTest {

  private static final LocalDate TUE_2023_12_26 = LocalDate.of(2023, 12, 26);
  private static final LocalDate WED_2023_12_27 = LocalDate.of(2023, 12, 27);
  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate FRI_2026_04_03 = LocalDate.of(2026, 4, 3);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);

  private final Panel panel = planningPanel(BARNET);

  @Test
  void test_Barnet_Remit_1_s3_schedule_weeklyOnTuesday() {
    assertThat(panel.schedule().meetings(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            TUE_2026_03_03, TUE_2026_03_10, TUE_2026_03_17, TUE_2026_03_24, TUE_2026_03_31);
    assertThat(panel.schedule().meetings(TUE_2026_03_03, TUE_2026_03_10).get(0).startTime())
        .isEqualTo(LocalTime.of(10, 0));
    assertThat(panel.scheduleCitation()).isEqualTo(Barnet.cite("§Remit 1 s3 (schedule)"));
  }

  @Test
  void test_Barnet_Remit_1_s3_schedule_bankHolidayMovesToNextWorkingDay() {
    // Boxing Day 2023 was a Tuesday
    assertThat(panel.schedule().meetings(LocalDate.of(2023, 12, 19), LocalDate.of(2024, 1, 3)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2023, 12, 19), WED_2023_12_27, LocalDate.of(2024, 1, 2));
    assertThat(panel.schedule().meetings(WED_2023_12_27, WED_2023_12_27.plusDays(1)).get(0))
        .extracting(ScheduledMeeting::movedFrom)
        .isEqualTo(java.util.Optional.of(TUE_2023_12_26));
  }

  @Test
  void test_Barnet_Remit_1_s3_schedule_skipSetting() {
    Authority skipping = BarnetFixtures.withSetting("barnet.meeting-on-holiday", "SKIP");
    assertThat(
            planningPanel(skipping)
                .schedule()
                .meetings(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 3)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2024, 1, 2));
  }

  @Test
  void test_Barnet_Remit_1_s3_schedule_overriddenFromText() {
    Authority wednesdays =
        BarnetFixtures.withSetting(
            "barnet.schedule", "FREQ=WEEKLY;BYDAY=WE from 2026-01-07 at 14:00 for PT3H");
    assertThat(planningPanel(wednesdays).schedule().meetings(TUE_2026_03_03, TUE_2026_03_17))
        .extracting(ScheduledMeeting::date, ScheduledMeeting::startTime)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 4), LocalTime.of(14, 0)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 11), LocalTime.of(14, 0)));
  }

  @Test
  void test_Barnet_Process_Referral_3_cutOffFriday1700InLondon() {
    assertThat(panel.schedule().cutOffFor(meeting(TUE_2026_03_24), panel.referralCutOff()))
        .isEqualTo(
            ZonedDateTime.of(
                LocalDate.of(2026, 3, 20), LocalTime.of(17, 0), WorkingCalendars.LONDON));
    // GMT before the clocks change, BST after
    assertThat(panel.referralCutOff().instantFor(TUE_2026_03_24, EW))
        .isEqualTo(Instant.parse("2026-03-20T17:00:00Z"));
    assertThat(panel.referralCutOff().instantFor(TUE_2026_04_14, EW))
        .isEqualTo(Instant.parse("2026-04-10T16:00:00Z"));
  }

  @Test
  void test_Barnet_Process_Referral_3_goodFridayCutOffMovesToThursday() {
    assertThat(panel.referralCutOff().dateFor(TUE_2026_04_07, EW)).isEqualTo(THU_2026_04_02);
    Authority keeping =
        BarnetFixtures.withSetting("barnet.form-deadline-earlier-when-closed", "false");
    assertThat(planningPanel(keeping).referralCutOff().dateFor(TUE_2026_04_07, EW))
        .isEqualTo(FRI_2026_04_03);
  }

  @Test
  void test_Barnet_Process_Referral_1_formCompletionFridayNoon() {
    assertThat(BarnetPanels.formCompletion(DEFAULTS).at(TUE_2026_03_24, EW))
        .isEqualTo(
            ZonedDateTime.of(LocalDate.of(2026, 3, 20), LocalTime.NOON, WorkingCalendars.LONDON));
    assertThat(BarnetPanels.formCompletion(DEFAULTS).at(TUE_2026_04_07, EW))
        .isEqualTo(ZonedDateTime.of(THU_2026_04_02, LocalTime.NOON, WorkingCalendars.LONDON));
    assertThat(BarnetPanels.genogramDue(DEFAULTS).toString())
        .isEqualTo("12:00 on the Friday before the meeting");
    assertThat(
            BarnetPanels.formCompletion(
                    DEFAULTS.withText("barnet.form-completion", "THURSDAY 16:00"))
                .dateFor(TUE_2026_03_24, EW))
        .isEqualTo(LocalDate.of(2026, 3, 19));
  }

  @Test
  void test_Barnet_Process_Referral_2_formAndGenogramOnEveryItem() {
    assertThat(panel.headings())
        .allSatisfy(
            heading ->
                assertThat(heading.paperwork()).startsWith(Barnet.PPP_FORM, DocumentType.GENOGRAM));
  }

  @Test
  void test_Barnet_Remit_s0_headingsInDocumentOrder() {
    assertThat(panel.headings())
        .extracting(Heading::id)
        .containsExactly(
            "remit-1",
            "remit-2a",
            "remit-2b",
            "remit-2c",
            "remit-3a",
            "remit-3b",
            "remit-3c",
            "remit-3d");
    assertThat(panel.headings())
        .extracting(h -> h.citation().clause())
        .containsExactly(
            "§Remit 1 s2",
            "§Remit 2(a)",
            "§Remit 2(b)",
            "§Remit 2(c)",
            "§Remit 3(a)",
            "§Remit 3(b) s2",
            "§Remit 3(c)",
            "§Remit 3(d)");
  }

  @Test
  void test_Barnet_Aims_2a_2b_questionsOnHeadings() {
    assertThat(panel.getHeading(BarnetPanels.REMIT_1).questions())
        .anySatisfy(q -> assertThat(q).contains("proportionate, effective"))
        .anySatisfy(q -> assertThat(q).contains("avoid unnecessary statutory intervention"));
    assertThat(panel.getHeading(BarnetPanels.REMIT_2C).questions())
        .singleElement()
        .asString()
        .contains("avoid unnecessary statutory intervention");
    assertThat(panel.getHeading(BarnetPanels.REMIT_3C).questions())
        .anySatisfy(q -> assertThat(q).contains("drift or delay"));
  }

  @Test
  void test_Barnet_Membership_s2_coreMembersChairFirst() {
    assertThat(panel.coreMembers())
        .hasSize(9)
        .startsWith(Barnet.OPERATIONAL_DIRECTOR_FAMILY_SERVICES)
        .contains(Role.PERMANENCE_ASSURANCE_LEAD, Barnet.SENIOR_LEGAL_ADVISER)
        .doesNotContain(Barnet.YOT_MANAGER, Barnet.HEAD_CONTINUING_HEALTHCARE);
  }

  @Test
  void test_Barnet_Membership_s3_agendaRecipientsAndYotForRemand() {
    assertThat(BarnetPanels.AGENDA_RECIPIENTS)
        .containsAll(panel.coreMembers())
        .endsWith(Barnet.HEAD_CONTINUING_HEALTHCARE, Barnet.YOT_MANAGER);
    assertThat(panel.getHeading(BarnetPanels.REMIT_2C).attendees()).contains(Barnet.YOT_MANAGER);
    assertThat(panel.getHeading(BarnetPanels.REMIT_2A).attendees())
        .doesNotContain(Barnet.YOT_MANAGER);
    assertThat(panel.agendaCirculated()).contains(panel.referralCutOff());
    assertThat(panel.agendaCirculated().orElseThrow().dayOfWeek()).contains(DayOfWeek.FRIDAY);
  }

  @Test
  void test_Barnet_Process_Panel_1_socialWorkerAndTeamManagerPresent() {
    assertThat(panel.headings())
        .allSatisfy(
            heading ->
                assertThat(heading.attendees()).startsWith(Role.SOCIAL_WORKER, Role.TEAM_MANAGER));
  }

  @Test
  void test_Barnet_Process_Decision_4_trackingMeetingOnlyWhenScheduled() {
    assertThat(BarnetPanels.trackingMeeting(DEFAULTS, EW)).isEmpty();
    Panel tracking =
        BarnetPanels.trackingMeeting(
                DEFAULTS.withText(
                    "barnet.ptm.schedule",
                    "FREQ=MONTHLY;BYDAY=2TH from 2026-01-08 at 14:00 for PT2H"),
                EW)
            .orElseThrow();
    assertThat(tracking.schedule().meetings(TUE_2026_03_03, TUE_2026_04_14))
        .extracting(ScheduledMeeting::date)
        .containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 9));
    assertThat(tracking.referralCutOff().dateFor(LocalDate.of(2026, 3, 12), EW))
        .isEqualTo(LocalDate.of(2026, 3, 12));
  }

  private ScheduledMeeting meeting(LocalDate date) {
    return panel.schedule().meetings(date, date.plusDays(1)).get(0);
  }
}
