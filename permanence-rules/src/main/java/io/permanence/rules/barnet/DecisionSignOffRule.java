package io.permanence.rules.barnet;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Decision sheets to be signed off by Operational Director Family Services within seven days of
 * panel" (§Process.Decision(1)).
 *
 * <p>For each decision of the Permanency Planning Panel made by the context's date: due the meeting
 * day + 7 calendar days, the meeting day not counted (I-BAR-09, {@link
 * BarnetSettings#DECISION_SIGN_OFF}); met ({@link Deadline#metOn()}) on the day it was signed off,
 * if that is by the context's date, so that a late sign-off is drift history. Route: {@link
 * BarnetEscalationRoute#DECISION_DELAY}.
 */
public final class DecisionSignOffRule implements CaseDeadlineRule {

  /** The rule's name. */
  public static final String NAME = "Decision sheet signed off";

  private final DeadlineRule rule;

  /**
   * The rule.
   *
   * @param settings the Barnet settings
   */
  public DecisionSignOffRule(AuthoritySettings settings) {
    this.rule =
        DeadlineRule.of(
            "Decision sheet signed off by the Operational Director, Family Services",
            "Permanency Planning Panel decision",
            settings.get(BarnetSettings.DECISION_SIGN_OFF),
            citation());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Citation citation() {
    return Barnet.cite("§Process.Decision(1)");
  }

  /** The escalation route of a missed sign-off. */
  public BarnetEscalationRoute route() {
    return BarnetEscalationRoute.DECISION_DELAY;
  }

  /** The route's most senior role ({@link BarnetEscalationRoute#mostSenior()}). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(route().mostSenior());
  }

  /** A decision sheet not signed off in time. */
  @Override
  public DriftKind driftKind() {
    return DriftKind.DECISION_NOT_SIGNED_OFF;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    ImmutableList.Builder<Deadline> deadlines = ImmutableList.builder();
    for (PanelDecision d : file.decisions()) {
      if (d.panel().equals(Barnet.PERMANENCY_PLANNING_PANEL) && !d.madeOn().isAfter(asOf)) {
        deadlines.add(
            rule.deadlineFrom(d.madeOn(), context.calendar())
                .withMetOn(d.signedOffOn().filter(day -> !day.isAfter(asOf))));
      }
    }
    return deadlines.build();
  }
}
