package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.rules.barnet.BarnetSettings.PloReviewAnchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 8-weekly review of pre-proceedings at panel as a deadline (§Remit 3(a), see {@link
 * PloReviewRemit}): for a child in pre-proceedings on the context's date, each review due since the
 * pre-proceedings began, counting the panel appearances before it, met ({@link Deadline#metOn()})
 * by the next appearance at the panel that counts as a review (one that moves the next review on);
 * then the next review due, counting appearances up to that date, unmet. Overdue from the day
 * after. Route: {@link BarnetEscalationRoute#DECISION_DELAY}.
 */
public final class PloReviewDeadlineRule implements CaseDeadlineRule {

  /** The rule's name. */
  public static final String NAME = "Pre-proceedings 8-weekly review";

  private final Timescale interval;
  private final PloReviewAnchor anchor;

  /**
   * The rule.
   *
   * @param settings the Barnet settings
   */
  public PloReviewDeadlineRule(AuthoritySettings settings) {
    this.interval = settings.get(BarnetSettings.PLO_REVIEW_INTERVAL);
    this.anchor = settings.get(BarnetSettings.PLO_REVIEW_ANCHOR);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Citation citation() {
    return Barnet.cite("§Remit 3(a)");
  }

  /** The escalation route of an overdue review. */
  public BarnetEscalationRoute route() {
    return BarnetEscalationRoute.DECISION_DELAY;
  }

  /** The route's most senior role ({@link BarnetEscalationRoute#mostSenior()}). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(route().mostSenior());
  }

  /** A pre-proceedings review the panel should have heard. */
  @Override
  public DriftKind driftKind() {
    return DriftKind.PANEL_MISSED;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<PreProceedings> plo = file.findPreProceedingsOn(asOf);
    if (plo.isEmpty()) {
      return List.of();
    }
    List<LocalDate> reviews =
        file.panelAppearances().stream()
            .filter(a -> a.panel().equals(Barnet.PERMANENCY_PLANNING_PANEL))
            .map(PanelAppearance::meetingOn)
            .filter(day -> !day.isBefore(plo.get().start()) && !day.isAfter(asOf))
            .distinct()
            .sorted()
            .toList();
    List<Deadline> deadlines = new ArrayList<>();
    for (LocalDate review : reviews) {
      Deadline pending = due(file, plo.get(), review, context);
      boolean counted =
          !due(file, plo.get(), review.plusDays(1), context).dueDate().equals(pending.dueDate());
      if (counted
          && (deadlines.isEmpty()
              || !deadlines.get(deadlines.size() - 1).dueDate().equals(pending.dueDate()))) {
        deadlines.add(pending.withMetOn(review));
      }
    }
    deadlines.add(due(file, plo.get(), asOf.plusDays(1), context));
    return List.copyOf(deadlines);
  }

  /** The review due counting the appearances before {@code before}. */
  private Deadline due(
      CaseFile file, PreProceedings plo, LocalDate before, EvaluationContext context) {
    PloReviews.Due due =
        PloReviews.nextDue(file, plo, before, interval, anchor, context.calendar());
    return DeadlineRule.of(
            "Pre-proceedings reviewed at the Permanency Planning Panel",
            due.fromEvent(),
            due.timescale(),
            citation())
        .deadlineFrom(due.from(), context.calendar());
  }
}
