package io.permanence.rules.barnet;

import com.google.common.collect.Lists;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Barnet remit 3(b): "children where care proceedings has been agreed will be tracked and will be
 * reviewed by panel if there is a delay in application being made" (§Remit 3(b) s2).
 *
 * <p>Delay = not issued within 10 working days of the decision to issue, the decision day not
 * counted (I-DES-02, {@link BarnetSettings#PROCEEDINGS_ISSUE_DELAY}). From the next day, while the
 * application is still not issued, the child is listed once until heard (I-BAR-16).
 */
public final class DelayedIssueRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Care proceedings agreed, not issued";

  private final Timescale delay;
  private final Optional<Period> reReview;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public DelayedIssueRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_3B, Barnet.cite("§Remit 3(b) s2"));
    this.delay = settings.get(BarnetSettings.PROCEEDINGS_ISSUE_DELAY);
    this.reReview = settings.get(BarnetSettings.DELAYED_ISSUE_RE_REVIEW_INTERVAL);
  }

  /**
   * The latest decision to issue care proceedings made by a date and not issued (nor concluded) by
   * then.
   *
   * @param file the case file
   * @param asOf the date
   * @return the proceedings, or empty
   */
  static Optional<CareProceedings> findAgreedNotIssued(CaseFile file, LocalDate asOf) {
    return Lists.reverse(file.careProceedings()).stream()
        .filter(p -> !p.decisionToIssueOn().isAfter(asOf))
        .filter(p -> p.issuedOn().map(issued -> issued.isAfter(asOf)).orElse(true))
        .filter(p -> p.finalOrderOn().map(done -> done.isAfter(asOf)).orElse(true))
        .findFirst();
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<CareProceedings> agreed = findAgreedNotIssued(file, context.asOf());
    if (agreed.isEmpty()) {
      return notMet("No decision to issue care proceedings awaiting issue");
    }
    LocalDate decided = agreed.get().decisionToIssueOn();
    LocalDate due = delay.dueFrom(decided, context.calendar());
    String reason =
        "Care proceedings agreed on "
            + Text.date(decided)
            + ", application not issued by "
            + Text.date(due)
            + " ("
            + delay
            + ")";
    LocalDate delayed = due.plusDays(1);
    if (delayed.isAfter(context.asOf())) {
      return notMet(
          "Care proceedings agreed on "
              + Text.date(decided)
              + ": to be issued by "
              + Text.date(due)
              + ", not yet delayed");
    }
    Optional<LocalDate> pending = pendingSince(file, delayed, reReview, context);
    if (pending.isEmpty()) {
      return notMet(reason + ": delay already reviewed");
    }
    return refer(file, context, reason, pending.get(), OPEN);
  }
}
