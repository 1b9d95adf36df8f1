package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.Role;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.rules.bcp.BcpSettings.TrackerUpdateDue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "The Permanence Tracker should be updated prior to the next Panel when the relevant cohort of CiC
 * is being considered" (BCP ToR §6 ¶4 s2).
 *
 * <p>Reading (I-BCP-12): actions set at a meeting of this panel (through their {@link
 * PanelDecision}) are under that meeting's cohort. For each such meeting, each later meeting of the
 * same cohort at which any of those actions is still open at the start of the cycle sets a
 * deadline: a {@link BcpRecords#TRACKER_UPDATE} dated after the previous meeting of the cycle (the
 * one that set the actions, then each later one) and by that meeting — by its start by default, or
 * by its referral cut-off with {@link TrackerUpdateDue#CUT_OFF}. Deadlines are made up to the first
 * cohort meeting after the evaluation date; each is met ({@link Deadline#metOn()}) by the first
 * update in its window dated by the evaluation date. Overdue updates escalate to the Service
 * Manager, who is "ultimately responsible" for the tracker (§6 ¶4 s1).
 */
public final class TrackerUpdatedRule implements CaseDeadlineRule {

  private static final int MAX_CYCLES = 60;
  private static final Citation CITATION = BcpAuthorityProvider.cite("§6 ¶4 s2");

  private final BcpFacts facts;
  private final TrackerUpdateDue due;
  private final CutOff cutOff;

  TrackerUpdatedRule(BcpFacts facts, TrackerUpdateDue due, CutOff cutOff) {
    this.facts = facts;
    this.due = due;
    this.cutOff = cutOff;
  }

  @Override
  public String name() {
    return "tracker updated before the cohort's next panel";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  /** The role late updates escalate to: the Service Manager (§6 ¶4 s1). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(Role.SERVICE_MANAGER);
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    TreeMap<LocalDate, List<PanelAction>> bySettingMeeting = new TreeMap<>();
    for (PanelAction action : file.actions()) {
      facts
          .findDecision(file, action)
          .map(PanelDecision::madeOn)
          .filter(day -> !day.isAfter(context.asOf()))
          .ifPresent(
              day -> bySettingMeeting.computeIfAbsent(day, d -> new ArrayList<>()).add(action));
    }
    if (bySettingMeeting.isEmpty()) {
      return List.of();
    }
    List<LocalDate> updates =
        file.documentsOfType(BcpRecords.TRACKER_UPDATE).stream()
            .map(DocumentOnFile::dateOnFile)
            .filter(day -> !day.isAfter(context.asOf()))
            .toList();
    List<Deadline> deadlines = new ArrayList<>();
    bySettingMeeting.forEach(
        (setOn, actions) -> addCycles(updates, setOn, actions, context, deadlines));
    return deadlines;
  }

  private void addCycles(
      List<LocalDate> updates,
      LocalDate setOn,
      List<PanelAction> actions,
      EvaluationContext context,
      List<Deadline> out) {
    BcpCohort cohort = facts.rotation.cohortOfMeetingOn(setOn);
    WorkingCalendar calendar = context.calendar();
    String name = "Permanence Tracker updated before the cohort " + cohort.label() + " panel";
    String later = "Previous Permanence Panel for cohort " + cohort.label();
    String agreed = "actions agreed " + BcpFacts.day(setOn) + " under cohort " + cohort.label();
    String by =
        due == TrackerUpdateDue.MEETING_START
            ? " → update by its start"
            : " → update by its cut-off " + cutOff;
    LocalDate windowStart = setOn;
    for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
      LocalDate from = windowStart;
      if (actions.stream().noneMatch(action -> ReviewOfActionsRemit.isOpenOn(action, from))) {
        return;
      }
      Optional<ScheduledMeeting> next =
          facts.rotation.findNextMeetingOf(cohort, windowStart.plusDays(1));
      if (next.isEmpty()) {
        return;
      }
      ScheduledMeeting meeting = next.get();
      LocalDate dueDate =
          due == TrackerUpdateDue.MEETING_START
              ? meeting.date()
              : max(cutOff.dateFor(meeting.date(), calendar), windowStart.plusDays(1));
      out.add(
          Deadline.builder()
              .name(name)
              .startEvent(cycle == 0 ? "Actions agreed at the Permanence Panel" : later)
              .startDate(windowStart)
              .timescale(Timescale.days((int) ChronoUnit.DAYS.between(windowStart, dueDate)))
              .dueDate(dueDate)
              .dueTime(due == TrackerUpdateDue.MEETING_START ? meeting.startTime() : cutOff.time())
              .calendarId(calendar.id())
              .calendarVersion(calendar.version())
              .citation(CITATION)
              .metOn(findUpdatedOn(updates, windowStart, dueDate))
              .trace(
                  agreed
                      + "; the cohort's next meeting after "
                      + BcpFacts.day(windowStart)
                      + " is "
                      + meeting
                      + by)
              .build());
      if (meeting.date().isAfter(context.asOf())) {
        return;
      }
      windowStart = meeting.date();
    }
  }

  /**
   * The first tracker update (known by the evaluation date) dated after {@code start}, by {@code
   * due}.
   */
  private static Optional<LocalDate> findUpdatedOn(
      List<LocalDate> updates, LocalDate start, LocalDate due) {
    for (LocalDate day : updates) {
      if (day.isAfter(start) && !day.isAfter(due)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public String toString() {
    return name() + " (" + due + ", " + citation() + ")";
  }
}
