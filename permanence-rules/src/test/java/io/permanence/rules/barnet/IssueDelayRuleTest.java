package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueDelayRuleTest {

  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);

  private final IssueDelayRule rule = new IssueDelayRule(DEFAULTS);

  private List<Deadline> deadlines(CaseFile file, LocalDate asOf) {
    return rule.deadlinesFor(file, EvaluationContext.of(asOf, EW, DEFAULTS));
  }

  @Test
  void test_Barnet_Remit_3b_s1_agreedProceedingsTrackedUntilIssued() {
    CaseFile file = child("C1").careProceedingsDecided(MON_2026_03_30, DecisionForum.PANEL).build();
    Deadline deadline = deadlines(file, LocalDate.of(2026, 4, 1)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(WED_2026_04_15);
    assertThat(deadline.trace())
        .isEqualTo(
            "10 working days after Mon 2026-03-30, skipping Fri 2026-04-03 and Mon 2026-04-06 →"
                + " Wed 2026-04-15");
    CaseFile issued =
        child("C2")
            .careProceedingsDecided(MON_2026_03_30, DecisionForum.PANEL)
            .careProceedingsIssued(LocalDate.of(2026, 4, 10))
            .build();
    assertThat(deadlines(issued, LocalDate.of(2026, 4, 9)).get(0).metOn()).isEmpty();
    Deadline met = deadlines(issued, LocalDate.of(2026, 4, 10)).get(0);
    assertThat(met.metOn()).contains(LocalDate.of(2026, 4, 10));
    assertThat(met.status(LocalDate.of(2026, 4, 10))).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_Barnet_Remit_3b_s2_issuedAfterTheDueDate_metLate() {
    CaseFile late =
        child("C1")
            .careProceedingsDecided(MON_2026_03_30, DecisionForum.PANEL)
            .careProceedingsIssued(LocalDate.of(2026, 4, 20))
            .build();
    LocalDate asOf = LocalDate.of(2026, 4, 21);
    assertThat(deadlines(late, asOf).get(0).status(asOf)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(deadlines(late, LocalDate.of(2026, 4, 16)).get(0).status(LocalDate.of(2026, 4, 16)))
        .isEqualTo(DeadlineStatus.OVERDUE);
  }
}
