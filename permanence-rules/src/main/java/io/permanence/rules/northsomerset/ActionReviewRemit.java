package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetReferrals.day;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.rules.northsomerset.NorthSomersetSettings.ActionReviewAt;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NSomerset §3.4 s3: "... actions followed up and reviewed at next month's tracker if required."
 *
 * <p>Open actions of this panel (an action whose decision was made at another panel is not reviewed
 * here; an action with no decision recorded is) come back under "Review of actions". By default
 * (I-NSO-12, I-COM-12) the child is listed at the first meeting on or after the earliest open
 * action's due date; with {@code EVERY_MEETING_WHILE_OPEN} at every meeting while any is open. An
 * action counts as open on a date if it is open now or was completed or cancelled after it.
 */
public final class ActionReviewRemit implements Remit {

  private static final Citation CITATION = NorthSomerset.cite("§3.4 s3");

  /** The remit. */
  public ActionReviewRemit() {}

  @Override
  public String name() {
    return "review of actions";
  }

  @Override
  public PanelId panel() {
    return NorthSomerset.PANEL;
  }

  @Override
  public Heading heading() {
    return NorthSomerset.ACTION_REVIEW;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    LocalDate reference = context.meeting().map(m -> m.date()).orElse(asOf);
    List<PanelAction> open =
        file.actions().stream()
            .filter(a -> isOpenOn(a, asOf) && isOfThisPanel(file, a))
            .collect(Collectors.toList());
    if (open.isEmpty()) {
      return RemitDecision.notMet(this, "no open actions from this panel");
    }
    LocalDate earliestDue = open.get(0).dueOn();
    if (context.settings().get(NorthSomersetSettings.ACTION_REVIEW_AT)
        == ActionReviewAt.EVERY_MEETING_WHILE_OPEN) {
      return RemitDecision.met(
          NorthSomersetReferrals.referral(
              this,
              file,
              open.size() + " open action(s), the first due " + day(earliestDue),
              reference,
              reference.plusDays(1)));
    }
    if (reference.isBefore(earliestDue)) {
      return RemitDecision.notMet(
          this,
          open.size() + " open action(s), none due until " + day(earliestDue) + ": reviewed then");
    }
    return RemitDecision.met(
        NorthSomersetReferrals.referral(
            this,
            file,
            open.size()
                + " open action(s), the first due "
                + day(earliestDue)
                + ": review progress",
            earliestDue,
            earliestDue.plus(TwoMonthlyDiscussionRemit.CARRY)));
  }

  private static boolean isOpenOn(PanelAction action, LocalDate date) {
    return action.isOpen() || action.completedOn().map(d -> d.isAfter(date)).orElse(false);
  }

  private static boolean isOfThisPanel(CaseFile file, PanelAction action) {
    if (action.decision().isEmpty()) {
      return true;
    }
    return file.decisions().stream()
        .filter(d -> d.id().equals(action.decision().get()))
        .map(PanelDecision::panel)
        .findFirst()
        .map(NorthSomerset.PANEL::equals)
        .orElse(true);
  }

  @Override
  public String toString() {
    return "Remit{" + name() + ": " + CITATION + "}";
  }
}
