package io.permanence.rules.barnet;

import com.google.common.collect.Lists;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.barnet.BarnetSettings.BlaPresentation;
import io.permanence.rules.barnet.BarnetSettings.DateOnlyOnCloseDay;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Barnet remit 1: every child coming into care is presented at the panel as part of the
 * becoming-looked-after (BLA) process; a child coming into care between a Wednesday and the
 * following Tuesday (5.00pm) is presented "on a Tuesday thereafter" (§Remit 1 s1(b), s2, s3).
 *
 * <p>Reading (I-DES-01, I-BAR-01, I-BAR-02): the window closes at the first Tuesday 17:00 at or
 * after the day the child became looked after; a date without a time on a Tuesday is inside the
 * window closing that day. The child is presented at the first meeting scheduled after the closing
 * day (the Tuesday a week later, or the day a bank holiday moves it to): 7 to 13 days after a
 * Wednesday to Tuesday start (14 for a Tuesday start read as after 17:00). The referral's window is
 * exactly that meeting. A child who came into care and left again is still presented (I-BAR-14);
 * the decision route does not restrict the cohort (I-BAR-03). Each period of care is presented
 * once. Short breaks are excluded by {@link ShortBreaksExclusion}.
 */
public final class BecameLookedAfterRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Became looked after (BLA)";

  /**
   * The presentation meeting by the day a child became looked after: it depends on the day alone,
   * and each works the schedule's recurrence rule out from its start, so it is worked out once per
   * day and kept. Results do not depend on it.
   */
  private final Map<LocalDate, Optional<ScheduledMeeting>> presentationMeetings =
      new ConcurrentHashMap<>();

  private final DayAndTime windowClose;
  private final BlaPresentation presentation;
  private final DateOnlyOnCloseDay dateOnly;
  private final boolean requiresHosDecision;
  private final boolean presentIfCeased;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public BecameLookedAfterRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_1, Barnet.cite("§Remit 1 s3"));
    this.windowClose = settings.get(BarnetSettings.BLA_WINDOW_CLOSE);
    this.presentation = settings.get(BarnetSettings.BLA_PRESENTATION);
    this.dateOnly = settings.get(BarnetSettings.BLA_DATE_ONLY_ON_CLOSE_DAY);
    this.requiresHosDecision = settings.get(BarnetSettings.BLA_REQUIRES_HOS_DECISION_OUTSIDE_PANEL);
    this.presentIfCeased = settings.get(BarnetSettings.BLA_PRESENT_IF_CEASED);
  }

  /**
   * When the BLA window containing a day closes: the first closing day and time at or after it; on
   * the closing day itself, that day's close unless dates alone count as after the close.
   *
   * @param becameLookedAfter the day the child became looked after
   * @return the close of the window, in {@code Europe/London}
   */
  public ZonedDateTime windowClose(LocalDate becameLookedAfter) {
    LocalDate day = becameLookedAfter.with(TemporalAdjusters.nextOrSame(windowClose.day()));
    if (day.equals(becameLookedAfter) && dateOnly == DateOnlyOnCloseDay.AFTER_CLOSE) {
      day = day.plusWeeks(1);
    }
    return ZonedDateTime.of(day, windowClose.time(), WorkingCalendars.LONDON);
  }

  /**
   * The meeting at which a child who became looked after on a day is presented.
   *
   * @param becameLookedAfter the day the child became looked after
   * @return the meeting, or empty if the schedule has none within a year
   */
  public Optional<ScheduledMeeting> findPresentationMeeting(LocalDate becameLookedAfter) {
    return presentationMeetings.computeIfAbsent(becameLookedAfter, this::presentationMeeting);
  }

  private Optional<ScheduledMeeting> presentationMeeting(LocalDate becameLookedAfter) {
    if (presentation == BlaPresentation.NEXT_AVAILABLE_MEETING) {
      return schedule()
          .findNextAvailableMeeting(
              becameLookedAfter.atStartOfDay(WorkingCalendars.LONDON).toInstant(), cutOff());
    }
    LocalDate closeDay = windowClose(becameLookedAfter).toLocalDate();
    // A meeting counts by the day it was scheduled for, so that a meeting moved off the closing
    // Tuesday (Boxing Day) to the Wednesday is not "after" the window.
    for (int weeks : new int[] {6, 53}) {
      Optional<ScheduledMeeting> found =
          schedule().meetings(closeDay.plusDays(1), closeDay.plusWeeks(weeks)).stream()
              .filter(meeting -> !meeting.isExtra())
              .filter(meeting -> meeting.movedFrom().orElse(meeting.date()).isAfter(closeDay))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The period of care to be presented at a meeting: the earliest-starting period, started by the
   * date, whose presentation meeting is on the meeting date.
   */
  Optional<PeriodOfCare> findPeriodPresentedAt(CaseFile file, LocalDate asOf, LocalDate meeting) {
    Optional<PeriodOfCare> found = Optional.empty();
    for (PeriodOfCare period : Lists.reverse(file.periodsOfCare())) {
      if (period.start().isAfter(asOf)) {
        continue;
      }
      Optional<LocalDate> presented =
          findPresentationMeeting(period.start()).map(ScheduledMeeting::date);
      if (presented.isEmpty() || presented.get().isBefore(meeting)) {
        break;
      }
      if (presented.get().equals(meeting)) {
        found = Optional.of(period);
      }
    }
    return found;
  }

  /**
   * Why a period of care is not presented under the settings, if it is not: no Head of Service
   * decision when one is required (I-BAR-03), or left care before the meeting when such children
   * are not presented (I-BAR-14).
   */
  Optional<String> findNotPresentedReason(CaseFile file, PeriodOfCare period, LocalDate meeting) {
    LocalDate start = period.start();
    if (requiresHosDecision && !isByHeadOfServiceDecision(file, start)) {
      return Optional.of(
          "Became looked after on "
              + Text.date(start)
              + " without a recorded Head of Service decision made outside panel");
    }
    if (!presentIfCeased && period.end().map(end -> !end.isAfter(meeting)).orElse(false)) {
      return Optional.of(
          "Became looked after on "
              + Text.date(start)
              + " and left care on "
              + Text.date(period.end().get())
              + ", before the panel");
    }
    return Optional.empty();
  }

  private static boolean isByHeadOfServiceDecision(CaseFile file, LocalDate start) {
    for (CaseFlag flag : file.flags()) {
      if (flag.type() == CaseFlagType.BECAME_LOOKED_AFTER_BY_HEAD_OF_SERVICE_DECISION
          && flag.contains(start)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    Optional<PeriodOfCare> latest = file.findLatestPeriodOfCareStartedBy(context.asOf());
    if (latest.isEmpty()) {
      return notMet("Has not come into care");
    }
    LocalDate meeting = meetingDate(context);
    Optional<PeriodOfCare> period = findPeriodPresentedAt(file, context.asOf(), meeting);
    if (period.isEmpty()) {
      LocalDate start = latest.get().start();
      return notMet(
          () ->
              "Became looked after on "
                  + Text.date(start)
                  + ": presented as part of the BLA process at the panel of "
                  + findPresentationMeeting(start)
                      .map(m -> Text.date(m.date()))
                      .orElse("(no meeting scheduled)")
                  + ", not this one");
    }
    Optional<String> notPresented = findNotPresentedReason(file, period.get(), meeting);
    if (notPresented.isPresent()) {
      return notMet(notPresented.get());
    }
    LocalDate start = period.get().start();
    if (findHeardSince(file, start, context).isPresent()) {
      return notMet(() -> "Became looked after on " + Text.date(start) + ": already presented");
    }
    ZonedDateTime close = windowClose(start);
    String reason =
        "Became looked after on "
            + Text.date(start)
            + (isByHeadOfServiceDecision(file, start)
                ? " following a Head of Service decision made outside panel"
                : "")
            + ": BLA window closed "
            + Text.date(close.toLocalDate())
            + " "
            + close.toLocalTime()
            + ", presented at the first panel after it";
    return refer(file, context, reason, meeting, meeting.plusDays(1));
  }
}
