package io.permanence.rules.bcp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.rules.bcp.BcpSettings.RotationOnCancelledMeeting;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
 * <p>Rules ask for the rotation many times per child, so the meetings of the span the schedule
 * computes once (its calendar's years, see {@link PanelSchedule#meetings}) are held here with their
 * cohorts, sorted by date: the answers inside that span are looked up, and the same as computing
 * them from the schedule (outside it they are computed so). Instances are immutable and
 * thread-safe.
 */
public final class BcpRotation {

  private static final int COHORTS = 5;

  private final PanelSchedule schedule;
  private final LocalDate anchor;
  private final ImmutableList<BcpCohort> order;
  private final RotationOnCancelledMeeting policy;
  private final long anchorMonday;

  // The meetings of [spanStart, spanEnd), by date; empty if the schedule cannot compute the span.
  private final long spanStart;
  private final long spanEnd;
  private final long[] days;
  // For each day of [spanStart, spanEnd]: the index of the first meeting on or after it.
  private final int[] firstFrom;
  private final ScheduledMeeting[] meetings;
  private final BcpCohort[] cohorts;
  // For each cohort and index i: the index of the first meeting from i that considers it, or size.
  private final int[][] nextOf;
  // The meetings with their texts, made on first use.
  private final AtomicReferenceArray<Slot> slots;

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
    this.anchorMonday = monday(anchor.toEpochDay());
    LocalDate start = LocalDate.of(schedule.calendar().firstYear().getValue(), 1, 1);
    LocalDate end = LocalDate.of(schedule.calendar().lastYear().getValue(), 12, 1);
    List<ScheduledMeeting> span = List.of();
    if (end.isAfter(start)) {
      try {
        span = schedule.meetings(start, end);
      } catch (IllegalArgumentException e) {
        end = start;
      }
    } else {
      end = start;
    }
    this.spanStart = start.toEpochDay();
    this.spanEnd = end.toEpochDay();
    int size = span.size();
    this.days = new long[size];
    this.meetings = span.toArray(new ScheduledMeeting[0]);
    this.cohorts = new BcpCohort[size];
    this.slots = new AtomicReferenceArray<>(size);
    for (int i = 0; i < size; i++) {
      days[i] = meetings[i].date().toEpochDay();
    }
    this.firstFrom = new int[(int) (spanEnd - spanStart) + 1];
    for (int day = firstFrom.length - 1, i = size; day >= 0; day--) {
      while (i > 0 && days[i - 1] >= spanStart + day) {
        i--;
      }
      firstFrom[day] = i;
    }
    boolean anchorInSpan = inSpan(anchor.toEpochDay());
    for (int i = 0; i < size; i++) {
      cohorts[i] =
          policy == RotationOnCancelledMeeting.SKIP || !anchorInSpan
              ? cohortOf(meetings[i])
              : cohortAt(i - lowerBound(anchor.toEpochDay()));
    }
    this.nextOf = new int[COHORTS][size + 1];
    for (BcpCohort cohort : BcpCohort.values()) {
      int[] next = nextOf[cohort.ordinal()];
      next[size] = size;
      for (int i = size - 1; i >= 0; i--) {
        next[i] = cohorts[i] == cohort ? i : next[i + 1];
      }
    }
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
    return cohortOf(meeting.date(), meeting.movedFrom().orElse(meeting.date()));
  }

  // The cohort of a meeting held on a date, scheduled on a date (the same unless it was moved).
  private BcpCohort cohortOf(LocalDate date, LocalDate scheduled) {
    if (policy == RotationOnCancelledMeeting.SKIP) {
      // Whole weeks from the anchor's Monday to the scheduled date's Monday.
      return cohortAt((monday(scheduled.toEpochDay()) - anchorMonday) / 7);
    }
    long day = date.toEpochDay();
    if (inSpan(day) && inSpan(anchor.toEpochDay())) {
      // The meetings in [anchor, date), or minus those in [date, anchor).
      return cohortAt(lowerBound(day) - lowerBound(anchor.toEpochDay()));
    }
    long index =
        date.isBefore(anchor)
            ? -schedule.meetings(date, anchor).size()
            : schedule.meetings(anchor, date).size();
    return cohortAt(index);
  }

  private BcpCohort cohortAt(long index) {
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
    int index = indexOfMeetingOn(date);
    if (index >= 0) {
      return cohorts[index];
    }
    Optional<ScheduledMeeting> meeting = findMeetingOn(date);
    // A nominal meeting on the date, as scheduled there.
    return meeting.isPresent() ? cohortOf(meeting.get()) : cohortOf(date, date);
  }

  /**
   * The meeting of the schedule on a date.
   *
   * @param date the date
   * @return the meeting, or empty if none takes place that day
   */
  public Optional<ScheduledMeeting> findMeetingOn(LocalDate date) {
    long day = date.toEpochDay();
    if (inSpan(day) && inSpan(day + 1)) {
      int index = indexOfMeetingOn(date);
      return index >= 0 ? Optional.of(meetings[index]) : Optional.empty();
    }
    return schedule.meetings(date, date.plusDays(1)).stream().findFirst();
  }

  /**
   * The first meeting on or after a date that considers a cohort, within a year.
   *
   * @param cohort the cohort
   * @param fromInclusive the first date
   * @return the meeting, or empty if none in the year from the date
   */
  public Optional<ScheduledMeeting> findNextMeetingOf(BcpCohort cohort, LocalDate fromInclusive) {
    LocalDate endExclusive = fromInclusive.plusYears(1);
    if (inSpan(fromInclusive.toEpochDay()) && inSpan(endExclusive.toEpochDay())) {
      int index = nextOf[cohort.ordinal()][lowerBound(fromInclusive.toEpochDay())];
      return index < days.length && days[index] < endExclusive.toEpochDay()
          ? Optional.of(meetings[index])
          : Optional.empty();
    }
    return computeNextMeetingOf(cohort, fromInclusive);
  }

  /**
   * As {@link #findNextMeetingOf}, with the meeting's texts for traces.
   *
   * @param cohort the cohort
   * @param fromInclusive the first date
   * @return the meeting's slot, or empty if none in the year from the date
   */
  Optional<Slot> findNextSlotOf(BcpCohort cohort, LocalDate fromInclusive) {
    LocalDate endExclusive = fromInclusive.plusYears(1);
    if (inSpan(fromInclusive.toEpochDay()) && inSpan(endExclusive.toEpochDay())) {
      int index = nextOf[cohort.ordinal()][lowerBound(fromInclusive.toEpochDay())];
      return index < days.length && days[index] < endExclusive.toEpochDay()
          ? Optional.of(slot(index))
          : Optional.empty();
    }
    return computeNextMeetingOf(cohort, fromInclusive).map(Slot::of);
  }

  private Optional<ScheduledMeeting> computeNextMeetingOf(
      BcpCohort cohort, LocalDate fromInclusive) {
    // Five weeks at a time (a cohort's turn comes round every five weeks), up to the year.
    LocalDate endExclusive = fromInclusive.plusYears(1);
    for (LocalDate from = fromInclusive; from.isBefore(endExclusive); ) {
      LocalDate to =
          from.plusWeeks(COHORTS).isBefore(endExclusive) ? from.plusWeeks(COHORTS) : endExclusive;
      Optional<ScheduledMeeting> found =
          schedule.meetings(from, to).stream()
              .filter(meeting -> cohortOf(meeting) == cohort)
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      from = to;
    }
    return Optional.empty();
  }

  /**
   * The date as {@link BcpFacts#day(LocalDate)} writes it, made once per meeting date of the span.
   *
   * @param date a date
   * @return {@code "Thu 2026-01-15"}
   */
  String day(LocalDate date) {
    int index = indexOfMeetingOn(date);
    return index >= 0 ? slot(index).day() : BcpFacts.day(date);
  }

  private Slot slot(int index) {
    Slot slot = slots.get(index);
    if (slot == null) {
      slot = Slot.of(meetings[index]);
      slots.set(index, slot);
    }
    return slot;
  }

  /**
   * A meeting with its texts for deadline traces, made once per meeting of the span (on first use).
   *
   * @param meeting the meeting
   * @param text {@link ScheduledMeeting#toString()}
   * @param day its date as {@link BcpFacts#day(LocalDate)} writes it
   */
  record Slot(ScheduledMeeting meeting, String text, String day) {
    static Slot of(ScheduledMeeting meeting) {
      return new Slot(meeting, meeting.toString(), BcpFacts.day(meeting.date()));
    }
  }

  /**
   * The position of a meeting among the meetings held here, for rules that keep a fact per meeting;
   * -1 if it is not one of them (outside the span, or not a meeting of the schedule).
   *
   * @param meeting a meeting
   * @return its index from 0, or -1
   */
  int indexOf(ScheduledMeeting meeting) {
    int index = indexOfMeetingOn(meeting.date());
    return index >= 0 && (meetings[index] == meeting || meetings[index].equals(meeting))
        ? index
        : -1;
  }

  /** The number of meetings held here: {@link #indexOf} answers below it. */
  int size() {
    return meetings.length;
  }

  /** The cohort of the meeting at an index from {@link #indexOf}. */
  BcpCohort cohortAtIndex(int index) {
    return cohorts[index];
  }

  private int indexOfMeetingOn(LocalDate date) {
    long day = date.toEpochDay();
    if (!inSpan(day)) {
      return -1;
    }
    int index = firstFrom[(int) (day - spanStart)];
    return index < days.length && days[index] == day ? index : -1;
  }

  // Whether the day is in the span or is its end: a range [a, b) is held if a and b are.
  private boolean inSpan(long day) {
    return day >= spanStart && day <= spanEnd;
  }

  // The index of the first meeting on or after a day in the span.
  private int lowerBound(long day) {
    return firstFrom[(int) (day - spanStart)];
  }

  // The Monday on or before an epoch day (1970-01-01, epoch day 0, was a Thursday).
  private static long monday(long epochDay) {
    return epochDay - Math.floorMod(epochDay + 3, 7);
  }

  /** The rotation as text: anchor, order and policy. */
  @Override
  public String toString() {
    return "BcpRotation{anchor=" + anchor + ", order=" + order + ", " + policy + "}";
  }
}
