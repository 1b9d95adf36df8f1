package io.permanence.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluation;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.Heading;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.testkit.cohort.SampleAuthority;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorityLawsTest {

  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final LocalDate WED_2026_05_06 = LocalDate.of(2026, 5, 6);
  private static final LocalDate WED_2026_04_08 = LocalDate.of(2026, 4, 8);

  private static final Authority AUTHORITY = SampleAuthority.create();
  private static final List<CaseFile> COHORT =
      SyntheticCohort.of(SampleAuthority.ID, WED_2026_04_01, 7).list(3000);
  private static final AgendaPlan PLAN =
      Evaluator.of(AUTHORITY).agendas(COHORT, WED_2026_04_01, WED_2026_05_06);

  @Test
  void test_check_sampleAuthority_everyLawHolds() {
    assertThat(AuthorityLaws.check(AUTHORITY, COHORT, WED_2026_04_01, WED_2026_05_06)).isEmpty();
    // The laws had something to check: children listed and excluded over the five weeks.
    assertThat(PLAN.agendas()).hasSize(5);
    assertThat(PLAN.agendas().stream().mapToInt(a -> a.items().size()).sum()).isGreaterThan(20);
    assertThat(PLAN.agendas().stream().mapToInt(a -> a.exclusions().size()).sum()).isPositive();
  }

  @Test
  void test_evaluationEqualsTheSeparateReports_anEmptyTracker_violation() {
    Evaluator engine = Evaluator.of(AUTHORITY);
    Evaluation evaluation = engine.evaluate(COHORT, WED_2026_04_01, WED_2026_05_06);
    Evaluation emptied =
        Evaluation.of(
            evaluation.agendas(),
            evaluation.drift(),
            Tracker.builder().asOf(WED_2026_04_01).build());

    assertThat(AuthorityLaws.evaluationEqualsTheSeparateReports(engine, COHORT, evaluation))
        .isEmpty();
    assertThat(AuthorityLaws.evaluationEqualsTheSeparateReports(engine, COHORT, emptied))
        .singleElement()
        .asString()
        .startsWith("evaluate: tracker rows: 0 in one pass, ")
        .endsWith(" separately");
  }

  @Test
  void test_agendaDatesAreScheduledMeetings_aWednesdayAgenda_violation() {
    // The sample panel meets on Tuesdays: an agenda on Wednesday 8 April is not a meeting.
    Agenda tuesday = PLAN.agendas().get(0);
    Agenda wednesday =
        Agenda.builder()
            .panel(tuesday.panel())
            .meeting(ScheduledMeeting.of(WED_2026_04_08, LocalTime.of(10, 0), Duration.ofHours(3)))
            .referralCutOff(tuesday.referralCutOff())
            .addAllSections(tuesday.sections())
            .build();
    AgendaPlan plan =
        AgendaPlan.builder()
            .startInclusive(WED_2026_04_01)
            .endExclusive(WED_2026_05_06)
            .addAgendas(wednesday)
            .build();

    assertThat(AuthorityLaws.agendaDatesAreScheduledMeetings(AUTHORITY, PLAN)).isEmpty();
    assertThat(AuthorityLaws.agendaDatesAreScheduledMeetings(AUTHORITY, plan))
        .singleElement()
        .asString()
        .contains("not a scheduled meeting");
  }

  @Test
  void test_listedChildrenMeetTheirRemitsAtTheCutOff_itemMovedToALaterMeeting_violation() {
    // An item taken from the first agenda and listed at the fifth: by then the child no longer
    // meets the remit at the cut-off, or the window excludes the meeting, or it was placed twice.
    Agenda first = PLAN.agendas().get(0);
    Agenda last = PLAN.agendas().get(4);
    AgendaItem moved =
        first.items().stream()
            .filter(i -> i.heading().id().equals("new-to-care"))
            .filter(i -> !last.isListed(i.child()))
            .findFirst()
            .orElseThrow();
    Agenda tampered =
        Agenda.builder()
            .panel(last.panel())
            .meeting(last.meeting())
            .referralCutOff(last.referralCutOff())
            .addAllSections(last.sections().stream().map(s -> withItem(s, moved)).toList())
            .build();
    AgendaPlan plan =
        AgendaPlan.builder()
            .startInclusive(WED_2026_04_01)
            .endExclusive(WED_2026_05_06)
            .addAgendas(first, tampered)
            .build();

    assertThat(AuthorityLaws.listedChildrenMeetTheirRemitsAtTheCutOff(AUTHORITY, COHORT, PLAN))
        .isEmpty();
    assertThat(AuthorityLaws.referralsArePlacedOnce(PLAN)).isEmpty();
    assertThat(AuthorityLaws.referralsArePlacedOnce(plan))
        .anyMatch(v -> v.contains(moved.child().id()));
  }

  private static AgendaSection withItem(AgendaSection section, AgendaItem item) {
    Heading heading = section.heading();
    if (!heading.equals(item.heading())) {
      return section;
    }
    return AgendaSection.of(
        heading,
        java.util.stream.Stream.concat(section.items().stream(), java.util.stream.Stream.of(item))
            .toList());
  }

  @Test
  void test_listedChildrenMeetTheirRemitsAtTheCutOff_childNotInCohort_violation() {
    List<String> violations =
        AuthorityLaws.listedChildrenMeetTheirRemitsAtTheCutOff(
            AUTHORITY, COHORT.subList(0, 10), PLAN);

    assertThat(violations).isNotEmpty().allMatch(v -> v.contains("not in the cohort"));
  }

  @Test
  void test_noChildTwiceUnderOneHeading_andNotIncludedAndExcluded_hold() {
    assertThat(AuthorityLaws.noChildTwiceUnderOneHeading(PLAN)).isEmpty();
    assertThat(AuthorityLaws.noChildIncludedAndExcluded(PLAN)).isEmpty();
  }

  @Test
  void test_everyResultCarriesACitation_holds() {
    assertThat(
            AuthorityLaws.everyResultCarriesACitation(
                PLAN, Evaluator.of(AUTHORITY).drift(COHORT, WED_2026_04_01)))
        .isEmpty();
  }
}
