package io.permanence.rules.buckinghamshire;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.Dates;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A Buckinghamshire remit: a named rule that finds the {@link Trigger}s of one heading in a case
 * file and lists the child at a meeting inside a trigger's window, once.
 *
 * <p>The meeting is the context's meeting or, for an explanation, the panel's next meeting whose
 * cut-off has not passed on the context's date. A trigger lists the child when it is known by the
 * context's date (the cut-off date), the meeting date is in its window, and the child has not
 * already been heard under this heading at a meeting in the window before this one (a listing is
 * once per trigger, I-COM-11). The referral carries "minutes from attendance at panel previously"
 * when the child attended a panel before (I-BUC-05). Immutable and thread-safe.
 */
final class TriggeredRemit implements Remit {

  /** A date as {@code "Mon 2026-03-16"}: {@link Dates#format}. */
  static String day(LocalDate date) {
    return Dates.format(date);
  }

  private final String name;
  private final Panel panel;
  private final Heading heading;
  private final Citation citation;
  private final String noTrigger;
  private final BiFunction<CaseFile, EvaluationContext, List<Trigger>> triggers;

  TriggeredRemit(
      String name,
      Panel panel,
      String headingId,
      String noTrigger,
      BiFunction<CaseFile, EvaluationContext, List<Trigger>> triggers) {
    this.name = name;
    this.panel = panel;
    this.heading = panel.getHeading(headingId);
    this.citation = heading.citation();
    this.noTrigger = noTrigger;
    this.triggers = triggers;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public PanelId panel() {
    return panel.id();
  }

  @Override
  public Heading heading() {
    return heading;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<ScheduledMeeting> meeting = findMeeting(panel, context);
    LocalDate asOf = context.asOf();
    if (meeting.isEmpty()) {
      return RemitDecision.notMet(this, () -> "no meeting of " + panel.name() + " after " + asOf);
    }
    LocalDate meetingDate = meeting.get().date();
    List<Trigger> found = triggers.apply(file, context);
    if (found.isEmpty()) {
      return RemitDecision.notMet(this, noTrigger);
    }
    // Why each trigger does not list the child, in words built only if the decision is read.
    List<Supplier<String>> why = new ArrayList<>();
    for (Trigger trigger : found) {
      if (trigger.knownOn().isAfter(asOf)) {
        why.add(() -> trigger.reason() + ": recorded after the cut-off date " + asOf);
        continue;
      }
      if (meetingDate.isBefore(trigger.windowStart())
          || !meetingDate.isBefore(trigger.windowEndExclusive())) {
        why.add(
            () ->
                trigger.reason()
                    + ": the meeting on "
                    + day(meetingDate)
                    + " is outside ["
                    + trigger.windowStart()
                    + ", "
                    + trigger.windowEndExclusive()
                    + ")");
        continue;
      }
      Optional<PanelAppearance> heard = findHeard(file, trigger, meetingDate);
      if (heard.isPresent()) {
        LocalDate heardOn = heard.get().meetingOn();
        why.add(() -> trigger.reason() + ": already heard on " + day(heardOn));
        continue;
      }
      return RemitDecision.met(referral(file, trigger, meetingDate, context));
    }
    return RemitDecision.notMet(
        this, () -> why.stream().map(Supplier::get).collect(Collectors.joining("; ")));
  }

  /**
   * The meeting a context is for: its meeting, else the panel's first meeting whose cut-off has not
   * passed at the start of the context's date.
   */
  static Optional<ScheduledMeeting> findMeeting(Panel panel, EvaluationContext context) {
    return context
        .meeting()
        .or(
            () ->
                panel
                    .schedule()
                    .findNextAvailableMeeting(
                        context.asOf().atStartOfDay(WorkingCalendars.LONDON).toInstant(),
                        panel.referralCutOff()));
  }

  private Optional<PanelAppearance> findHeard(CaseFile file, Trigger trigger, LocalDate before) {
    for (PanelAppearance a : file.panelAppearances()) {
      if (a.panel().equals(panel.id())
          && (a.heading().equals(heading.id()) || a.heading().equals(heading.title()))
          && !a.meetingOn().isBefore(trigger.windowStart())
          && a.meetingOn().isBefore(before)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private Referral referral(
      CaseFile file, Trigger trigger, LocalDate meetingDate, EvaluationContext context) {
    ImmutableList.Builder<DocumentType> extra = ImmutableList.builder();
    extra.addAll(trigger.extraPaperwork());
    AttendanceNoteScope scope =
        context.settings().get(BuckinghamshireSettings.PREVIOUS_ATTENDANCE_NOTE_SCOPE);
    for (PanelAppearance a : file.panelAppearances()) {
      if (a.meetingOn().isBefore(meetingDate)
          && (scope == AttendanceNoteScope.ANY_PANEL || a.panel().equals(panel.id()))) {
        extra.add(DocumentType.PANEL_MINUTES);
        break;
      }
    }
    return Referral.builder()
        .child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .panel(panel.id())
        .heading(heading)
        .remit(name)
        .reason(trigger.reason())
        .citation(citation)
        .earliestMeeting(trigger.windowStart())
        .latestMeetingExclusive(trigger.windowEndExclusive())
        .addAllExtraPaperwork(extra.build())
        .build();
  }

  @Override
  public String toString() {
    return "Remit{" + name + " -> " + panel.id() + "/" + heading.id() + " (" + citation + ")}";
  }
}
