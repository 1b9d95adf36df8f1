package io.permanence.rules.barnet;

import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.LegalStatusCode.V4;
import static io.permanence.core.reference.PlacementCode.U3;
import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.WED_2026_03_18;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlaPresentationRuleTest {

  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);

  private final BlaPresentationRule rule =
      new BlaPresentationRule(remit(BARNET, BecameLookedAfterRemit.NAME), BARNET.settings());

  private List<Deadline> deadlines(CaseFile file, LocalDate asOf) {
    return rule.deadlinesFor(file, EvaluationContext.of(asOf, EW, BARNET.settings()));
  }

  @Test
  void test_Barnet_Remit_1_s3_latePresentationIsOverdue() {
    CaseFile file = child("C1").lookedAfterFrom(WED_2026_03_18, V2, U3).build();
    Deadline deadline = deadlines(file, WED_2026_04_01).get(0);
    assertThat(deadline.dueDate()).isEqualTo(TUE_2026_03_31);
    assertThat(deadline.status(WED_2026_04_01, Optional.empty())).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(deadline.status(TUE_2026_03_31, Optional.empty()))
        .isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.trace())
        .startsWith(
            "first panel after the BLA window closing Tue 2026-03-24 17:00 → Tue 2026-03-31");
    assertThat(deadline.timescale().amount()).isEqualTo(13);
    assertThat(rule.driftKind()).isEqualTo(DriftKind.PANEL_MISSED);
    assertThat(rule.escalateTo()).contains(Role.OPERATIONAL_DIRECTOR);
  }

  @Test
  void test_Barnet_Remit_1_s3_presentedIsMet_shortBreaksHaveNoDeadline() {
    CaseFile presented =
        child("C1")
            .lookedAfterFrom(WED_2026_03_18, V2, U3)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_31, "remit-1")
            .build();
    Deadline met = deadlines(presented, WED_2026_04_01).get(0);
    assertThat(met.metOn()).contains(TUE_2026_03_31);
    assertThat(met.status(WED_2026_04_01)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines(presented, LocalDate.of(2026, 3, 30)).get(0).metOn()).isEmpty();
    CaseFile late =
        child("C4")
            .lookedAfterFrom(WED_2026_03_18, V2, U3)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_31.plusWeeks(1), "r")
            .build();
    LocalDate asOf = TUE_2026_03_31.plusWeeks(1);
    assertThat(deadlines(late, asOf).get(0).status(asOf)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(
            deadlines(child("C2").lookedAfterFrom(WED_2026_03_18, V4, U3).build(), WED_2026_04_01))
        .isEmpty();
    assertThat(deadlines(child("C3").build(), WED_2026_04_01)).isEmpty();
  }
}
