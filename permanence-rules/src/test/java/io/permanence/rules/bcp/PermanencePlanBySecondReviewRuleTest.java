package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.BCP;
import static io.permanence.rules.bcp.BcpFixtures.bcp;
import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Became looked after Mon 2026-03-16: first review due Wed 2026-04-15 (20 working days, skipping
 * Good Friday and Easter Monday), second review due 3 months after the first.
 */
class PermanencePlanBySecondReviewRuleTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_07_15 = LocalDate.of(2026, 7, 15);

  private static PermanencePlanBySecondReviewRule rule(Authority authority) {
    return BcpFixtures.deadlineRule(authority, PermanencePlanBySecondReviewRule.class);
  }

  private static Scenario lookedAfter() {
    return Scenario.child("C1")
        .lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V2, PlacementCode.U4);
  }

  private static Deadline deadline(Authority authority, CaseFile file, LocalDate asOf) {
    List<Deadline> deadlines =
        rule(authority)
            .deadlinesFor(
                file, EvaluationContext.of(asOf, authority.calendar(), authority.settings()));
    assertThat(deadlines).hasSize(1);
    return deadlines.get(0);
  }

  private static DeadlineStatus status(CaseFile file, LocalDate asOf) {
    return deadline(BCP, file, asOf).status(asOf);
  }

  @Test
  void test_BCP_1_para3_s1_noReviewsYet_dueThreeMonthsAfterFirstReviewDue() {
    Deadline deadline = deadline(BCP, lookedAfter().build(), LocalDate.of(2026, 4, 1));
    assertThat(deadline.startDate()).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(deadline.dueDate()).isEqualTo(WED_2026_07_15);
    assertThat(deadline.citation()).isEqualTo(BcpAuthorityProvider.cite("§1 ¶3 s1"));
    assertThat(deadline.trace()).contains("CPPCR 2010 reg 33").contains("no plan yet");
  }

  @Test
  void test_BCP_1_para3_s1_firstReviewHeldEarly_dueFromIt() {
    Deadline deadline =
        deadline(
            BCP, lookedAfter().review(LocalDate.of(2026, 4, 10)).build(), LocalDate.of(2026, 5, 1));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 7, 10));
  }

  @Test
  void test_BCP_1_para3_s1_secondReviewHeld_dueOnIt() {
    CaseFile file =
        lookedAfter().review(LocalDate.of(2026, 4, 10)).review(LocalDate.of(2026, 6, 30)).build();
    assertThat(deadline(BCP, file, LocalDate.of(2026, 7, 1)).dueDate())
        .isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void test_BCP_1_para3_s1_fourMonthsSetting() {
    Authority authority =
        bcp(
            defaults()
                .withText("bcp.second-review-deadline", "FOUR_MONTHS_FROM_BECOMING_LOOKED_AFTER"));
    Deadline deadline = deadline(authority, lookedAfter().build(), LocalDate.of(2026, 4, 1));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 7, 16));
    assertThat(deadline.startDate()).isEqualTo(MON_2026_03_16);
  }

  @Test
  void test_BCP_1_para3_s1_planByDueDate_met_dayAfter_metLate_none_overdue() {
    LocalDate asOf = LocalDate.of(2026, 7, 20);
    assertThat(status(lookedAfter().plan(WED_2026_07_15, PermanenceOption.ADOPTION).build(), asOf))
        .isEqualTo(DeadlineStatus.MET);
    assertThat(
            status(
                lookedAfter().plan(WED_2026_07_15.plusDays(1), PermanenceOption.ADOPTION).build(),
                asOf))
        .isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(status(lookedAfter().build(), WED_2026_07_15.plusDays(1)))
        .isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(status(lookedAfter().plan(MON_2026_03_16, PermanenceOption.OTHER).build(), asOf))
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_BCP_1_para3_s1_planRecordedBeforeBecomingLookedAfter_metFromDayOne() {
    CaseFile file =
        Scenario.child("C1")
            .plan(LocalDate.of(2026, 1, 5), PermanenceOption.REUNIFICATION)
            .lookedAfterFrom(MON_2026_03_16, LegalStatusCode.V2, PlacementCode.U4)
            .build();
    Deadline deadline = deadline(BCP, file, LocalDate.of(2026, 4, 1));
    assertThat(deadline.metOn()).contains(MON_2026_03_16);
  }

  @Test
  void test_BCP_1_para3_s2_escalatesToTheIro() {
    assertThat(rule(BCP).escalateTo()).contains(Role.IRO);
  }

  @Test
  void test_deadlinesFor_notInCare_none() {
    assertThat(
            rule(BCP)
                .deadlinesFor(
                    Scenario.child("C1").build(),
                    EvaluationContext.of(MON_2026_03_16, BCP.calendar(), BCP.settings())))
        .isEmpty();
  }
}
