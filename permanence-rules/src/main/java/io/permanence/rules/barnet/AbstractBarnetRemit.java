package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every Barnet remit shares: its name, panel, heading and clause, the meeting it is evaluated
 * for, and the "once per trigger" convention (I-COM-11).
 *
 * <p>A Barnet remit is met when the child must be heard at the meeting being planned: the meeting
 * date lies in the referral's window. Without a meeting in the context, the meeting is the panel's
 * next one whose cut-off has not passed on the context's date (a date-only event is taken at 00:00,
 * I-COM-13).
 */
abstract class AbstractBarnetRemit implements Remit {

  /** The end of an open window: the referral stands until the child is heard. */
  static final LocalDate OPEN = LocalDate.MAX;

  private final String name;
  private final PanelId panel;
  private final Heading heading;
  private final Citation citation;
  private final PanelSchedule schedule;
  private final CutOff cutOff;

  AbstractBarnetRemit(String name, Panel panel, String headingId, Citation citation) {
    this.name = name;
    this.panel = panel.id();
    this.heading = panel.getHeading(headingId);
    this.citation = citation;
    this.schedule = panel.schedule();
    this.cutOff = panel.referralCutOff();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final PanelId panel() {
    return panel;
  }

  @Override
  public final Heading heading() {
    return heading;
  }

  @Override
  public final Citation citation() {
    return citation;
  }

  final PanelSchedule schedule() {
    return schedule;
  }

  final CutOff cutOff() {
    return cutOff;
  }

  /**
   * The date of the meeting the remit is evaluated for: the context's meeting, else the next
   * meeting whose cut-off has not passed at 00:00 on the context's date, else that date.
   */
  final LocalDate meetingDate(EvaluationContext context) {
    return context
        .meeting()
        .or(
            () ->
                schedule.findNextAvailableMeeting(
                    context.asOf().atStartOfDay(WorkingCalendars.LONDON).toInstant(), cutOff))
        .map(ScheduledMeeting::date)
        .orElse(context.asOf());
  }

  /**
   * The latest appearance at this remit's panel on or after a day and before the meeting evaluated
   * for.
   */
  final Optional<PanelAppearance> findHeardSince(
      CaseFile file, LocalDate since, EvaluationContext context) {
    List<PanelAppearance> appearances = file.panelAppearances();
    if (appearances.isEmpty()) {
      return Optional.empty();
    }
    LocalDate before = meetingDate(context);
    for (int i = appearances.size() - 1; i >= 0; i--) {
      PanelAppearance a = appearances.get(i);
      if (a.panel().equals(panel)
          && !a.meetingOn().isBefore(since)
          && a.meetingOn().isBefore(before)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * From when a child with a trigger on a day must be listed: the trigger day if not heard since,
   * else the last hearing plus the re-review interval, else never (heard once, I-COM-11).
   */
  final Optional<LocalDate> pendingSince(
      CaseFile file, LocalDate trigger, Optional<Period> reReview, EvaluationContext context) {
    Optional<PanelAppearance> heard = findHeardSince(file, trigger, context);
    if (heard.isEmpty()) {
      return Optional.of(trigger);
    }
    return reReview.map(period -> heard.get().meetingOn().plus(period));
  }

  final RemitDecision notMet(String reason) {
    return RemitDecision.notMet(this, reason);
  }

  /** Not met, with a reason built only if read (it names dates or looks up meetings). */
  final RemitDecision notMet(Supplier<String> reason) {
    return RemitDecision.notMet(this, reason);
  }

  /**
   * Met if the meeting evaluated for lies in {@code [earliest, latestExclusive)}; otherwise not
   * met, saying when the window opens or that it has closed.
   */
  final RemitDecision refer(
      CaseFile file,
      EvaluationContext context,
      String reason,
      LocalDate earliest,
      LocalDate latestExclusive) {
    LocalDate meeting = meetingDate(context);
    if (meeting.isBefore(earliest)) {
      return notMet(() -> reason + "; not before the panel on or after " + Text.date(earliest));
    }
    if (!meeting.isBefore(latestExclusive)) {
      return notMet(
          () -> reason + "; the window for this closed before " + Text.date(latestExclusive));
    }
    Referral.Builder referral = Referral.builder();
    referral
        .child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .panel(panel)
        .heading(heading)
        .remit(name)
        .reason(reason)
        .citation(citation)
        .earliestMeeting(earliest)
        .latestMeetingExclusive(latestExclusive);
    return RemitDecision.met(referral.build());
  }
}
