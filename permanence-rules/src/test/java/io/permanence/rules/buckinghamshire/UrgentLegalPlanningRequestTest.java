package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.panel.Role;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class UrgentLegalPlanningRequestTest {

  private static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);

  @Test
  void test_s4Para3S3_reasonStated_accepted() {
    UrgentLegalPlanningRequest request =
        UrgentLegalPlanningRequest.of(
            WED_2026_03_11,
            UrgencyReason.SIGNIFICANT_INCIDENT,
            "incident overnight heightened the risk",
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR);
    assertThat(request.requestedVia()).isEqualTo(Role.PLO_MANAGER);
    assertThat(request.toString()).contains("<redacted>").doesNotContain("incident overnight");
  }

  @Test
  void test_s4Para3S3_noReason_rejectedCitingClause() {
    assertThatThrownBy(
            () ->
                UrgentLegalPlanningRequest.of(
                    WED_2026_03_11,
                    UrgencyReason.OTHER,
                    "  ",
                    BuckinghamshireRoles.SENIOR_MANAGER_CHAIR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stated reason of urgency")
        .hasMessageContaining("§4 ¶3 s3");
  }

  @Test
  void test_s4Para3S4_latePapers_declinedToNextWeeklyPanel() {
    assertThatThrownBy(
            () ->
                UrgentLegalPlanningRequest.of(
                    WED_2026_03_11,
                    UrgencyReason.LATE_PAPERS,
                    "missed the deadline",
                    BuckinghamshireRoles.SENIOR_MANAGER_CHAIR))
        .hasMessageContaining("next weekly")
        .hasMessageContaining("§4 ¶3 s4");
    assertThatThrownBy(
            () ->
                UrgentLegalPlanningRequest.of(
                    WED_2026_03_11,
                    UrgencyReason.OTHER,
                    "Papers were not submitted on time for panel",
                    BuckinghamshireRoles.SENIOR_MANAGER_CHAIR))
        .hasMessageContaining("§4 ¶3 s4");
  }

  @Test
  void test_s4Para3S2_chairNotSeniorManager_rejected() {
    assertThatThrownBy(
            () ->
                UrgentLegalPlanningRequest.of(
                    WED_2026_03_11, UrgencyReason.SIGNIFICANT_INCIDENT, "risk", Role.TEAM_MANAGER))
        .hasMessageContaining("senior manager")
        .hasMessageContaining("§4 ¶3 s2");
  }

  @Test
  void test_findNextWeeklyPanel_afterMondayCutOff_followingTuesday() {
    var lpnap = BucksFixture.AUTHORITY.getPanel(BuckinghamshirePanels.LEGAL_PLANNING);
    var before =
        ZonedDateTime.of(LocalDate.of(2026, 3, 16), LocalTime.of(16, 59), WorkingCalendars.LONDON);
    var after =
        ZonedDateTime.of(LocalDate.of(2026, 3, 16), LocalTime.of(17, 1), WorkingCalendars.LONDON);
    assertThat(
            UrgentLegalPlanningRequest.findNextWeeklyPanel(lpnap, before.toInstant())
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(
            UrgentLegalPlanningRequest.findNextWeeklyPanel(lpnap, after.toInstant())
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 3, 24));
  }
}
