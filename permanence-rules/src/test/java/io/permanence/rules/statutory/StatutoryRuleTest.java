package io.permanence.rules.statutory;

import static io.permanence.core.reference.LegalStatusCode.C1;
import static io.permanence.core.reference.PlacementCode.U6;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryRuleTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
  private static final LocalDate MON_2026_07_20 = LocalDate.of(2026, 7, 20);

  @Test
  void test_deadlinesFor_theTrackedDeadlinesCarryingTheirMetDates() {
    CaseFile file =
        Scenario.child("C1").lookedAfterFrom(MON_2026_03_16, C1, U6).review(TUE_2026_04_14).build();
    EvaluationContext context =
        EvaluationContext.of(
            MON_2026_07_20, WorkingCalendars.englandAndWales(), AuthoritySettings.none());
    CaseDeadlineRule rule = StatutoryTimescales.lookedAfterReviews();

    assertThat(rule.deadlinesFor(file, context))
        .hasSize(2)
        .containsExactlyElementsOf(
            StatutoryTimescales.lookedAfterReviews().track(file, context).stream()
                .map(tracked -> tracked.deadline().withMetOn(tracked.metOn()))
                .toList());
    assertThat(rule.deadlinesFor(file, context).get(0).metOn()).contains(TUE_2026_04_14);
    assertThat(rule.deadlinesFor(file, context).get(0).status(MON_2026_07_20))
        .isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_toString_nameKindAndCitation() {
    assertThat(StatutoryTimescales.careProceedings().toString())
        .isEqualTo("Care proceedings within 26 weeks [STATUTORY] (Children Act 1989 s.32(1)(a))");
    assertThat(StatutoryTimescales.policeProtection().toString())
        .isEqualTo("Police protection [STATUTORY] (Children Act 1989 s.46(6) [unverified])");
  }
}
