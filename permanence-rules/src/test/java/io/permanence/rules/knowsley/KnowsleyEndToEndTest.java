package io.permanence.rules.knowsley;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Knowsley end to end with the {@link Evaluator}: a child placed with parents under Part 3. */
class KnowsleyEndToEndTest {

  private static final Authority KNOWSLEY =
      new KnowsleyProvider().create(KnowsleyProvider.exampleSettings());
  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate TUE_2026_01_20 = LocalDate.of(2026, 1, 20);
  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);

  @Test
  void test_agendas_placedWithParentsUnderPart3WithPapersAndAttendees() {
    CaseFile file =
        Scenario.child("C1")
            .bornOn(LocalDate.of(2016, 10, 2))
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .placementChange(TUE_2026_01_20, PlacementCode.P1)
            .document(DocumentType.CARE_PLAN, LocalDate.of(2026, 1, 19))
            .build();
    AgendaPlan plan =
        Evaluator.of(KNOWSLEY).agendas(List.of(file), MON_2026_03_02, MON_2026_03_02.plusWeeks(5));
    Agenda agenda =
        plan.agendas().stream()
            .filter(a -> a.panel().equals(Knowsley.PANEL))
            .findFirst()
            .orElseThrow();
    assertThat(agenda.meeting().date()).isEqualTo(TUE_2026_03_17);
    AgendaItem item =
        agenda.sections().stream()
            .flatMap(s -> s.items().stream())
            .filter(i -> i.child().equals(ChildId.of("C1")))
            .findFirst()
            .orElseThrow();
    assertThat(item.heading().id()).isEqualTo("part-3");
    assertThat(item.reasons())
        .singleElement()
        .asString()
        .contains("under a care order: is revocation appropriate?");
    assertThat(item.citations()).extracting(Object::toString).contains("Knowsley §Part 3 s1");
    assertThat(item.questions()).hasSize(2);
    assertThat(item.papers()).extracting(PaperStatus::document).startsWith(DocumentType.CARE_PLAN);
    assertThat(item.papers().get(0).onFileOn()).contains(LocalDate.of(2026, 1, 19));
    assertThat(item.papers().subList(1, item.papers().size()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.onFileOn()).isEqualTo(Optional.empty()));
    assertThat(item.attendees()).contains(Role.IRO, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    assertThat(plan.findings()).isEmpty();
  }
}
