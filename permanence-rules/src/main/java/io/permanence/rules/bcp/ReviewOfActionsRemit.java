package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionStatus;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.ReviewOpenActionsAt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * "Review of actions" (BCP ToR §2 s2, §6 ¶3): the panel "reviews those actions at subsequent Panels
 * in order to ensure they have been acted upon".
 *
 * <p>An action belongs to this panel when it follows from a {@link PanelDecision} of this panel
 * ({@link PanelAction#decision()}); it was set under the cohort of the meeting on the decision's
 * day. Met at a meeting when the child, in care on the evaluation date, has an action set at an
 * earlier meeting of this panel that is still open on that date and (default {@link
 * ReviewOpenActionsAt#NEXT_MEETING_OF_SAME_COHORT}, I-BCP-13) the meeting considers the cohort the
 * action was set under, even if the child no longer matches that cohort. An action with no decision
 * of this panel is not reviewed here: its cohort cannot be known.
 */
public final class ReviewOfActionsRemit implements Remit {

  private static final Citation CITATION = BcpAuthorityProvider.cite("§2 s2");

  private final BcpFacts facts;
  private final Heading heading;
  private final ReviewOpenActionsAt at;
  // Per meeting of the rotation: the reason when no action is due there, made on first use.
  private final AtomicReferenceArray<String> noneOpen;

  ReviewOfActionsRemit(BcpFacts facts, Heading heading, ReviewOpenActionsAt at) {
    this.facts = facts;
    this.heading = heading;
    this.at = at;
    this.noneOpen = new AtomicReferenceArray<>(facts.rotation.size());
  }

  @Override
  public String name() {
    return "review of actions";
  }

  @Override
  public PanelId panel() {
    return facts.panel;
  }

  @Override
  public Heading heading() {
    return heading;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate on = context.asOf();
    Optional<ScheduledMeeting> next =
        context.meeting().or(() -> facts.rotation.schedule().findNextMeeting(startOf(on)));
    if (next.isEmpty()) {
      return RemitDecision.notMet(this, "no meeting of the panel on or after " + on);
    }
    Optional<String> notInCare = facts.whyNotInCare(file, on);
    if (notInCare.isPresent()) {
      return RemitDecision.notMet(this, notInCare.get());
    }
    ScheduledMeeting meeting = next.get();
    int index = facts.rotation.indexOf(meeting);
    BcpCohort considered =
        index >= 0 ? facts.rotation.cohortAtIndex(index) : facts.rotation.cohortOf(meeting);
    List<PanelAction> due = new ArrayList<>();
    for (PanelAction action : file.actions()) {
      if (isOpenOn(action, on) && isSetBefore(file, action, meeting, considered)) {
        due.add(action);
      }
    }
    if (due.isEmpty()) {
      if (index < 0) {
        return RemitDecision.notMet(this, noneOpen(meeting, considered));
      }
      String reason = noneOpen.get(index);
      if (reason == null) {
        reason = noneOpen(meeting, considered);
        noneOpen.set(index, reason);
      }
      return RemitDecision.notMet(this, reason);
    }
    StringBuilder reason =
        new StringBuilder()
            .append(due.size())
            .append(due.size() == 1 ? " open action" : " open actions")
            .append(" set at this panel to review (");
    for (int i = 0; i < due.size(); i++) {
      PanelAction action = due.get(i);
      reason
          .append(i == 0 ? "" : "; ")
          .append(action.id())
          .append(' ')
          .append(action.type())
          .append(", ")
          .append(action.owner())
          .append(", due ")
          .append(action.dueOn());
    }
    reason.append(')');
    return RemitDecision.met(
        Referral.builder()
            .child(file.childId())
            .siblingGroup(file.child().siblingGroup())
            .panel(facts.panel)
            .heading(heading)
            .remit(name())
            .reason(reason.toString())
            .citation(citation())
            .earliestMeeting(meeting.date())
            .latestMeetingExclusive(meeting.date().plusDays(1))
            .build());
  }

  /**
   * Whether the action follows from a decision of this panel made before the meeting and (unless
   * reviewed at every meeting) under the cohort the meeting considers.
   */
  private boolean isSetBefore(
      CaseFile file, PanelAction action, ScheduledMeeting meeting, BcpCohort considered) {
    Optional<PanelDecision> decision = facts.findDecision(file, action);
    return decision.isPresent()
        && decision.get().madeOn().isBefore(meeting.date())
        && (at == ReviewOpenActionsAt.EVERY_MEETING
            || facts.rotation.cohortOfMeetingOn(decision.get().madeOn()) == considered);
  }

  private static String noneOpen(ScheduledMeeting meeting, BcpCohort considered) {
    return "no open action set at this panel to review at the meeting on "
        + BcpFacts.day(meeting.date())
        + " (cohort "
        + considered.label()
        + ")";
  }

  /**
   * Whether an action is open on a date: open now, or done or cancelled after that date.
   *
   * @param action the action
   * @param date the date
   * @return true if open on the date
   */
  static boolean isOpenOn(PanelAction action, LocalDate date) {
    return action.status() == ActionStatus.OPEN
        || action.completedOn().map(day -> day.isAfter(date)).orElse(false);
  }

  private static java.time.Instant startOf(LocalDate date) {
    return date.atStartOfDay(io.permanence.core.time.WorkingCalendars.LONDON).toInstant();
  }

  @Override
  public String toString() {
    return "ReviewOfActionsRemit{" + at + "}";
  }
}
