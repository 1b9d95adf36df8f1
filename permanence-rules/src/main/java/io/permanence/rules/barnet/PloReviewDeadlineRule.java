package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.rules.barnet.BarnetSettings.PloReviewAnchor;
import java.util.List;
import java.util.Optional;

/**
 * The 8-weekly review of pre-proceedings at panel as a deadline (§Remit 3(a), see {@link
 * PloReviewRemit}): for a child in pre-proceedings on the context's date, the next review due,
 * counting panel appearances up to that date. Overdue from the day after. Route: {@link
 * BarnetEscalationRoute#DECISION_DELAY}.
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

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    Optional<PreProceedings> plo = file.findPreProceedingsOn(context.asOf());
    if (plo.isEmpty()) {
      return List.of();
    }
    PloReviews.Due due =
        PloReviews.nextDue(
            file, plo.get(), context.asOf().plusDays(1), interval, anchor, context.calendar());
    return List.of(
        DeadlineRule.of(
                "Pre-proceedings reviewed at the Permanency Planning Panel",
                due.fromEvent(),
                due.timescale(),
                citation())
            .deadlineFrom(due.from(), context.calendar()));
  }
}
