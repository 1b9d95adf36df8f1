package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_16;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_02_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildrenInCareTransferRuleTest {

  private final ChildrenInCareTransferRule rule = new ChildrenInCareTransferRule();

  private static CaseFile file() {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
        .review(LocalDate.of(2026, 1, 30))
        .review(MON_2026_03_02)
        .flag(CaseFlagType.TRANSFERRED_TO_CHILDREN_IN_CARE_TEAM, MON_2026_03_16)
        .build();
  }

  @Test
  void test_NSomerset_5_e_timescaleNotStated_noDeadlineByDefault() {
    assertThat(rule.deadlinesFor(file(), on(MON_2026_03_16))).isEmpty();
  }

  @Test
  void test_NSomerset_5_e_configuredFromLookedAfter_metLateByTransferFlag() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.cic-team-transfer", "20 working days");
    Deadline deadline = rule.deadlinesFor(file(), on(MON_2026_03_16, settings)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(deadline.status(MON_2026_03_16)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(deadline.citation().toString()).isEqualTo("NSomerset §5(e)");
  }

  @Test
  void test_NSomerset_5_e_configuredFromSecondReview_met() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.cic-team-transfer", "4 weeks")
            .withText("north-somerset.cic-team-transfer-trigger", "SECOND_REVIEW");
    Deadline deadline = rule.deadlinesFor(file(), on(MON_2026_03_16, settings)).get(0);
    assertThat(deadline.startDate()).isEqualTo(MON_2026_03_02);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(deadline.status(MON_2026_03_16)).isEqualTo(DeadlineStatus.MET);
    assertThat(rule.deadlinesFor(file(), on(WED_2026_02_11, settings))).isEmpty();
  }
}
