package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.testkit.Scenario;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Barnet end to end with the {@link Evaluator}: a child who became looked after is presented under
 * remit 1 on the Tuesday after the BLA window (Wednesday to the following Tuesday 5.00pm) closes, 7
 * to 13 days later (§Remit 1 s3).
 */
class BarnetEndToEndTest {

  private static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);
  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  private static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);

  private static CaseFile lookedAfterOn(LocalDate day) {
    return Scenario.child("C1")
        .bornOn(LocalDate.of(2019, 2, 11))
        .lookedAfterFrom(day, LegalStatusCode.V2, PlacementCode.U3)
        .document(DocumentType.GENOGRAM, day.plusDays(2))
        .build();
  }

  private static Optional<Agenda> findListing(AgendaPlan plan) {
    return plan.agendas().stream()
        .filter(
            agenda ->
                agenda.sections().stream()
                    .flatMap(section -> section.items().stream())
                    .anyMatch(item -> item.child().equals(ChildId.of("C1"))))
        .findFirst();
  }

  /**
   * Start days across a week (Wednesday 18 to Tuesday 24 March 2026) and across the Easter week
   * (Wednesday 1 to Tuesday 7 April 2026, Good Friday and Easter Monday bank holidays; the Friday
   * cut-off before Tuesday 7 April moves to Thursday 2 April).
   */
  static Stream<Arguments> startDays() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 18), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 19), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 20), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 21), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 22), TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 23), TUE_2026_03_31),
        Arguments.of(TUE_2026_03_24, TUE_2026_03_31),
        Arguments.of(LocalDate.of(2026, 3, 25), TUE_2026_04_07),
        Arguments.of(LocalDate.of(2026, 3, 31), TUE_2026_04_07),
        Arguments.of(LocalDate.of(2026, 4, 1), TUE_2026_04_14),
        Arguments.of(LocalDate.of(2026, 4, 2), TUE_2026_04_14),
        Arguments.of(LocalDate.of(2026, 4, 3), TUE_2026_04_14),
        Arguments.of(LocalDate.of(2026, 4, 4), TUE_2026_04_14),
        Arguments.of(LocalDate.of(2026, 4, 5), TUE_2026_04_14),
        Arguments.of(LocalDate.of(2026, 4, 6), TUE_2026_04_14),
        Arguments.of(TUE_2026_04_07, TUE_2026_04_14));
  }

  @ParameterizedTest(name = "looked after {0} -> presented {1}")
  @MethodSource("startDays")
  void test_agendas_becameLookedAfter_presentedOnATuesday7To13DaysLater(
      LocalDate lookedAfter, LocalDate presented) {
    AgendaPlan plan =
        Evaluator.of(BARNET)
            .agendas(List.of(lookedAfterOn(lookedAfter)), WED_2026_03_11, presented.plusWeeks(3));
    Agenda agenda = findListing(plan).orElseThrow();
    LocalDate date = agenda.meeting().date();
    assertThat(date).isEqualTo(presented);
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(ChronoUnit.DAYS.between(lookedAfter, date)).isBetween(7L, 13L);
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void test_agendas_blaItemWithReasonsQuestionsPapersAndAttendees() {
    Agenda agenda =
        Evaluator.of(BARNET)
            .agendas(
                List.of(lookedAfterOn(TUE_2026_03_24)), TUE_2026_03_31, TUE_2026_03_31.plusDays(1))
            .agendas()
            .get(0);
    AgendaItem item =
        agenda.sections().stream().flatMap(s -> s.items().stream()).findFirst().orElseThrow();
    assertThat(item.heading().id()).isEqualTo(BarnetPanels.REMIT_1);
    assertThat(item.remits()).containsExactly(BecameLookedAfterRemit.NAME);
    assertThat(item.reasons()).singleElement().asString().contains("Tue 2026-03-24");
    assertThat(item.citations()).extracting(c -> c.clause()).containsExactly("§Remit 1 s3");
    assertThat(item.questions()).hasSize(2);
    assertThat(item.papers())
        .extracting(PaperStatus::document, PaperStatus::onFileOn)
        .containsExactly(
            tuple(Barnet.PPP_FORM, Optional.empty()),
            tuple(DocumentType.GENOGRAM, Optional.of(LocalDate.of(2026, 3, 26))));
    assertThat(item.hasAllPapers()).isFalse();
    assertThat(item.attendees()).containsExactly(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
  }
}
