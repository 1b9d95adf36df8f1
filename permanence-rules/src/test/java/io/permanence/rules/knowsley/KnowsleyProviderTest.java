package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.CALENDAR;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_10;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowsleyProviderTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final KnowsleyProvider provider = new KnowsleyProvider();

  private static Panel mapp(AuthoritySettings settings) {
    return KnowsleyFixtures.panel(Knowsley.PANEL, settings);
  }

  @Test
  void test_Knowsley_Structure_s1_createWithDefaults_failsNamingTheScheduleSetting() {
    assertThatThrownBy(provider::create)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("knowsley.schedule")
        .hasMessageContaining("Knowsley §Structure s1");
  }

  @Test
  void test_Knowsley_Structure_s1_monthlyForThreeHours() {
    Panel panel = mapp(KnowsleyProvider.exampleSettings());
    List<ScheduledMeeting> meetings =
        panel.schedule().meetings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1));
    assertThat(meetings)
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            LocalDate.of(2026, 1, 20),
            LocalDate.of(2026, 2, 17),
            TUE_2026_03_17,
            LocalDate.of(2026, 4, 21));
    assertThat(meetings.get(0).duration()).isEqualTo(Duration.ofHours(3));
    assertThat(meetings.get(0).startTime()).isEqualTo(LocalTime.of(9, 30));
  }

  @Test
  void test_Knowsley_Admin_2_s1_papersOneWeekBeforeAt1700() {
    Panel panel = mapp(KnowsleyProvider.exampleSettings());
    assertThat(panel.referralCutOff().at(TUE_2026_03_17, CALENDAR))
        .isEqualTo(ZonedDateTime.of(TUE_2026_03_10, LocalTime.of(17, 0), LONDON));
  }

  @Test
  void test_Knowsley_Admin_2_s1_weekBeforeIsGoodFriday_previousWorkingDay() {
    AuthoritySettings settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.schedule", "FREQ=MONTHLY;BYDAY=2FR")
            .withText("knowsley.papers-time", "12:00");
    Panel panel = mapp(settings);
    // Fri 10 April 2026: a week before is Good Friday, 3 April.
    assertThat(panel.referralCutOff().at(LocalDate.of(2026, 4, 10), CALENDAR))
        .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 4, 2), LocalTime.NOON, LONDON));
  }

  @Test
  void test_Knowsley_Admin_2_s1_meetingsOnSeveralWeekdays_fiveWorkingDaysBefore() {
    AuthoritySettings settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.schedule", "FREQ=MONTHLY;BYMONTHDAY=15");
    Panel panel = mapp(settings);
    assertThat(panel.referralCutOff().workingDaysBefore()).isEqualTo(5);
    assertThat(panel.referralCutOff().dayOfWeek()).isEmpty();
  }

  @Test
  void test_Knowsley_Structure_s1_bankHolidayMeeting_movesToNextWorkingDay() {
    AuthoritySettings settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.schedule", "FREQ=MONTHLY;BYDAY=1MO");
    List<ScheduledMeeting> may =
        mapp(settings).schedule().meetings(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    assertThat(may).extracting(ScheduledMeeting::date).containsExactly(LocalDate.of(2026, 5, 5));
  }

  @Test
  void test_Knowsley_Part_3_s3_lpmEveryMonday_bankHolidayMovesToTuesday() {
    Panel lpm = KnowsleyFixtures.panel(Knowsley.LPM, KnowsleyProvider.exampleSettings());
    assertThat(lpm.schedule().meetings(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 14)))
        .extracting(ScheduledMeeting::date)
        .containsExactly(
            LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 13));
    assertThat(lpm.headings()).containsExactly(Knowsley.LPM_REFERRALS);
    assertThat(Knowsley.LPM_REFERRALS.paperwork()).containsExactly(Knowsley.LPM_PAPERWORK);
  }

  @Test
  void test_Knowsley_Structure_s2_fourPartsInOrder() {
    assertThat(mapp(KnowsleyProvider.exampleSettings()).headings())
        .extracting(Heading::id)
        .containsExactly("part-1", "part-2", "part-3", "part-4");
  }

  @Test
  void test_Knowsley_Membership_s2_attendeesVaryByPart() {
    List<Heading> parts = mapp(KnowsleyProvider.exampleSettings()).headings();
    assertThat(parts.get(0).attendees())
        .doesNotContain(Knowsley.TEAM_MANAGER_YPT, Role.VIRTUAL_SCHOOL_HEAD)
        .contains(Knowsley.TEAM_MANAGER_ADOPTION, Role.SOCIAL_WORKER);
    assertThat(parts.get(1).attendees())
        .doesNotContain(Knowsley.TEAM_MANAGER_ADOPTION)
        .contains(Knowsley.TEAM_MANAGER_YPT);
    assertThat(parts.get(2).attendees()).doesNotContain(Knowsley.TEAM_MANAGER_ADOPTION);
    assertThat(parts.get(3).attendees()).containsAll(Knowsley.MEMBERS);
  }

  @Test
  void test_Knowsley_Membership_list_coreMembersAreRoles() {
    assertThat(mapp(KnowsleyProvider.exampleSettings()).coreMembers())
        .hasSize(13)
        .startsWith(Knowsley.SENIOR_MANAGER_CHAIR, Role.PANEL_ADMINISTRATOR)
        .endsWith(Role.LEGAL_ADVISER);
  }

  @Test
  void test_Knowsley_Admin_1_papersForPartsTwoToFour() {
    List<Heading> parts = mapp(KnowsleyProvider.exampleSettings()).headings();
    assertThat(parts.get(0).paperwork()).isEmpty();
    assertThat(parts.get(3).paperwork())
        .containsExactly(
            DocumentType.CARE_PLAN,
            DocumentType.CHILD_AND_FAMILY_ASSESSMENT,
            DocumentType.REVIEW_MINUTES,
            DocumentType.CHRONOLOGY);
    List<Heading> override =
        mapp(KnowsleyProvider.exampleSettings().withText("knowsley.papers-for-parts", "1, 2, 3, 4"))
            .headings();
    assertThat(override.get(0).paperwork()).hasSize(4);
  }

  @Test
  void test_Knowsley_Purpose_F5_holisticQuestionOnPartsTwoAndFour() {
    List<Heading> parts = mapp(KnowsleyProvider.exampleSettings()).headings();
    assertThat(parts.get(1).questions()).anyMatch(q -> q.contains("(F5)"));
    assertThat(parts.get(3).questions()).anyMatch(q -> q.contains("(F5)"));
  }

  @Test
  void test_Knowsley_authority_remitsExclusionsRulesAndEscalation() {
    Authority authority = KnowsleyFixtures.authority();
    assertThat(authority.remits()).hasSize(10);
    assertThat(authority.exclusions()).hasSize(1);
    assertThat(authority.deadlineRules()).hasSize(StatutoryTimescales.standard().size() + 2);
    assertThat(authority.deadlineRules()).containsAll(StatutoryTimescales.standard());
    assertThat(authority.escalation()).isEqualTo(Knowsley.SENIOR_MANAGER_CHAIR);
    assertThat(authority.remits())
        .allSatisfy(r -> assertThat(r.citation().document()).isEqualTo("Knowsley"));
  }

  @Test
  void test_serviceLoader_findsKnowsley() {
    assertThat(Authorities.find(Knowsley.ID)).isPresent();
  }

  @Test
  void test_settings_badText_failsNamingSetting() {
    assertThatThrownBy(
            () ->
                AuthoritySettings.defaults(KnowsleySettings.ALL)
                    .withText("knowsley.papers-for-parts", "2, 5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("knowsley.papers-for-parts");
  }
}
