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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private final String by;

  TrackerUpdatedRule(BcpFacts facts, TrackerUpdateDue due, CutOff cutOff) {
    this.facts = facts;
    this.due = due;
    this.cutOff = cutOff;
    this.by =
        due == TrackerUpdateDue.MEETING_START
            ? " → update by its start"
            : " → update by its cut-off " + cutOff;
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
    LocalDate asOf = context.asOf();
    TreeMap<LocalDate, List<PanelAction>> bySettingMeeting = new TreeMap<>();
    for (PanelAction action : file.actions()) {
      Optional<PanelDecision> decision = facts.findDecision(file, action);
      if (decision.isPresent() && !decision.get().madeOn().isAfter(asOf)) {
        bySettingMeeting
            .computeIfAbsent(decision.get().madeOn(), d -> new ArrayList<>())
            .add(action);
      }
    }
    if (bySettingMeeting.isEmpty()) {
      return List.of();
    }
    List<LocalDate> updates = new ArrayList<>();
    for (DocumentOnFile document : file.documents()) {
      if (document.type().equals(BcpRecords.TRACKER_UPDATE)
          && !document.dateOnFile().isAfter(asOf)) {
        updates.add(document.dateOnFile());
      }
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (Map.Entry<LocalDate, List<PanelAction>> group : bySettingMeeting.entrySet()) {
      addCycles(updates, group.getKey(), group.getValue(), context, deadlines);
    }
    return deadlines;
  }

  private void addCycles(
      List<LocalDate> updates,
      LocalDate setOn,
      List<PanelAction> actions,
      EvaluationContext context,
      List<Deadline> out) {
    BcpRotation rotation = facts.rotation;
    BcpCohort cohort = rotation.cohortOfMeetingOn(setOn);
    WorkingCalendar calendar = context.calendar();
    String name = "Permanence Tracker updated before the cohort " + cohort.label() + " panel";
    String later = "Previous Permanence Panel for cohort " + cohort.label();
    String setOnDay = rotation.day(setOn);
    String agreed = "actions agreed " + setOnDay + " under cohort " + cohort.label();
    LocalDate windowStart = setOn;
    String windowStartDay = setOnDay;
    for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
      if (!isAnyOpenOn(actions, windowStart)) {
        return;
      }
      Optional<BcpRotation.Slot> next = rotation.findNextSlotOf(cohort, windowStart.plusDays(1));
      if (next.isEmpty()) {
        return;
      }
      ScheduledMeeting meeting = next.get().meeting();
      String afterDay = windowStartDay;
      String meetingText = next.get().text();
      LocalDate dueDate =
          due == TrackerUpdateDue.MEETING_START
              ? meeting.date()
              : max(cutOff.dateFor(meeting.date(), calendar), windowStart.plusDays(1));
      out.add(
          Deadline.builder()
              .name(name)
              .startEvent(cycle == 0 ? "Actions agreed at the Permanence Panel" : later)
              .startDate(windowStart)
              .timescale(Timescale.days((int) (dueDate.toEpochDay() - windowStart.toEpochDay())))
              .dueDate(dueDate)
              .dueTime(due == TrackerUpdateDue.MEETING_START ? meeting.startTime() : cutOff.time())
              .calendarId(calendar.id())
              .calendarVersion(calendar.version())
              .citation(CITATION)
              .metOn(findUpdatedOn(updates, windowStart, dueDate))
              .trace(
                  () ->
                      agreed
                          + "; the cohort's next meeting after "
                          + afterDay
                          + " is "
                          + meetingText
                          + by)
              .build());
      if (meeting.date().isAfter(context.asOf())) {
        return;
      }
      windowStart = meeting.date();
      windowStartDay = next.get().day();
    }
  }

  private static boolean isAnyOpenOn(List<PanelAction> actions, LocalDate date) {
    for (PanelAction action : actions) {
      if (ReviewOfActionsRemit.isOpenOn(action, date)) {
        return true;
      }
    }
    return false;
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
