package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
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
    List<CareProceedings> all = file.careProceedings();
    for (int i = all.size() - 1; i >= 0; i--) {
      CareProceedings p = all.get(i);
      if (!p.decisionToIssueOn().isAfter(asOf)
          && (p.issuedOn().isEmpty() || p.issuedOn().get().isAfter(asOf))
          && (p.finalOrderOn().isEmpty() || p.finalOrderOn().get().isAfter(asOf))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<CareProceedings> agreed = findAgreedNotIssued(file, context.asOf());
    if (agreed.isEmpty()) {
      return notMet("No decision to issue care proceedings awaiting issue");
    }
    LocalDate decided = agreed.get().decisionToIssueOn();
    LocalDate due = delay.dueFrom(decided, context.calendar());
    LocalDate delayed = due.plusDays(1);
    if (delayed.isAfter(context.asOf())) {
      return notMet(
          "Care proceedings agreed on "
              + Text.date(decided)
              + ": to be issued by "
              + Text.date(due)
              + ", not yet delayed");
    }
    String reason =
        "Care proceedings agreed on "
            + Text.date(decided)
            + ", application not issued by "
            + Text.date(due)
            + " ("
            + delay
            + ")";
    Optional<LocalDate> pending = pendingSince(file, delayed, reReview, context);
    if (pending.isEmpty()) {
      return notMet(reason + ": delay already reviewed");
    }
    return refer(file, context, reason, pending.get(), OPEN);
  }
}
