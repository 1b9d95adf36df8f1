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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

  private final BcpFacts facts;
  private final Heading heading;
  private final ReviewOpenActionsAt at;

  ReviewOfActionsRemit(BcpFacts facts, Heading heading, ReviewOpenActionsAt at) {
    this.facts = facts;
    this.heading = heading;
    this.at = at;
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
    return BcpAuthorityProvider.cite("§2 s2");
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate on = context.asOf();
    Optional<ScheduledMeeting> meeting =
        context.meeting().or(() -> facts.rotation.schedule().findNextMeeting(startOf(on)));
    if (meeting.isEmpty()) {
      return RemitDecision.notMet(this, "no meeting of the panel on or after " + on);
    }
    Optional<String> notInCare = facts.whyNotInCare(file, on);
    if (notInCare.isPresent()) {
      return RemitDecision.notMet(this, notInCare.get());
    }
    BcpCohort considered = facts.rotation.cohortOf(meeting.get());
    List<PanelAction> due =
        file.actions().stream()
            .filter(action -> isOpenOn(action, on))
            .filter(
                action ->
                    facts
                        .findDecision(file, action)
                        .filter(d -> d.madeOn().isBefore(meeting.get().date()))
                        .filter(
                            d ->
                                at == ReviewOpenActionsAt.EVERY_MEETING
                                    || facts.rotation.cohortOfMeetingOn(d.madeOn()) == considered)
                        .isPresent())
            .toList();
    if (due.isEmpty()) {
      return RemitDecision.notMet(
          this,
          "no open action set at this panel to review at the meeting on "
              + BcpFacts.day(meeting.get().date())
              + " (cohort "
              + considered.label()
              + ")");
    }
    String reason =
        due.size()
            + (due.size() == 1 ? " open action" : " open actions")
            + " set at this panel to review ("
            + due.stream()
                .map(a -> a.id() + " " + a.type() + ", " + a.owner() + ", due " + a.dueOn())
                .collect(Collectors.joining("; "))
            + ")";
    return RemitDecision.met(
        Referral.builder()
            .child(file.childId())
            .siblingGroup(file.child().siblingGroup())
            .panel(facts.panel)
            .heading(heading)
            .remit(name())
            .reason(reason)
            .citation(citation())
            .earliestMeeting(meeting.get().date())
            .latestMeetingExclusive(meeting.get().date().plusDays(1))
            .build());
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
