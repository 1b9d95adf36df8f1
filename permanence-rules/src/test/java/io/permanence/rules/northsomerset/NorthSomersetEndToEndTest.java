package io.permanence.rules.northsomerset;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** North Somerset end to end with the {@link Evaluator}: a new entrant at the next panel. */
class NorthSomersetEndToEndTest {

  private static final Authority NORTH_SOMERSET =
      new NorthSomersetProvider().create(NorthSomersetProvider.exampleSettings());
  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate WED_2026_03_04 = LocalDate.of(2026, 3, 4);
  private static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);

  @Test
  void test_agendas_newlyLookedAfterChildAtTheNextPanelUnderNewEntrants() {
    CaseFile file =
        Scenario.child("C1")
            .bornOn(LocalDate.of(2014, 7, 19))
            .lookedAfterFrom(WED_2026_03_04, LegalStatusCode.V2, PlacementCode.U6)
            .build();
    AgendaPlan plan =
        Evaluator.of(NORTH_SOMERSET)
            .agendas(List.of(file), MON_2026_03_02, MON_2026_03_02.plusWeeks(5));
    Agenda agenda =
        plan.agendas().stream()
            .filter(a -> a.sections().stream().anyMatch(s -> !s.items().isEmpty()))
            .findFirst()
            .orElseThrow();
    assertThat(agenda.meeting().date()).isEqualTo(WED_2026_03_11);
    AgendaItem item = agenda.sections().get(0).items().get(0);
    assertThat(item.child()).isEqualTo(ChildId.of("C1"));
    assertThat(item.heading()).isEqualTo(NorthSomerset.NEW_ENTRANTS);
    assertThat(item.reasons())
        .singleElement()
        .asString()
        .contains("became looked after on Wed 2026-03-04");
    assertThat(item.citations()).extracting(Object::toString).containsExactly("NSomerset §6 s2");
    assertThat(item.questions()).hasSize(4);
    // the terms of reference name no paperwork for the panel
    assertThat(item.papers()).isEmpty();
    assertThat(item.attendees()).contains(Role.SOCIAL_WORKER, Role.TEAM_MANAGER).hasSize(4);
    assertThat(plan.findings()).isEmpty();
  }
}
