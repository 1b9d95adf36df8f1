package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.immutables.value.Value;

/**
 * When a panel meets: its meetings from an RFC 5545 recurrence rule (for example {@code
 * "FREQ=WEEKLY;INTERVAL=5;BYDAY=TU"} from a first date) or from a list of dates, each at a start
 * time for a duration in {@code Europe/London}, less cancelled meetings, plus extra meetings, with
 * a {@link BankHolidayPolicy} for meetings that fall on a non-working day of its calendar.
 *
 * <p>Conventions: a cancelled date cancels the meeting scheduled on it, whether that is the date
 * the rule or list gives or the date the meeting moved to. An extra meeting takes place on its date
 * as given (the policy does not move it). If a moved meeting lands on a date that already has a
 * meeting, the two are one meeting. The rule is read in strict RFC 5545 mode; the first date is its
 * {@code DTSTART} and is a meeting only if it matches the rule.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelSchedule {

  private static final String EXPECTED_RULE =
      "an RFC 5545 RRULE value such as 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' or"
          + " 'FREQ=MONTHLY;BYDAY=2WE'";

  /** The RFC 5545 recurrence rule ({@code RRULE} value), if the schedule has one. */
  public abstract Optional<String> recurrenceRule();

  /** The first date of the recurrence rule ({@code DTSTART}); required with a rule. */
  public abstract Optional<LocalDate> ruleStart();

  /** The listed meeting dates, for a schedule given as a list. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> dates();

  /** When meetings start, in {@code Europe/London}. */
  public abstract LocalTime startTime();

  /** How long meetings last. */
  public abstract Duration duration();

  /** Dates whose meeting does not take place. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> cancelled();

  /** Dates of meetings added to the rule or the list. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> extras();

  /** What happens to a meeting on a non-working day; moved to the next working day by default. */
  @Value.Default
  public BankHolidayPolicy bankHolidayPolicy() {
    return BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY;
  }

  /** The working-day calendar, for the bank-holiday policy and working-day cut-offs. */
  public abstract WorkingCalendar calendar();

  /**
   * A schedule from an RFC 5545 recurrence rule.
   *
   * @param rule the {@code RRULE} value, with or without the {@code "RRULE:"} prefix
   * @param ruleStart the first date ({@code DTSTART})
   * @param startTime when meetings start, in {@code Europe/London}
   * @param duration how long meetings last
   * @param calendar the working-day calendar
   * @return the schedule
   * @throws IllegalArgumentException quoting the rule and saying what was expected, if malformed
   */
  public static PanelSchedule ofRule(
      String rule,
      LocalDate ruleStart,
      LocalTime startTime,
      Duration duration,
      WorkingCalendar calendar) {
    return builder()
        .recurrenceRule(rule)
        .ruleStart(ruleStart)
        .startTime(startTime)
        .duration(duration)
        .calendar(calendar)
        .build();
  }

  /**
   * A schedule from a list of dates.
   *
   * @param dates the meeting dates, at least one
   * @param startTime when meetings start, in {@code Europe/London}
   * @param duration how long meetings last
   * @param calendar the working-day calendar
   * @return the schedule
   */
  public static PanelSchedule ofDates(
      Iterable<LocalDate> dates, LocalTime startTime, Duration duration, WorkingCalendar calendar) {
    return builder()
        .addAllDates(dates)
        .startTime(startTime)
        .duration(duration)
        .calendar(calendar)
        .build();
  }

  /**
   * A copy with another bank-holiday policy.
   *
   * @param policy the policy
   * @return the schedule
   */
  public abstract PanelSchedule withBankHolidayPolicy(BankHolidayPolicy policy);

  /**
   * A copy with these cancelled dates instead of its own.
   *
   * @param dates the cancelled dates
   * @return the schedule
   */
  public abstract PanelSchedule withCancelled(Iterable<? extends LocalDate> dates);

  /**
   * A copy with these extra meeting dates instead of its own.
   *
   * @param dates the extra meeting dates
   * @return the schedule
   */
  public abstract PanelSchedule withExtras(Iterable<? extends LocalDate> dates);

  /** A builder: for cancelled and extra meetings and the bank-holiday policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PanelSchedule}. */
  public static final class Builder extends ImmutablePanelSchedule.Builder {}

  /**
   * The meetings taking place in a range of dates, in order, one per date.
   *
   * @param startInclusive the first date
   * @param endExclusive the date after the last
   * @return the meetings, ordered by date
   * @throws IllegalArgumentException if the end is before the start, or a date the policy needs is
   *     outside the calendar's years
   */
  public final List<ScheduledMeeting> meetings(LocalDate startInclusive, LocalDate endExclusive) {
    checkArgument(
        !endExclusive.isBefore(startInclusive),
        "endExclusive must not be before startInclusive but was %s < %s",
        endExclusive,
        startInclusive);
    Optional<MeetingCache> cache = meetingCache();
    if (cache.isPresent()
        && !startInclusive.isBefore(cache.get().startInclusive)
        && !endExclusive.isAfter(cache.get().endExclusive)) {
      return ImmutableList.copyOf(cache.get().byDate.subMap(startInclusive, endExclusive).values());
    }
    return computeMeetings(startInclusive, endExclusive);
  }

  /**
   * Every meeting from the start of the calendar's first year to the start of December of its last
   * year (so that no meeting in it is moved past the calendar), computed once per schedule:
   * agendas, rotations and deadline rules ask for meetings many times per child. {@link #meetings}
   * answers from it for any range inside it; the meetings of a range depend only on the nominal
   * dates that can land in it, so the answer is the same as computing the range alone. Empty if the
   * schedule's dates cannot be computed over that span. Derived from the other attributes, so not
   * part of equality.
   */
  @Value.Lazy
  Optional<MeetingCache> meetingCache() {
    LocalDate start = LocalDate.of(calendar().firstYear().getValue(), 1, 1);
    LocalDate end = LocalDate.of(calendar().lastYear().getValue(), 12, 1);
    if (!end.isAfter(start)) {
      return Optional.empty();
    }
    try {
      TreeMap<LocalDate, ScheduledMeeting> byDate = new TreeMap<>();
      computeMeetings(start, end).forEach(meeting -> byDate.put(meeting.date(), meeting));
      return Optional.of(new MeetingCache(start, end, byDate));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The meetings of {@code [startInclusive, endExclusive)}, computed once. */
  static final class MeetingCache {
    final LocalDate startInclusive;
    final LocalDate endExclusive;
    final NavigableMap<LocalDate, ScheduledMeeting> byDate;

    MeetingCache(
        LocalDate startInclusive,
        LocalDate endExclusive,
        NavigableMap<LocalDate, ScheduledMeeting> byDate) {
      this.startInclusive = startInclusive;
      this.endExclusive = endExclusive;
      this.byDate = byDate;
    }
  }

  private List<ScheduledMeeting> computeMeetings(LocalDate startInclusive, LocalDate endExclusive) {
    TreeMap<LocalDate, ScheduledMeeting> byDate = new TreeMap<>();
    for (LocalDate nominal : nominalDates(earliestMovingInto(startInclusive), endExclusive)) {
      Optional<LocalDate> actual = applyPolicy(nominal);
      if (cancelled().contains(nominal)
          || actual.isEmpty()
          || cancelled().contains(actual.get())
          || actual.get().isBefore(startInclusive)
          || !actual.get().isBefore(endExclusive)) {
        continue;
      }
      ScheduledMeeting meeting =
          actual.get().equals(nominal)
              ? ScheduledMeeting.of(nominal, startTime(), duration())
              : ScheduledMeeting.builder()
                  .date(actual.get())
                  .startTime(startTime())
                  .duration(duration())
                  .movedFrom(nominal)
                  .build();
      byDate.merge(actual.get(), meeting, (kept, other) -> kept.isMoved() ? other : kept);
    }
    for (LocalDate extra : extras().subSet(startInclusive, endExclusive)) {
      byDate.putIfAbsent(
          extra,
          ScheduledMeeting.builder()
              .date(extra)
              .startTime(startTime())
              .duration(duration())
              .isExtra(true)
              .build());
    }
    return ImmutableList.copyOf(byDate.values());
  }

  /**
   * The first meeting starting at or after an instant.
   *
   * @param at the instant
   * @return the meeting, or empty if there is none within the calendar's years
   */
  public final Optional<ScheduledMeeting> findNextMeeting(Instant at) {
    return findFirst(at, meeting -> !meeting.startInstant().isBefore(at));
  }

  /**
   * The first meeting whose cut-off has not passed at an instant: the meeting a referral made at
   * {@code at} can still reach. A cut-off has passed when {@code at} is after it.
   *
   * @param at the instant
   * @param cutOff the cut-off, for example papers due
   * @return the meeting, or empty if there is none within the calendar's years
   */
  public final Optional<ScheduledMeeting> findNextAvailableMeeting(Instant at, CutOff cutOff) {
    return findFirst(at, meeting -> !at.isAfter(cutOffFor(meeting, cutOff).toInstant()));
  }

  /**
   * The cut-off for a meeting, in {@code Europe/London}.
   *
   * @param meeting a meeting of this schedule
   * @param cutOff the cut-off, for example agenda circulated
   * @return the date and time of the cut-off
   */
  public final ZonedDateTime cutOffFor(ScheduledMeeting meeting, CutOff cutOff) {
    return cutOff.at(meeting.date(), calendar());
  }

  // Meetings on or after the date of `at`, a year at a time, to the end of the calendar.
  private Optional<ScheduledMeeting> findFirst(Instant at, Predicate<ScheduledMeeting> accepted) {
    LocalDate end = LocalDate.of(calendar().lastYear().getValue() + 1, 1, 1);
    LocalDate from = LocalDate.ofInstant(at, WorkingCalendars.LONDON);
    while (from.isBefore(end)) {
      LocalDate to = from.plusYears(1).isBefore(end) ? from.plusYears(1) : end;
      Optional<ScheduledMeeting> found = meetings(from, to).stream().filter(accepted).findFirst();
      if (found.isPresent()) {
        return found;
      }
      from = to;
    }
    return Optional.empty();
  }

  // The earliest scheduled date that the policy could move to the date or later.
  private LocalDate earliestMovingInto(LocalDate date) {
    LocalDate earliest = date;
    if (bankHolidayPolicy() == BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY) {
      while (calendar().covers(earliest.minusDays(1))
          && !calendar().isWorkingDay(earliest.minusDays(1))) {
        earliest = earliest.minusDays(1);
      }
    }
    return earliest;
  }

  private Optional<LocalDate> applyPolicy(LocalDate nominal) {
    switch (bankHolidayPolicy()) {
      case KEEP:
        return Optional.of(nominal);
      case SKIP:
        return calendar().isWorkingDay(nominal) ? Optional.of(nominal) : Optional.empty();
      default:
        return Optional.of(calendar().nextOrSame(nominal));
    }
  }

  /**
   * The dates the recurrence rule gives from its first date up to the end of the year after the
   * calendar's last year, expanded once per schedule (expanding an RFC 5545 rule from its first
   * date costs time proportional to the distance, and agendas, rotations and deadline rules ask for
   * meetings many times per child). Derived from the other attributes, so not part of equality.
   */
  @Value.Lazy
  ImmutableSortedSet<LocalDate> ruleDates() {
    return ImmutableSortedSet.copyOf(
        recurrenceRule().isPresent()
            ? expandRule(ruleStart().orElseThrow(), ruleDatesEnd())
            : List.<LocalDate>of());
  }

  /** The end (exclusive) of the dates expanded once in {@link #ruleDates()}. */
  private LocalDate ruleDatesEnd() {
    return LocalDate.of(calendar().lastYear().getValue() + 2, 1, 1);
  }

  private List<LocalDate> nominalDates(LocalDate startInclusive, LocalDate endExclusive) {
    List<LocalDate> result = new ArrayList<>(dates().subSet(startInclusive, endExclusive));
    if (recurrenceRule().isPresent() && !endExclusive.isAfter(ruleDatesEnd())) {
      result.addAll(ruleDates().subSet(startInclusive, endExclusive));
    } else if (recurrenceRule().isPresent()) {
      result.addAll(expandRule(startInclusive, endExclusive));
    }
    return result;
  }

  /** The dates the recurrence rule gives in a range, in order. */
  private List<LocalDate> expandRule(LocalDate startInclusive, LocalDate endExclusive) {
    List<LocalDate> result = new ArrayList<>();
    LocalDate first = ruleStart().orElseThrow();
    RecurrenceRuleIterator iterator = parseRule(recurrenceRule().get()).iterator(toDateTime(first));
    if (startInclusive.isAfter(first)) {
      iterator.fastForward(toDateTime(startInclusive));
    }
    while (iterator.hasNext()) {
      DateTime next = iterator.nextDateTime();
      LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
      if (!date.isBefore(endExclusive)) {
        break;
      }
      if (!date.isBefore(startInclusive)) {
        result.add(date);
      }
    }
    return result;
  }

  private static DateTime toDateTime(LocalDate date) {
    return new DateTime(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
  }

  private static RecurrenceRule parseRule(String text) {
    String value = text.strip();
    if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
      value = value.substring(6);
    }
    try {
      return new RecurrenceRule(value, RecurrenceRule.RfcMode.RFC5545_STRICT);
    } catch (InvalidRecurrenceRuleException | RuntimeException e) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "recurrence rule must be %s but was '%s' (%s)",
              EXPECTED_RULE,
              text,
              e.getMessage()),
          e);
    }
  }

  @Value.Check
  final void check() {
    checkArgument(
        recurrenceRule().isPresent() || !dates().isEmpty() || !extras().isEmpty(),
        "a schedule needs a recurrence rule, dates or extra meetings but had none");
    checkArgument(
        recurrenceRule().isPresent() == ruleStart().isPresent(),
        "ruleStart must be given with a recurrence rule and only then, but was %s with rule %s",
        ruleStart(),
        recurrenceRule());
    recurrenceRule().ifPresent(PanelSchedule::parseRule);
    checkArgument(
        !duration().isNegative() && !duration().isZero(),
        "duration must be positive but was %s",
        duration());
  }

  /** The schedule as text: the rule or the number of dates, the time, duration and policy. */
  @Override
  public final String toString() {
    return "PanelSchedule{"
        + recurrenceRule()
            .map(rule -> "RRULE:" + rule + " from " + ruleStart().get())
            .orElse(dates().size() + " dates")
        + ", "
        + startTime()
        + " for "
        + duration()
        + ", "
        + bankHolidayPolicy()
        + (cancelled().isEmpty() ? "" : ", cancelled " + cancelled())
        + (extras().isEmpty() ? "" : ", extra " + extras())
        + ", calendar "
        + calendar().id()
        + "}";
  }
}
