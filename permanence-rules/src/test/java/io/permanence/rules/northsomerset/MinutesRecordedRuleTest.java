package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_16;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinutesRecordedRuleTest {

  private final MinutesRecordedRule rule = new MinutesRecordedRule();

  private static CaseFile file() {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
        .appearedAt(NorthSomerset.PANEL.id(), WED_2026_03_11, "two-monthly")
        .document(DocumentType.PANEL_MINUTES, LocalDate.of(2026, 3, 19))
        .build();
  }

  @Test
  void test_NSomerset_3_5_noTimescaleStated_noDeadlineByDefault() {
    assertThat(rule.deadlinesFor(file(), on(MON_2026_03_16))).isEmpty();
  }

  @Test
  void test_NSomerset_3_5_configured_minutesOnFileLate() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.minutes-deadline", "5 working days");
    Deadline deadline = rule.deadlinesFor(file(), on(LocalDate.of(2026, 3, 20), settings)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(deadline.status(LocalDate.of(2026, 3, 20))).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(deadline.status(MON_2026_03_16)).isEqualTo(DeadlineStatus.DUE_SOON);
  }
}
