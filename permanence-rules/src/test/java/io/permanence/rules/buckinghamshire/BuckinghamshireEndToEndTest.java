package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Buckinghamshire end to end with the {@link Evaluator}: the Permanency Panel as the permanence
 * planning meeting before the second Children in Care review (§8 fn(b)).
 */
class BuckinghamshireEndToEndTest {

  private static final Authority BUCKINGHAMSHIRE = new BuckinghamshireAuthorityProvider().create();
  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);

  @Test
  void test_agendas_permanencePlanningMeetingBeforeTheSecondReview() {
    CaseFile file =
        Scenario.child("C1")
            .bornOn(LocalDate.of(2020, 8, 30))
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .review(MON_2026_02_02)
            .document(DocumentType.CARE_PLAN, LocalDate.of(2026, 1, 16))
            .build();
    AgendaPlan plan =
        Evaluator.of(BUCKINGHAMSHIRE)
            .agendas(List.of(file), MON_2026_03_30, MON_2026_03_30.plusWeeks(5));
    Agenda agenda =
        plan.agendas().stream()
            .filter(a -> a.panel().equals(BuckinghamshirePanels.PERMANENCY))
            .filter(a -> a.sections().stream().anyMatch(s -> !s.items().isEmpty()))
            .findFirst()
            .orElseThrow();
    assertThat(agenda.meeting().date()).isEqualTo(THU_2026_04_09);
    AgendaItem item =
        agenda.sections().stream()
            .flatMap(s -> s.items().stream())
            .filter(i -> i.child().equals(ChildId.of("C1")))
            .findFirst()
            .orElseThrow();
    assertThat(item.heading().id()).isEqualTo("permanence-planning-meeting");
    assertThat(item.reasons()).singleElement().asString().contains("Sat 2026-05-02");
    assertThat(item.citations()).extracting(c -> c.clause()).containsExactly("§8 fn(b)");
    assertThat(item.questions()).hasSize(2);
    assertThat(item.papers())
        .extracting(PaperStatus::document, PaperStatus::onFileOn)
        .containsExactly(tuple(DocumentType.CARE_PLAN, Optional.of(LocalDate.of(2026, 1, 16))));
    assertThat(item.hasAllPapers()).isTrue();
    assertThat(item.attendees()).containsExactly(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    assertThat(plan.findings()).isEmpty();
  }
}
