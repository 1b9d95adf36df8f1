package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.knowsley.KnowsleySettings.AgendaCutOff;
import io.permanence.rules.knowsley.KnowsleySettings.Listing;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * What Knowsley's remits share: their identity, the standing-cohort window (the meeting being
 * planned), and the once-per-trigger listing with the "agenda agreed at the previous meeting" gate
 * (§Admin ¶2 s3, I-KNO-02).
 *
 * <p>Immutable and thread-safe.
 */
public abstract class KnowsleyRemit implements Remit {

  /** How long a triggered referral waits to be heard before it lapses. */
  static final Period CARRY = Period.ofYears(1);

  private final String name;
  private final PanelId panel;
  private final Heading heading;
  private final Citation citation;

  KnowsleyRemit(String name, PanelId panel, Heading heading, Citation citation) {
    this.name = name;
    this.panel = panel;
    this.heading = heading;
    this.citation = citation;
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

  /** The meeting's date, or {@code asOf} without a meeting. */
  static LocalDate reference(EvaluationContext context) {
    return context.meeting().map(ScheduledMeeting::date).orElse(context.asOf());
  }

  /** A met decision for a standing cohort: the meeting being planned (or the next after asOf). */
  final RemitDecision standing(
      CaseFile file, EvaluationContext context, String reason, List<DocumentType> extra) {
    LocalDate reference = reference(context);
    LocalDate end =
        context.meeting().isPresent() ? reference.plusDays(1) : reference.plusMonths(1).plusDays(1);
    return RemitDecision.met(referral(file, reason, reference, end, extra));
  }

  /**
   * A decision for a trigger: once per trigger (not met if the child has been heard at the panel
   * since), gated by the previous meeting when the agenda closes there.
   */
  final RemitDecision triggered(
      CaseFile file,
      EvaluationContext context,
      LocalDate trigger,
      String reason,
      Listing listing,
      Optional<PanelSchedule> schedule,
      List<DocumentType> extra) {
    if (listing == Listing.EVERY_MEETING) {
      return standing(file, context, reason, extra);
    }
    LocalDate reference = reference(context);
    Optional<LocalDate> heard = Optional.empty();
    for (PanelAppearance appearance : file.panelAppearances()) {
      LocalDate day = appearance.meetingOn();
      if (appearance.panel().equals(panel) && day.isBefore(reference) && !day.isBefore(trigger)) {
        heard = Optional.of(day);
        break;
      }
    }
    if (heard.isPresent()) {
      return RemitDecision.notMet(this, reason + ": already heard at panel on " + day(heard.get()));
    }
    String note = "";
    if (context.meeting().isPresent() && schedule.isPresent()) {
      Optional<LocalDate> previous = previousMeeting(schedule.get(), reference);
      if (previous.isPresent() && trigger.isAfter(previous.get())) {
        if (context.settings().get(KnowsleySettings.AGENDA_CUT_OFF)
            == AgendaCutOff.PREVIOUS_MEETING) {
          return RemitDecision.notMet(
              this,
              reason
                  + ": after the agenda was agreed at the previous meeting on "
                  + day(previous.get())
                  + ", so listed at the next meeting");
        }
        note = " (added after the previous meeting on " + day(previous.get()) + ")";
      }
    }
    return RemitDecision.met(referral(file, reason + note, trigger, trigger.plus(CARRY), extra));
  }

  final Referral referral(
      CaseFile file,
      String reason,
      LocalDate earliest,
      LocalDate latestExclusive,
      List<DocumentType> extra) {
    return Referral.builder()
        .child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .panel(panel)
        .heading(heading)
        .remit(name)
        .reason(reason)
        .citation(citation)
        .earliestMeeting(earliest)
        .latestMeetingExclusive(latestExclusive)
        .addAllExtraPaperwork(extra)
        .build();
  }

  /** The last meeting of the schedule before a date, looking back six months. */
  static Optional<LocalDate> previousMeeting(PanelSchedule schedule, LocalDate date) {
    List<ScheduledMeeting> meetings = schedule.meetings(date.minusMonths(6), date);
    return meetings.isEmpty()
        ? Optional.empty()
        : Optional.of(meetings.get(meetings.size() - 1).date());
  }

  /** Whether the child is looked after on the date, short breaks aside (I-COM-02). */
  static boolean isLookedAfter(CaseFile file, LocalDate date) {
    return file.isLookedAfterOn(date)
        && file.findLegalStatusOn(date).map(s -> !s.code().isShortBreaks()).orElse(true);
  }

  @Override
  public final String toString() {
    return "Remit{" + name + ": " + citation + "}";
  }
}
