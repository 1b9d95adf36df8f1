package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.RotationOnCancelledMeeting;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BcpRotationTest {

  private static final BcpRotation ROTATION = BcpAuthorityProvider.rotation(defaults());

  static Stream<Arguments> cohorts() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 1, 8), BcpCohort.A),
        Arguments.of(LocalDate.of(2026, 1, 15), BcpCohort.B),
        Arguments.of(LocalDate.of(2026, 1, 22), BcpCohort.C),
        Arguments.of(LocalDate.of(2026, 1, 29), BcpCohort.D),
        Arguments.of(LocalDate.of(2026, 2, 5), BcpCohort.E),
        Arguments.of(LocalDate.of(2026, 2, 12), BcpCohort.A),
        Arguments.of(LocalDate.of(2025, 12, 18), BcpCohort.C),
        // Christmas Day (Thu) and Boxing Day are holidays: the meeting moves to Mon 2025-12-29
        // and keeps the cohort of the week it was scheduled in (I-BCP-03).
        Arguments.of(LocalDate.of(2025, 12, 29), BcpCohort.D),
        // New Year's Day (Thu 2026-01-01) moves to Fri 2026-01-02, cohort of its week.
        Arguments.of(LocalDate.of(2026, 1, 2), BcpCohort.E));
  }

  @ParameterizedTest
  @MethodSource("cohorts")
  void test_cohortOf_BCP_5_para1_fiveWeeklyRotation(LocalDate meetingDate, BcpCohort expected) {
    assertThat(ROTATION.cohortOfMeetingOn(meetingDate)).isEqualTo(expected);
  }

  @Test
  void test_cohortOf_BCP_5_para1_eachCohortOnceInAnyFiveConsecutiveWeeks() {
    List<ScheduledMeeting> meetings =
        ROTATION.schedule().meetings(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 1, 1));
    assertThat(meetings).hasSizeGreaterThan(200);
    for (int i = 0; i + 5 <= meetings.size(); i++) {
      EnumSet<BcpCohort> seen = EnumSet.noneOf(BcpCohort.class);
      meetings.subList(i, i + 5).forEach(m -> seen.add(ROTATION.cohortOf(m)));
      assertThat(seen).as("meetings from %s", meetings.get(i)).hasSize(5);
    }
  }

  @Test
  void test_cohortOf_BCP_5_para1_cancelledMeetingSkipsItsCohort() {
    BcpRotation rotation =
        BcpAuthorityProvider.rotation(defaults().withText("bcp.cancelled-meetings", "2026-01-15"));
    assertThat(rotation.findMeetingOn(LocalDate.of(2026, 1, 15))).isEmpty();
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 22))).isEqualTo(BcpCohort.C);
    assertThat(rotation.findNextMeetingOf(BcpCohort.B, LocalDate.of(2026, 1, 9)))
        .map(ScheduledMeeting::date)
        .contains(LocalDate.of(2026, 2, 19));
  }

  @Test
  void test_cohortOf_BCP_5_para1_cancelledMeetingDeferredShiftsTheRotation() {
    BcpRotation rotation =
        BcpAuthorityProvider.rotation(
            defaults()
                .withText("bcp.cancelled-meetings", "2026-01-15")
                .with(BcpSettings.ROTATION_ON_CANCELLED_MEETING, RotationOnCancelledMeeting.DEFER));
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 8))).isEqualTo(BcpCohort.A);
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 22))).isEqualTo(BcpCohort.B);
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 2, 12))).isEqualTo(BcpCohort.E);
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 1).plusDays(1)))
        .isEqualTo(BcpCohort.E);
  }

  @Test
  void test_cohortOf_BCP_5_para1_anchorAndOrderAreSettings() {
    BcpRotation rotation =
        BcpAuthorityProvider.rotation(
            defaults()
                .withText("bcp.rotation-anchor", "2026-01-15")
                .withText("bcp.rotation-order", "e,d,c,b,a"));
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 15))).isEqualTo(BcpCohort.E);
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 22))).isEqualTo(BcpCohort.D);
    assertThat(rotation.cohortOfMeetingOn(LocalDate.of(2026, 1, 8))).isEqualTo(BcpCohort.A);
  }

  @Test
  void test_findNextMeetingOf_BCP_4_para1_s2_nextMeetingOfTheCohort() {
    assertThat(ROTATION.findNextMeetingOf(BcpCohort.D, LocalDate.of(2026, 1, 8)))
        .map(ScheduledMeeting::date)
        .contains(LocalDate.of(2026, 1, 29));
    assertThat(ROTATION.findNextMeetingOf(BcpCohort.D, LocalDate.of(2026, 1, 30)))
        .map(ScheduledMeeting::date)
        .contains(LocalDate.of(2026, 3, 5));
  }

  @Test
  void test_schedule_isThePanelsSchedule() {
    assertThat(BcpFixtures.panel(BCP).schedule()).isEqualTo(ROTATION.schedule());
  }
}
