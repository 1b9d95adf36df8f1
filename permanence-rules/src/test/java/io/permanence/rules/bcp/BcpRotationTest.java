package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.RotationOnCancelledMeeting;
import io.permanence.testkit.generators.Generators;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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

  // The rotation as first written, every answer computed from the schedule: the rotation holds the
  // meetings of its span with their cohorts, and must answer the same.
  private record Reference(
      PanelSchedule schedule,
      LocalDate anchor,
      List<BcpCohort> order,
      RotationOnCancelledMeeting policy) {

    static Reference of(AuthoritySettings settings, PanelSchedule schedule) {
      return new Reference(
          schedule,
          settings.get(BcpSettings.ROTATION_ANCHOR),
          settings.get(BcpSettings.ROTATION_ORDER),
          settings.get(BcpSettings.ROTATION_ON_CANCELLED_MEETING));
    }

    BcpCohort cohortOf(ScheduledMeeting meeting) {
      long index;
      if (policy == RotationOnCancelledMeeting.SKIP) {
        LocalDate scheduled = meeting.movedFrom().orElse(meeting.date());
        index = ChronoUnit.WEEKS.between(monday(anchor), monday(scheduled));
      } else if (meeting.date().isBefore(anchor)) {
        index = -schedule.meetings(meeting.date(), anchor).size();
      } else {
        index = schedule.meetings(anchor, meeting.date()).size();
      }
      return order.get((int) Math.floorMod(index, 5L));
    }

    Optional<ScheduledMeeting> findMeetingOn(LocalDate date) {
      return schedule.meetings(date, date.plusDays(1)).stream().findFirst();
    }

    BcpCohort cohortOfMeetingOn(LocalDate date) {
      return cohortOf(
          findMeetingOn(date)
              .orElseGet(
                  () -> ScheduledMeeting.of(date, schedule.startTime(), schedule.duration())));
    }

    Optional<ScheduledMeeting> findNextMeetingOf(BcpCohort cohort, LocalDate fromInclusive) {
      LocalDate endExclusive = fromInclusive.plusYears(1);
      for (LocalDate from = fromInclusive; from.isBefore(endExclusive); ) {
        LocalDate to = from.plusWeeks(5).isBefore(endExclusive) ? from.plusWeeks(5) : endExclusive;
        Optional<ScheduledMeeting> found =
            schedule.meetings(from, to).stream()
                .filter(meeting -> cohortOf(meeting) == cohort)
                .findFirst();
        if (found.isPresent()) {
          return found;
        }
        from = to;
      }
      return Optional.empty();
    }

    private static LocalDate monday(LocalDate date) {
      return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
  }

  /** Rotations checked against the reference, built once (a schedule expands its meetings once). */
  private static final List<BcpRotation> ROTATIONS =
      variants().stream().map(BcpAuthorityProvider::rotation).toList();

  private static final List<Reference> REFERENCES =
      IntStream.range(0, ROTATIONS.size())
          .mapToObj(i -> Reference.of(variants().get(i), ROTATIONS.get(i).schedule()))
          .toList();

  /** Settings whose rotations are checked against the reference. */
  private static List<AuthoritySettings> variants() {
    AuthoritySettings cancelled =
        defaults().withText("bcp.cancelled-meetings", "2025-11-13,2026-01-15,2026-03-05");
    return List.of(
        defaults(),
        cancelled,
        cancelled.with(BcpSettings.ROTATION_ON_CANCELLED_MEETING, RotationOnCancelledMeeting.DEFER),
        // An anchor before the held span: the deferred count is taken from the schedule.
        cancelled
            .with(BcpSettings.ROTATION_ON_CANCELLED_MEETING, RotationOnCancelledMeeting.DEFER)
            .withText("bcp.rotation-anchor", "1989-06-01"),
        defaults()
            .withText("bcp.rotation-anchor", "2031-02-13")
            .withText("bcp.rotation-order", "c,e,a,d,b"));
  }

  /** The value, or the class of the exception thrown. */
  private static Object outcome(Supplier<?> answer) {
    try {
      return answer.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private static void assertSameAsReference(
      BcpRotation rotation, Reference reference, LocalDate date) {
    assertThat(outcome(() -> rotation.findMeetingOn(date)))
        .as("findMeetingOn %s", date)
        .isEqualTo(outcome(() -> reference.findMeetingOn(date)));
    assertThat(outcome(() -> rotation.cohortOfMeetingOn(date)))
        .as("cohortOfMeetingOn %s", date)
        .isEqualTo(outcome(() -> reference.cohortOfMeetingOn(date)));
    for (BcpCohort cohort : BcpCohort.values()) {
      assertThat(outcome(() -> rotation.findNextMeetingOf(cohort, date)))
          .as("findNextMeetingOf %s %s", cohort, date)
          .isEqualTo(outcome(() -> reference.findNextMeetingOf(cohort, date)));
    }
    reference
        .findMeetingOn(date)
        .ifPresent(
            meeting ->
                assertThat(rotation.cohortOf(meeting))
                    .as("cohortOf %s", meeting)
                    .isEqualTo(reference.cohortOf(meeting)));
  }

  @Test
  void test_findNextMeetingOf_BCP_5_para1_sameAsComputingFromTheSchedule() {
    for (int i = 0; i < ROTATIONS.size(); i++) {
      BcpRotation rotation = ROTATIONS.get(i);
      Reference reference = REFERENCES.get(i);
      qt().withExamples(150)
          .forAll(Generators.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2099, 12, 31)))
          .checkAssert(date -> assertSameAsReference(rotation, reference, date));
    }
  }

  static Stream<LocalDate> edges() {
    // The first and last days of the calendar, of the held span (to 1 December of its last
    // year), a year before its end, and the weeks around the new year and bank holidays.
    return Stream.of(
            LocalDate.of(1990, 1, 1),
            LocalDate.of(1999, 12, 30),
            LocalDate.of(2000, 1, 6),
            LocalDate.of(2025, 12, 24),
            LocalDate.of(2025, 12, 29),
            LocalDate.of(2026, 1, 2),
            LocalDate.of(2098, 11, 30),
            LocalDate.of(2098, 12, 1),
            LocalDate.of(2098, 12, 2),
            LocalDate.of(2099, 11, 26),
            LocalDate.of(2099, 11, 30),
            LocalDate.of(2099, 12, 1),
            LocalDate.of(2099, 12, 3),
            LocalDate.of(2099, 12, 31))
        .flatMap(date -> Stream.iterate(date.minusDays(3), d -> d.plusDays(1)).limit(7));
  }

  @ParameterizedTest
  @MethodSource("edges")
  void test_cohortOfMeetingOn_BCP_5_para1_sameAsComputingFromTheScheduleAtTheEdges(LocalDate date) {
    for (int i = 0; i < ROTATIONS.size(); i++) {
      assertSameAsReference(ROTATIONS.get(i), REFERENCES.get(i), date);
    }
  }
}
