package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BCP end to end with the {@link Evaluator}: rotation, cohort (b) and an agenda item. */
class BcpEndToEndTest {

  private static final LocalDate THU_2026_01_08 = LocalDate.of(2026, 1, 8);
  private static final LocalDate THU_2026_01_15 = LocalDate.of(2026, 1, 15);
  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2025_09_01 = LocalDate.of(2025, 9, 1);
  private static final BcpRotation ROTATION = BcpAuthorityProvider.rotation(BCP.settings());

  /** A child of 8 on a care order, placed with parents since September 2025: cohort (b). */
  private static CaseFile placedWithParents(String id) {
    return Scenario.child(id)
        .bornOn(LocalDate.of(2017, 5, 4))
        .lookedAfterFrom(MON_2025_06_02, LegalStatusCode.C2, PlacementCode.U4)
        .review(LocalDate.of(2025, 6, 27))
        .review(LocalDate.of(2025, 9, 25))
        .plan(LocalDate.of(2025, 9, 25), PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP)
        .placementChange(MON_2025_09_01, PlacementCode.P1)
        .build();
  }

  private static Optional<AgendaItem> findItem(Agenda agenda, String child) {
    return agenda.sections().stream()
        .flatMap(section -> section.items().stream())
        .filter(item -> item.child().equals(ChildId.of(child)))
        .findFirst();
  }

  @Test
  void test_agendas_rotationVisitsEachCohortOnceInAnyFiveConsecutiveMeetings() {
    // 30 weeks, Easter and the May bank holidays included
    AgendaPlan plan =
        Evaluator.of(BCP).agendas(List.of(), THU_2026_01_08, THU_2026_01_08.plusWeeks(30));
    List<ScheduledMeeting> meetings = plan.agendas().stream().map(Agenda::meeting).toList();
    assertThat(meetings).hasSize(30);
    for (int i = 0; i + 5 <= meetings.size(); i++) {
      EnumSet<BcpCohort> cohorts = EnumSet.noneOf(BcpCohort.class);
      meetings.subList(i, i + 5).forEach(m -> cohorts.add(ROTATION.cohortOf(m)));
      assertThat(cohorts).as("meetings %s to %s", i, i + 4).hasSize(5);
    }
  }

  @Test
  void test_agendas_cohortBChildListedOnlyAtCohortBMeetings() {
    AgendaPlan plan =
        Evaluator.of(BCP)
            .agendas(
                List.of(placedWithParents("C1")), THU_2026_01_08, THU_2026_01_08.plusWeeks(20));
    List<Agenda> listing =
        plan.agendas().stream().filter(a -> findItem(a, "C1").isPresent()).toList();
    assertThat(listing).isNotEmpty();
    assertThat(listing)
        .allSatisfy(a -> assertThat(ROTATION.cohortOf(a.meeting())).isEqualTo(BcpCohort.B));
    assertThat(listing.get(0).meeting().date()).isEqualTo(THU_2026_01_15);
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void test_agendas_cohortBItemWithReasonsQuestionsPapersAndAttendees() {
    Agenda agenda =
        Evaluator.of(BCP)
            .agendas(List.of(placedWithParents("C1")), THU_2026_01_15, THU_2026_01_15.plusDays(1))
            .agendas()
            .get(0);
    AgendaItem item = findItem(agenda, "C1").orElseThrow();
    assertThat(item.heading().id()).isEqualTo("cohort-b");
    assertThat(item.reasons()).singleElement().asString().contains("P1");
    assertThat(item.citations()).extracting(c -> c.clause()).containsExactly("§5.1(b)");
    assertThat(item.questions()).hasSize(4).isEqualTo(item.heading().questions());
    assertThat(item.papers()).isEmpty();
    assertThat(item.attendees())
        .containsExactly(Role.SERVICE_MANAGER, Role.TEAM_MANAGER, Role.SOCIAL_WORKER);
  }
}
