package io.permanence.rules.bcp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.RotationOnCancelledMeeting;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The five-weekly rotation of the BCP Permanence Panel (ToR §5 ¶1, §4 ¶1 s2): which cohort each
 * meeting considers.
 *
 * <p>Default ({@link RotationOnCancelledMeeting#SKIP}, I-DES-05, I-BCP-03): the cohort of a meeting
 * is {@code order[(weeks from the anchor's week to the meeting's scheduled week) mod 5]}, weeks
 * counted Monday to Sunday. A meeting moved off a bank holiday keeps the cohort of the week it was
 * scheduled in ({@link ScheduledMeeting#movedFrom()}); a cancelled week's cohort waits five weeks.
 * With {@link RotationOnCancelledMeeting#DEFER} the count is of meetings held since the anchor, so
 * a cancelled meeting's cohort goes to the next meeting and the rotation shifts.
 *
 * <p>Instances are immutable and thread-safe (the schedule's meetings are expanded once per
 * calendar year and kept).
 */
public final class BcpRotation {

  private static final int COHORTS = 5;

  private final PanelSchedule schedule;
  private final LocalDate anchor;
  private final ImmutableList<BcpCohort> order;
  private final RotationOnCancelledMeeting policy;

  /**
   * The schedule's meetings by calendar year, filled on first use: a memo of {@link
   * PanelSchedule#meetings}, which expands the recurrence rule from its start on every call.
   * Results do not depend on it.
   */
  private final ConcurrentMap<Integer, List<ScheduledMeeting>> byYear = new ConcurrentHashMap<>();

  private BcpRotation(
      PanelSchedule schedule,
      LocalDate anchor,
      List<BcpCohort> order,
      RotationOnCancelledMeeting policy) {
    checkArgument(
        order.size() == COHORTS && EnumSet.copyOf(order).size() == COHORTS,
        "order must hold each of the five cohorts once but was %s",
        order);
    this.schedule = schedule;
    this.anchor = anchor;
    this.order = ImmutableList.copyOf(order);
    this.policy = policy;
  }

  /**
   * A rotation.
   *
   * @param schedule the panel's schedule
   * @param anchor a date in the week whose meeting considers {@code order.get(0)}
   * @param order the five cohorts in rotation order
   * @param policy how cancelled meetings affect the rotation
   * @return the rotation
   */
  public static BcpRotation of(
      PanelSchedule schedule,
      LocalDate anchor,
      List<BcpCohort> order,
      RotationOnCancelledMeeting policy) {
    return new BcpRotation(schedule, anchor, order, policy);
  }

  /** The panel's schedule. */
  public PanelSchedule schedule() {
    return schedule;
  }

  /**
   * The cohort a meeting considers.
   *
   * @param meeting a meeting of the schedule
   * @return its cohort
   */
  public BcpCohort cohortOf(ScheduledMeeting meeting) {
    long index;
    if (policy == RotationOnCancelledMeeting.SKIP) {
      LocalDate scheduled = meeting.movedFrom().orElse(meeting.date());
      index = ChronoUnit.WEEKS.between(monday(anchor), monday(scheduled));
    } else if (meeting.date().isBefore(anchor)) {
      index = -schedule.meetings(meeting.date(), anchor).size();
    } else {
      index = schedule.meetings(anchor, meeting.date()).size();
    }
    return order.get((int) Math.floorMod(index, (long) COHORTS));
  }

  /**
   * The cohort of the meeting held on a date: the schedule's meeting on that date, or, if the
   * schedule has none (a meeting recorded off the schedule), a meeting scheduled on that date.
   *
   * @param date the date of the meeting
   * @return its cohort
   */
  public BcpCohort cohortOfMeetingOn(LocalDate date) {
    return cohortOf(findMeetingOn(date).orElseGet(() -> nominal(date)));
  }

  /**
   * The meeting of the schedule on a date.
   *
   * @param date the date
   * @return the meeting, or empty if none takes place that day
   */
  public Optional<ScheduledMeeting> findMeetingOn(LocalDate date) {
    return meetingsOfYear(date.getYear()).stream()
        .filter(meeting -> meeting.date().equals(date))
        .findFirst();
  }

  /**
   * The first meeting on or after a date that considers a cohort, within a year.
   *
   * @param cohort the cohort
   * @param fromInclusive the first date
   * @return the meeting, or empty if none in the year from the date
   */
  public Optional<ScheduledMeeting> findNextMeetingOf(BcpCohort cohort, LocalDate fromInclusive) {
    LocalDate end = fromInclusive.plusYears(1);
    for (int year = fromInclusive.getYear(); year <= end.getYear(); year++) {
      for (ScheduledMeeting meeting : meetingsOfYear(year)) {
        if (!meeting.date().isBefore(end)) {
          return Optional.empty();
        }
        if (!meeting.date().isBefore(fromInclusive) && cohortOf(meeting) == cohort) {
          return Optional.of(meeting);
        }
      }
    }
    return Optional.empty();
  }

  /** The schedule's meetings in a calendar year, expanded once per year and kept. */
  private List<ScheduledMeeting> meetingsOfYear(int year) {
    return byYear.computeIfAbsent(
        year, y -> schedule.meetings(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1)));
  }

  private ScheduledMeeting nominal(LocalDate date) {
    return ScheduledMeeting.of(date, schedule.startTime(), schedule.duration());
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The rotation as text: anchor, order and policy. */
  @Override
  public String toString() {
    return "BcpRotation{anchor=" + anchor + ", order=" + order + ", " + policy + "}";
  }
}
