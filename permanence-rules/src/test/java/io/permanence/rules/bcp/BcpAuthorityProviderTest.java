package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static io.permanence.rules.bcp.BcpFixtures.meetingOn;
import static io.permanence.rules.bcp.BcpFixtures.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import io.permanence.testkit.Scenario;
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

class BcpAuthorityProviderTest {

  private static final LocalDate THU_2026_01_08 = LocalDate.of(2026, 1, 8);

  @Test
  void test_serviceLoader_findsBcp() {
    assertThat(Authorities.find(AuthorityId.of("bcp")))
        .get()
        .isInstanceOf(BcpAuthorityProvider.class);
  }

  @Test
  void test_create_assemblesTheAuthority() {
    assertThat(BCP.id()).isEqualTo(AuthorityId.of("bcp"));
    assertThat(BCP.calendar()).isEqualTo(WorkingCalendars.englandAndWales());
    assertThat(BCP.panels()).extracting(Panel::id).containsExactly(BcpAuthorityProvider.PANEL);
    assertThat(BCP.remits()).hasSize(6);
    assertThat(BCP.exclusions())
        .extracting(e -> e.citation().clause())
        .containsExactly("§5.2(a)", "§5.2(b)", "§5.2(c)");
    assertThat(BCP.deadlineRules())
        .filteredOn(r -> !StatutoryTimescales.catalogue().contains(r))
        .extracting(r -> r.citation().clause())
        .containsExactly("§1 ¶3 s1", "§6 ¶2 s1", "§6 ¶4 s2");
    // BCP restates "permanence plan by the second review" (§1 ¶3 s1): its own rule, no duplicate
    assertThat(BCP.deadlineRules())
        .filteredOn(r -> StatutoryTimescales.catalogue().contains(r))
        .containsExactlyElementsOf(
            StatutoryTimescales.standard().stream()
                .filter(r -> r != StatutoryTimescales.permanencePlanBySecondReview())
                .toList());
    assertThat(BCP.settings().known()).isEqualTo(BcpSettings.ALL);
  }

  @Test
  void test_BCP_1_para3_s2_escalationIsTheIroDisputeResolutionRoute() {
    assertThat(BCP.escalation()).isEqualTo(BcpRoles.SERVICE_MANAGER_IRO);
  }

  @Test
  void test_BCP_3_s1_coreMembersAreRoles() {
    assertThat(panel(BCP).coreMembers())
        .containsExactly(
            BcpRoles.SERVICE_MANAGER_CHILDREN_IN_CARE,
            BcpRoles.SERVICE_MANAGER_IRO,
            Role.PANEL_ADMINISTRATOR);
  }

  @Test
  void test_BCP_3_s2_itemAttendees() {
    for (Heading heading : panel(BCP).headings()) {
      assertThat(heading.attendees())
          .containsExactly(Role.SERVICE_MANAGER, Role.TEAM_MANAGER, Role.SOCIAL_WORKER);
    }
  }

  @Test
  void test_BCP_5_1_headingsInTheDocumentsOrder() {
    assertThat(panel(BCP).headings())
        .extracting(Heading::id)
        .containsExactly(
            "cohort-a", "cohort-b", "cohort-c", "cohort-d", "cohort-e", "review-of-actions");
    assertThat(panel(BCP).getHeading("cohort-a").citation())
        .isEqualTo(BcpAuthorityProvider.cite("§5.1(a)"));
    assertThat(panel(BCP).getHeading("review-of-actions").citation().clause()).isEqualTo("§2 s2");
  }

  static Stream<Arguments> considerations() {
    return Stream.of(
        Arguments.of(
            BcpCohort.A, List.of(BcpConsideration.I, BcpConsideration.II, BcpConsideration.III)),
        Arguments.of(
            BcpCohort.B,
            List.of(
                BcpConsideration.I,
                BcpConsideration.II,
                BcpConsideration.III,
                BcpConsideration.IV)),
        Arguments.of(
            BcpCohort.C,
            List.of(
                BcpConsideration.I,
                BcpConsideration.II,
                BcpConsideration.III,
                BcpConsideration.IV)),
        Arguments.of(
            BcpCohort.D,
            List.of(
                BcpConsideration.I, BcpConsideration.II, BcpConsideration.III, BcpConsideration.V)),
        Arguments.of(
            BcpCohort.E, List.of(BcpConsideration.I, BcpConsideration.II, BcpConsideration.III)));
  }

  @ParameterizedTest
  @MethodSource("considerations")
  void test_BCP_5_3_considerationsDependOnTheCohort(
      BcpCohort cohort, List<BcpConsideration> expected) {
    assertThat(panel(BCP).getHeading(cohort.headingId()).questions())
        .containsExactlyElementsOf(expected.stream().map(BcpConsideration::question).toList());
  }

  @Test
  void test_BCP_5_3_considerationsOverridden() {
    Authority authority =
        bcp(defaults().withText("bcp.considerations-by-cohort", "a=iii;b=iv;c=iv;d=v;e=i,ii"));
    assertThat(panel(authority).getHeading("cohort-a").questions())
        .containsExactly(BcpConsideration.III.question());
  }

  static Stream<Arguments> meetings() {
    return Stream.of(
        // ordinary Thursday, cut-off Monday 12:00, agenda by Monday 17:00
        Arguments.of(THU_2026_01_08, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 5)),
        // Christmas Day and Boxing Day 2025: the meeting moves to Monday 29 December, cut-off the
        // Monday before it
        Arguments.of(
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 22)),
        // Easter Monday 2026-04-06 and Good Friday 04-03 closed: cut-off Thu 2026-04-02 (I-COM-07)
        Arguments.of(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 2)),
        // Early May bank holiday Monday 2026-05-04: cut-off Friday 2026-05-01
        Arguments.of(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 1)));
  }

  @ParameterizedTest
  @MethodSource("meetings")
  void test_BCP_4_para1_s1_and_para2_scheduleAndCutOffs(
      LocalDate scheduled, LocalDate held, LocalDate cutOffDate) {
    Panel panel = panel(BCP);
    List<ScheduledMeeting> meetings = panel.schedule().meetings(scheduled, held.plusDays(1));
    assertThat(meetings).extracting(ScheduledMeeting::date).containsExactly(held);
    ScheduledMeeting meeting = meetings.get(0);
    assertThat(meeting.startTime()).isEqualTo(LocalTime.of(13, 0));
    assertThat(meeting.duration()).isEqualTo(Duration.ofHours(4));
    assertThat(meeting.movedFrom().orElse(held)).isEqualTo(scheduled);
    assertThat(panel.schedule().cutOffFor(meeting, panel.referralCutOff()))
        .isEqualTo(ZonedDateTime.of(cutOffDate, LocalTime.NOON, WorkingCalendars.LONDON));
    assertThat(panel.schedule().cutOffFor(meeting, panel.agendaCirculated().orElseThrow()))
        .isEqualTo(ZonedDateTime.of(cutOffDate, LocalTime.of(17, 0), WorkingCalendars.LONDON));
  }

  @Test
  void test_BCP_4_para1_s1_weeklyOnThursday() {
    assertThat(panel(BCP).schedule().meetings(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            LocalDate.of(2026, 1, 8),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 1, 22),
            LocalDate.of(2026, 1, 29));
  }

  @Test
  void test_BCP_4_para1_s1_meetingTimesAndHolidayPolicyOverridden() {
    Authority authority =
        bcp(
            defaults()
                .withText("bcp.meeting-start", "13:30")
                .withText("bcp.meeting-end", "16:30")
                .withText("bcp.meeting-on-holiday", "SKIP"));
    assertThat(meetingOn(authority, THU_2026_01_08).start())
        .isEqualTo(ZonedDateTime.of(THU_2026_01_08, LocalTime.of(13, 30), WorkingCalendars.LONDON));
    assertThat(meetingOn(authority, THU_2026_01_08).duration()).isEqualTo(Duration.ofHours(3));
    assertThat(
            panel(authority)
                .schedule()
                .meetings(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 5)))
        .isEmpty();
  }

  @Test
  void test_BCP_4_para2_cutOffOverridden() {
    Authority authority =
        bcp(
            defaults()
                .withText("bcp.cut-off", "MONDAY 17:00")
                .withText("bcp.cut-off-on-holiday", "KEEP"));
    ScheduledMeeting meeting = meetingOn(authority, LocalDate.of(2026, 5, 7));
    assertThat(panel(authority).schedule().cutOffFor(meeting, panel(authority).referralCutOff()))
        .isEqualTo(
            ZonedDateTime.of(
                LocalDate.of(2026, 5, 4), LocalTime.of(17, 0), WorkingCalendars.LONDON));
  }

  @Test
  void test_create_meetingEndBeforeStartRejected() {
    assertThatThrownBy(() -> bcp(defaults().withText("bcp.meeting-end", "12:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bcp.meeting-end");
  }

  @Test
  void test_trackerScope_childrenInCare() {
    var context = EvaluationContext.of(THU_2026_01_08, BCP.calendar(), BCP.settings());
    var inCare =
        Scenario.child("C1")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.C2, PlacementCode.U4)
            .build();
    var shortBreaks =
        Scenario.child("C2")
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.V3, PlacementCode.U4)
            .build();
    var notYet = Scenario.child("C3").build();
    assertThat(BCP.trackerScope().includes(inCare, context)).isTrue();
    assertThat(BCP.trackerScope().includes(shortBreaks, context)).isFalse();
    assertThat(BCP.trackerScope().includes(notYet, context)).isFalse();
  }
}
