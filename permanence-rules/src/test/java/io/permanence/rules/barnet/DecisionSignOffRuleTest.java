package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionSignOffRuleTest {

  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);

  private final DecisionSignOffRule rule = new DecisionSignOffRule(DEFAULTS);

  private static PanelDecision decision(String id, PanelId panel, Optional<LocalDate> signed) {
    return PanelDecision.builder()
        .id(DecisionId.of(id))
        .panel(panel)
        .madeOn(TUE_2026_03_24)
        .signedOffOn(signed)
        .signOffBy(Barnet.OPERATIONAL_DIRECTOR_FAMILY_SERVICES)
        .text("decision")
        .build();
  }

  private List<Deadline> deadlines(CaseFile file, LocalDate asOf) {
    return rule.deadlinesFor(file, EvaluationContext.of(asOf, EW, DEFAULTS));
  }

  @Test
  void test_Barnet_Process_Decision_1_signedOffWithinSevenDaysOfPanel() {
    CaseFile file =
        child("C1")
            .decision(decision("D1", Barnet.PERMANENCY_PLANNING_PANEL, Optional.empty()))
            .build();
    List<Deadline> due = deadlines(file, TUE_2026_03_31);
    assertThat(due).singleElement().extracting(Deadline::dueDate).isEqualTo(TUE_2026_03_31);
    assertThat(due.get(0).status(TUE_2026_03_31, Optional.empty()))
        .isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadlines(file, WED_2026_04_01).get(0).status(WED_2026_04_01, Optional.empty()))
        .isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(due.get(0).citation()).isEqualTo(Barnet.cite("§Process.Decision(1)"));
    assertThat(rule.route().escalateTo())
        .containsExactly(Role.HEAD_OF_SERVICE, Role.OPERATIONAL_DIRECTOR);
    assertThat(rule.escalateTo()).contains(Role.OPERATIONAL_DIRECTOR);
    assertThat(rule.driftKind()).isEqualTo(DriftKind.DECISION_NOT_SIGNED_OFF);
  }

  @Test
  void test_Barnet_Process_Decision_1_signedOffIsMet() {
    CaseFile file =
        child("C1")
            .decision(decision("D1", Barnet.PERMANENCY_PLANNING_PANEL, Optional.of(MON_2026_03_30)))
            .decision(decision("D2", PanelId.of("other-panel"), Optional.empty()))
            .build();
    Deadline met = deadlines(file, WED_2026_04_01).get(0);
    assertThat(met.metOn()).contains(MON_2026_03_30);
    assertThat(met.status(WED_2026_04_01)).isEqualTo(DeadlineStatus.MET);
    // signed off after the date judged on: not yet known then
    assertThat(deadlines(file, LocalDate.of(2026, 3, 27)))
        .singleElement()
        .extracting(Deadline::metOn)
        .isEqualTo(Optional.empty());
    // a decision after the date is not yet made
    assertThat(deadlines(file, LocalDate.of(2026, 3, 23))).isEmpty();
  }

  @Test
  void test_Barnet_Process_Decision_1_signedOffAfterSevenDays_metLate() {
    LocalDate wed20260401 = WED_2026_04_01;
    CaseFile file =
        child("C1")
            .decision(decision("D1", Barnet.PERMANENCY_PLANNING_PANEL, Optional.of(wed20260401)))
            .build();
    assertThat(deadlines(file, wed20260401).get(0).status(wed20260401))
        .isEqualTo(DeadlineStatus.MET_LATE);
  }

  @Test
  void test_Barnet_Process_Decision_1_timescaleSetting() {
    DecisionSignOffRule working =
        new DecisionSignOffRule(DEFAULTS.withText("barnet.decision-sign-off", "5 working days"));
    CaseFile file =
        child("C1")
            .decision(decision("D1", Barnet.PERMANENCY_PLANNING_PANEL, Optional.empty()))
            .build();
    assertThat(
            working
                .deadlinesFor(file, EvaluationContext.of(WED_2026_04_01, EW, DEFAULTS))
                .get(0)
                .dueDate())
        .isEqualTo(TUE_2026_03_31);
    assertThat(
            new DecisionSignOffRule(
                    DEFAULTS.withText("barnet.decision-sign-off", "10 working days"))
                .deadlinesFor(file, EvaluationContext.of(WED_2026_04_01, EW, DEFAULTS))
                .get(0)
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 4, 9));
  }
}
