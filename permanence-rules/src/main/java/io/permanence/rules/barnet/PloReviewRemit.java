package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.Timescale;
import io.permanence.rules.barnet.BarnetSettings.PloReviewAnchor;
import java.util.Optional;

/**
 * Barnet remit 3(a): "children subject to pre-proceedings process will be reviewed every 8 weeks"
 * (§Remit 3(a)).
 *
 * <p>Cohort: in pre-proceedings on the context's date. The review is due 8 weeks (56 days) after
 * the last panel review of this PLO, else after its start (the initial PLO meeting, else the letter
 * before proceedings, else the decision; I-BAR-06, I-COM-04); the child goes to the meeting in the
 * 7 days ending on the due date, and an unheard review is carried to the next meetings until the
 * PLO ends. {@link BarnetSettings#PLO_REVIEW_ANCHOR} {@code PLO_START} counts weeks 8, 16, 24 from
 * the start instead.
 */
public final class PloReviewRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Pre-proceedings 8-weekly review";

  private final Timescale interval;
  private final PloReviewAnchor anchor;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public PloReviewRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_3A, Barnet.cite("§Remit 3(a)"));
    this.interval = settings.get(BarnetSettings.PLO_REVIEW_INTERVAL);
    this.anchor = settings.get(BarnetSettings.PLO_REVIEW_ANCHOR);
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<PreProceedings> plo = file.findPreProceedingsOn(context.asOf());
    if (plo.isEmpty()) {
      return notMet("Not in pre-proceedings");
    }
    PloReviews.Due due =
        PloReviews.nextDue(
            file, plo.get(), meetingDate(context), interval, anchor, context.calendar());
    String reason =
        "In pre-proceedings since "
            + Text.date(plo.get().start())
            + ": review due "
            + Text.date(due.dueDate())
            + " ("
            + due.timescale()
            + " after "
            + due.fromEvent().toLowerCase(java.util.Locale.ROOT)
            + " on "
            + Text.date(due.from())
            + ")";
    return refer(
        file,
        context,
        reason,
        due.dueDate().minusDays(PloReviews.WINDOW_DAYS_BEFORE),
        plo.get().end().orElse(OPEN));
  }
}
