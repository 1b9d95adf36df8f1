package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FamilyFindingRuleTest {

  private final FamilyFindingRule rule = new FamilyFindingRule();
  private static final LocalDate WED_2026_07_01 = LocalDate.of(2026, 7, 1);

  private static CaseFile placementOrderOnMar2(LocalDate matched) {
    AdoptionMilestones.Builder milestones = AdoptionMilestones.builder();
    milestones.placementOrderOn(MON_2026_03_02);
    if (matched != null) {
      milestones.matchedOn(matched);
    }
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.E1, PlacementCode.U5)
        .adoption(milestones.build())
        .build();
  }

  @Test
  void test_NSomerset_5_b_noTimescaleStated_noDeadlineByDefault() {
    assertThat(rule.deadlinesFor(placementOrderOnMar2(null), on(WED_2026_07_01))).isEmpty();
  }

  @Test
  void test_NSomerset_5_b_alertDaysConfigured_adoptionMatchDue() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.family-finding-alert-days", "121");
    Deadline deadline =
        rule.deadlinesFor(placementOrderOnMar2(null), on(WED_2026_07_01, settings)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(WED_2026_07_01);
    assertThat(deadline.status(WED_2026_07_01)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.status(WED_2026_07_01.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
    Deadline met =
        rule.deadlinesFor(placementOrderOnMar2(WED_2026_07_01), on(WED_2026_07_01, settings))
            .get(0);
    assertThat(met.status(WED_2026_07_01)).isEqualTo(DeadlineStatus.MET);
  }
}
