package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_03;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_10;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloReviewDeadlineRuleTest {

  private static final LocalDate TUE_2026_01_06 = LocalDate.of(2026, 1, 6);

  private final PloReviewDeadlineRule rule = new PloReviewDeadlineRule(DEFAULTS);

  private List<Deadline> deadlines(CaseFile file, LocalDate asOf) {
    return rule.deadlinesFor(file, EvaluationContext.of(asOf, EW, DEFAULTS));
  }

  @Test
  void test_Barnet_Remit_3a_reviewDueEightWeeksAfterStartOverdueTheDayAfter() {
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    Deadline deadline = deadlines(file, TUE_2026_03_03).get(0);
    assertThat(deadline.dueDate()).isEqualTo(TUE_2026_03_03);
    assertThat(deadline.startEvent()).isEqualTo("Pre-proceedings began");
    assertThat(rule.driftKind()).isEqualTo(DriftKind.PANEL_MISSED);
    assertThat(deadline.status(TUE_2026_03_03, Optional.empty()))
        .isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(
            deadlines(file, LocalDate.of(2026, 3, 4))
                .get(0)
                .status(LocalDate.of(2026, 3, 4), Optional.empty()))
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_Barnet_Remit_3a_reviewedOnTheDueDateRollsOn() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_03, "remit-3a")
            .build();
    List<Deadline> deadlines = deadlines(file, TUE_2026_03_03);
    assertThat(deadlines)
        .extracting(Deadline::dueDate)
        .containsExactly(TUE_2026_03_03, LocalDate.of(2026, 4, 28));
    assertThat(deadlines.get(0).metOn()).contains(TUE_2026_03_03);
    assertThat(deadlines.get(0).status(TUE_2026_03_03)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines.get(1).metOn()).isEmpty();
    assertThat(deadlines(file, TUE_2026_03_10).get(1).startEvent()).isEqualTo("Last panel review");
    assertThat(deadlines(child("C2").build(), TUE_2026_03_10)).isEmpty();
  }

  @Test
  void test_Barnet_Remit_3a_reviewedAWeekLate_metLateThenRollsOnFromIt() {
    LocalDate tue20260310 = TUE_2026_03_10;
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), tue20260310, "remit-3a")
            .build();
    List<Deadline> deadlines = deadlines(file, tue20260310);
    assertThat(deadlines.get(0).dueDate()).isEqualTo(TUE_2026_03_03);
    assertThat(deadlines.get(0).status(tue20260310)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(deadlines.get(1).startDate()).isEqualTo(tue20260310);
    assertThat(deadlines.get(1).status(tue20260310)).isEqualTo(DeadlineStatus.PENDING);
  }
}
