package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.CALENDAR;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_30;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_04;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_08;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NorthSomersetProviderTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final NorthSomersetProvider provider = new NorthSomersetProvider();

  @Test
  void test_NSomerset_2_createWithDefaults_failsNamingTheScheduleSetting() {
    assertThatThrownBy(provider::create)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("north-somerset.schedule")
        .hasMessageContaining("NSomerset §2");
  }

  @Test
  void test_NSomerset_2_exampleSchedule_secondWednesdayMonthly() {
    Panel panel = NorthSomersetFixtures.panel(NorthSomersetProvider.exampleSettings());
    List<LocalDate> dates =
        panel.schedule().meetings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)).stream()
            .map(ScheduledMeeting::date)
            .toList();
    assertThat(dates)
        .containsExactly(
            LocalDate.of(2026, 1, 14),
            LocalDate.of(2026, 2, 11),
            WED_2026_03_11,
            WED_2026_04_08,
            LocalDate.of(2026, 5, 13),
            LocalDate.of(2026, 6, 10));
    assertThat(panel.schedule().startTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(panel.scheduleCitation().toString()).isEqualTo("NSomerset §2");
  }

  @Test
  void test_NSomerset_2_ruleDateOnBankHoliday_movesToNextWorkingDay() {
    AuthoritySettings settings =
        AuthoritySettings.defaults(NorthSomersetSettings.ALL)
            .withText("north-somerset.schedule", "FREQ=MONTHLY;BYDAY=1MO");
    Panel panel = NorthSomersetFixtures.panel(settings);
    // Mon 2026-05-04 is the Early May bank holiday.
    List<ScheduledMeeting> may =
        panel.schedule().meetings(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    assertThat(may).hasSize(1);
    assertThat(may.get(0).date()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(may.get(0).movedFrom()).contains(LocalDate.of(2026, 5, 4));
  }

  @Test
  void test_NSomerset_2_meetingOnHolidaySkipOverride_meetingDropped() {
    AuthoritySettings settings =
        AuthoritySettings.defaults(NorthSomersetSettings.ALL)
            .withText("north-somerset.schedule", "FREQ=MONTHLY;BYDAY=1MO")
            .withText("north-somerset.meeting-on-holiday", "SKIP");
    Panel panel = NorthSomersetFixtures.panel(settings);
    assertThat(panel.schedule().meetings(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)))
        .isEmpty();
  }

  @Test
  void test_NSomerset_2_malformedRule_failsQuotingIt() {
    AuthoritySettings settings =
        AuthoritySettings.defaults(NorthSomersetSettings.ALL)
            .withText("north-somerset.schedule", "FREQ=FORTNIGHTLY");
    assertThatThrownBy(() -> provider.create(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FREQ=FORTNIGHTLY");
  }

  static Stream<Arguments> cutOffs() {
    return Stream.of(
        // One working week before Wed 11 March is Wed 4 March.
        Arguments.of(WED_2026_03_11, WED_2026_03_04),
        // Before Wed 8 April 2026, Good Friday (3 April) and Easter Monday (6 April) are skipped.
        Arguments.of(WED_2026_04_08, MON_2026_03_30));
  }

  @ParameterizedTest
  @MethodSource("cutOffs")
  void test_NSomerset_3_4_s1_agendaAgreedFiveWorkingDaysBeforeAt1700(
      LocalDate meeting, LocalDate cutOffDay) {
    Panel panel = NorthSomersetFixtures.panel(NorthSomersetProvider.exampleSettings());
    assertThat(panel.referralCutOff().at(meeting, CALENDAR))
        .isEqualTo(ZonedDateTime.of(cutOffDay, LocalTime.of(17, 0), LONDON));
  }

  @Test
  void test_NSomerset_3_4_s1_agendaLeadOverride_tenWorkingDays() {
    AuthoritySettings settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.agenda-lead", "10")
            .withText("north-somerset.cut-off-time", "12:00");
    Panel panel = NorthSomersetFixtures.panel(settings);
    assertThat(panel.referralCutOff().at(WED_2026_03_11, CALENDAR))
        .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 2, 25), LocalTime.NOON, LONDON));
  }

  @Test
  void test_NSomerset_1_core_coreMembersAreRolesInDocumentOrder() {
    Panel panel = NorthSomersetFixtures.panel(NorthSomersetProvider.exampleSettings());
    assertThat(panel.coreMembers())
        .extracting(r -> r.id())
        .containsExactly(
            "head-family-support-safeguarding",
            "head-corporate-parenting",
            "head-commissioning-contracts",
            "raa-family-finding-manager",
            "team-manager-fostering",
            "team-manager-children-in-care",
            "team-manager-qa-safeguarding",
            "panel-administrator");
  }

  @Test
  void test_NSomerset_1_invite_itemRolesOnHeadings() {
    assertThat(NorthSomerset.NEW_ENTRANTS.attendees())
        .containsExactly(
            io.permanence.core.panel.Role.SOCIAL_WORKER,
            io.permanence.core.panel.Role.TEAM_MANAGER,
            NorthSomerset.SUPERVISING_SOCIAL_WORKER,
            NorthSomerset.FAMILY_FINDING_SOCIAL_WORKER);
  }

  @Test
  void test_NSomerset_6_headingsInOrderWithTheirRemits() {
    Authority authority = provider.create(NorthSomersetProvider.exampleSettings());
    assertThat(authority.getPanel(NorthSomerset.PANEL).headings())
        .extracting(Heading::id)
        .containsExactly("new-entrants", "two-monthly", "review-of-actions");
    assertThat(authority.remits())
        .extracting(r -> r.citation().toString())
        .containsExactly("NSomerset §6 s2", "NSomerset §6 s1", "NSomerset §3.4 s3");
    assertThat(authority.escalation()).isEqualTo(NorthSomerset.JOINT_CHAIRS);
    assertThat(authority.deadlineRules()).hasSize(StatutoryTimescales.standard().size() + 5);
    assertThat(authority.deadlineRules()).containsAll(StatutoryTimescales.standard());
    assertThat(authority.exclusions()).isEmpty();
  }

  @Test
  void test_NSomerset_headingsOverride_dropsHeadingAndItsRemit() {
    Authority authority =
        provider.create(
            NorthSomersetProvider.exampleSettings()
                .withText("north-somerset.headings", "new-entrants, two-monthly"));
    assertThat(authority.getPanel(NorthSomerset.PANEL).headings())
        .extracting(Heading::id)
        .containsExactly("new-entrants", "two-monthly");
    assertThat(authority.remits()).hasSize(2);
  }

  @Test
  void test_NSomerset_escalateToOverride() {
    Authority authority =
        provider.create(
            NorthSomersetProvider.exampleSettings()
                .withText("north-somerset.escalate-to", "head-corporate-parenting"));
    assertThat(authority.escalation()).isEqualTo(NorthSomerset.HEAD_CORPORATE_PARENTING);
  }

  @Test
  void test_serviceLoader_findsNorthSomerset() {
    assertThat(Authorities.find(NorthSomerset.ID)).isPresent();
  }

  @Test
  void test_settings_namesUniqueAndEachCitesTheDocument() {
    assertThat(provider.settings()).extracting(s -> s.name()).doesNotHaveDuplicates();
    assertThat(provider.settings())
        .allSatisfy(
            s -> {
              assertThat(s.name()).startsWith("north-somerset.");
              assertThat(s.citation().document()).isEqualTo("NSomerset");
            });
  }

  @Test
  void test_settings_badText_failsNamingSetting() {
    assertThatThrownBy(
            () ->
                AuthoritySettings.defaults(NorthSomersetSettings.ALL)
                    .withText("north-somerset.new-entry-triggers", "LOOKED_AFTER, ADOPTED"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("north-somerset.new-entry-triggers");
  }
}
