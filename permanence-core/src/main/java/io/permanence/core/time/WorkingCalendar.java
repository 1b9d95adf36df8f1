package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar of working days: every day of its years is a working day unless it falls on one of its
 * weekend days or is one of its holidays (bank holidays, or an authority's closure days).
 *
 * <p>Conventions: {@link #shift(LocalDate, int) shift(date, n)} with {@code n > 0} is the n-th
 * working day <em>after</em> {@code date} ({@code date} itself never counts, whether or not it is a
 * working day), with {@code n < 0} the n-th working day before it, and with {@code n == 0} the date
 * unchanged. {@link #workingDaysBetween(LocalDate, LocalDate)} counts the half-open range {@code
 * [startInclusive, endExclusive)}. A calendar knows its days only within its {@linkplain
 * #firstYear() first} and {@linkplain #lastYear() last} year (inclusive); a date outside them, or a
 * shift that would leave them, fails with an {@link IllegalArgumentException} that names the date
 * and the range.
 *
 * <p>Each month is stored as a 32-bit mask of its working days, with a running count of the working
 * days before each month, so {@link #isWorkingDay} is one array read, {@link #workingDaysBetween}
 * two bit counts, and {@link #shift} scans whole months by their counts and finds the day inside
 * the last month by clearing bits: it never walks day by day (the technique of OpenGamma Strata's
 * {@code ImmutableHolidayCalendar}).
 *
 * <p>This is the only implementation. Instances are immutable and thread-safe; {@code equals} and
 * {@code hashCode} compare the id, version, years, weekend days and holidays.
 */
public final class WorkingCalendar {

  /** The day-of-month bits of a 31-day month, before weekends are removed: a repeating pattern. */
  private static final int WEEKLY_PATTERN = 0b10000001000000100000010000001;

  private final String id;
  private final String version;
  private final int firstYear;
  private final int lastYear;
  private final Set<DayOfWeek> weekendDays;
  private final ImmutableSortedSet<LocalDate> holidays;
  // One int per month from January of firstYear: bit (dayOfMonth - 1) is set for a working day.
  private final int[] workingDayBits;
  // workingDaysBefore[i] = number of working days in the months before month i; one extra entry.
  private final int[] workingDaysBefore;

  private WorkingCalendar(
      String id,
      String version,
      int firstYear,
      int lastYear,
      Set<DayOfWeek> weekendDays,
      ImmutableSortedSet<LocalDate> holidays) {
    checkArgument(!id.isBlank(), "id must not be blank but was '%s'", id);
    checkArgument(!version.isBlank(), "version must not be blank but was '%s'", version);
    checkArgument(
        firstYear <= lastYear,
        "lastYear must not be before firstYear but was %s < %s",
        lastYear,
        firstYear);
    checkArgument(
        firstYear >= 1 && lastYear <= 9999,
        "years must be within 1-9999 but were %s-%s",
        firstYear,
        lastYear);
    this.id = id;
    this.version = version;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.weekendDays = Sets.immutableEnumSet(weekendDays);
    this.holidays = holidays;
    for (LocalDate holiday : holidays) {
      checkArgument(
          holiday.getYear() >= firstYear && holiday.getYear() <= lastYear,
          "holiday %s is outside the calendar's years %s-%s",
          holiday,
          firstYear,
          lastYear);
    }
    int months = (lastYear - firstYear + 1) * 12;
    this.workingDayBits = new int[months];
    this.workingDaysBefore = new int[months + 1];
    LocalDate firstOfMonth = LocalDate.of(firstYear, 1, 1);
    for (int i = 0; i < months; i++) {
      int bits = (int) ((1L << firstOfMonth.lengthOfMonth()) - 1);
      int firstDow = firstOfMonth.getDayOfWeek().getValue();
      for (DayOfWeek weekendDay : this.weekendDays) {
        int offset = Math.floorMod(weekendDay.getValue() - firstDow, 7);
        bits &= ~(WEEKLY_PATTERN << offset);
      }
      workingDayBits[i] = bits;
      firstOfMonth = firstOfMonth.plusMonths(1);
    }
    for (LocalDate holiday : holidays) {
      workingDayBits[monthIndex(holiday)] &= ~(1 << (holiday.getDayOfMonth() - 1));
    }
    for (int i = 0; i < months; i++) {
      workingDaysBefore[i + 1] = workingDaysBefore[i] + Integer.bitCount(workingDayBits[i]);
    }
  }

  /**
   * A builder of a calendar from any set of holiday dates plus weekend days: for example an
   * authority's closure days, or the dates of gov.uk's {@code bank-holidays.json}.
   *
   * @return a new builder; weekend days default to Saturday and Sunday
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier of the calendar, for example {@code "england-and-wales"}. */
  public String id() {
    return id;
  }

  /** The version of the calendar's data; a deadline records it to show which data it used. */
  public String version() {
    return version;
  }

  /** The first year the calendar covers (inclusive). */
  public Year firstYear() {
    return Year.of(firstYear);
  }

  /** The last year the calendar covers (inclusive). */
  public Year lastYear() {
    return Year.of(lastYear);
  }

  /** The days of the week that are never working days (Saturday and Sunday in England). */
  public Set<DayOfWeek> weekendDays() {
    return weekendDays;
  }

  /** The holidays (non-working dates) of the calendar, in order; some may fall on weekends. */
  public ImmutableSortedSet<LocalDate> holidays() {
    return holidays;
  }

  /** Whether the date lies within the calendar's years. */
  public boolean covers(LocalDate date) {
    int year = date.getYear();
    return year >= firstYear && year <= lastYear;
  }

  /**
   * Whether the date is a working day: not a weekend day and not a holiday.
   *
   * @param date a date within the calendar's years
   * @return true for a working day
   * @throws IllegalArgumentException if the date is outside the calendar's years
   */
  public boolean isWorkingDay(LocalDate date) {
    return (workingDayBits[checkedMonthIndex(date)] & (1 << (date.getDayOfMonth() - 1))) != 0;
  }

  /**
   * The first working day after the date; the same as {@code shift(date, 1)}.
   *
   * @param date a date within the calendar's years
   * @return the next working day, strictly after the date
   */
  public LocalDate next(LocalDate date) {
    return shift(date, 1);
  }

  /**
   * The last working day before the date; the same as {@code shift(date, -1)}.
   *
   * @param date a date within the calendar's years
   * @return the previous working day, strictly before the date
   */
  public LocalDate previous(LocalDate date) {
    return shift(date, -1);
  }

  /**
   * The date itself if it is a working day, otherwise the next working day.
   *
   * @param date a date within the calendar's years
   * @return the date or the next working day
   */
  public LocalDate nextOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : next(date);
  }

  /**
   * The date itself if it is a working day, otherwise the previous working day.
   *
   * @param date a date within the calendar's years
   * @return the date or the previous working day
   */
  public LocalDate previousOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : previous(date);
  }

  /**
   * The date moved by a number of working days: "within N working days of D" is {@code shift(D,
   * N)}, the N-th working day after D, D itself never counting. A negative number moves back; zero
   * returns the date unchanged (even if it is not a working day).
   *
   * @param date a date within the calendar's years
   * @param workingDays the number of working days to move, negative to move back
   * @return the shifted date, a working day unless {@code workingDays} is zero
   * @throws IllegalArgumentException if the date or the result is outside the calendar's years
   */
  public LocalDate shift(LocalDate date, int workingDays) {
    int month = checkedMonthIndex(date);
    if (workingDays == 0) {
      return date;
    }
    int dom = date.getDayOfMonth();
    // working days from the start of the range up to and including the date
    int throughDate =
        workingDaysBefore[month]
            + Integer.bitCount(workingDayBits[month] & (int) ((1L << dom) - 1));
    if (workingDays > 0) {
      long target = (long) throughDate + workingDays - 1; // zero-based rank of the result
      if (target >= workingDaysBefore[workingDayBits.length]) {
        throw leavesRange(date, workingDays);
      }
      int rank = (int) target;
      while (workingDaysBefore[month + 1] <= rank) {
        month++;
      }
      return nthWorkingDayOfMonth(month, rank - workingDaysBefore[month]);
    }
    int beforeDate = throughDate - (isWorkingDayUnchecked(month, dom) ? 1 : 0);
    long target = (long) beforeDate + workingDays;
    if (target < 0) {
      throw leavesRange(date, workingDays);
    }
    int rank = (int) target;
    while (workingDaysBefore[month] > rank) {
      month--;
    }
    return nthWorkingDayOfMonth(month, rank - workingDaysBefore[month]);
  }

  /**
   * The number of working days in the half-open range {@code [startInclusive, endExclusive)}.
   *
   * <p>For a working day {@code d} and {@code n >= 0}, {@code workingDaysBetween(d, shift(d, n))}
   * is {@code n}.
   *
   * @param startInclusive the first date counted, within the calendar's years
   * @param endExclusive the date after the last date counted, not before the start; it may be the
   *     day after the calendar's last day
   * @return the number of working days, zero or more
   * @throws IllegalArgumentException if the end is before the start or a date is out of range
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    checkArgument(
        !endExclusive.isBefore(startInclusive),
        "endExclusive must not be before startInclusive but was %s < %s",
        endExclusive,
        startInclusive);
    return workingDaysBefore(endExclusive) - workingDaysBefore(startInclusive);
  }

  /**
   * This calendar combined with another, for example England and Wales with an authority's own
   * closure days: a day is a working day only if it is one in both calendars.
   *
   * <p>The combination covers only the years both calendars cover (outside them one of the two does
   * not know its days); its id and version join both with {@code "+"}.
   *
   * @param other the other calendar
   * @return the combined calendar
   * @throws IllegalArgumentException if the calendars share no year
   */
  public WorkingCalendar combinedWith(WorkingCalendar other) {
    if (other.equals(this)) {
      return this;
    }
    int first = Math.max(firstYear, other.firstYear);
    int last = Math.min(lastYear, other.lastYear);
    checkArgument(
        first <= last,
        "calendars %s (%s-%s) and %s (%s-%s) share no year",
        id,
        firstYear,
        lastYear,
        other.id,
        other.firstYear,
        other.lastYear);
    EnumSet<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    weekend.addAll(weekendDays);
    weekend.addAll(other.weekendDays);
    ImmutableSortedSet<LocalDate> combined =
        ImmutableSortedSet.<LocalDate>naturalOrder()
            .addAll(holidays)
            .addAll(other.holidays)
            .build()
            .subSet(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
    return new WorkingCalendar(
        id + "+" + other.id, version + "+" + other.version, first, last, weekend, combined);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof WorkingCalendar)) {
      return false;
    }
    WorkingCalendar other = (WorkingCalendar) obj;
    return id.equals(other.id)
        && version.equals(other.version)
        && firstYear == other.firstYear
        && lastYear == other.lastYear
        && weekendDays.equals(other.weekendDays)
        && holidays.equals(other.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, firstYear, lastYear, weekendDays, holidays);
  }

  /** The calendar as text: {@code "WorkingCalendar{england-and-wales v2025.1, 1990-2099}"}. */
  @Override
  public String toString() {
    return "WorkingCalendar{" + id + " v" + version + ", " + firstYear + "-" + lastYear + "}";
  }

  // number of working days from the start of the range to the date, exclusive; the date may be the
  // first day after the range
  private int workingDaysBefore(LocalDate date) {
    if (date.equals(LocalDate.of(lastYear + 1, 1, 1))) {
      return workingDaysBefore[workingDayBits.length];
    }
    int month = checkedMonthIndex(date);
    int below = workingDayBits[month] & ((1 << (date.getDayOfMonth() - 1)) - 1);
    return workingDaysBefore[month] + Integer.bitCount(below);
  }

  private boolean isWorkingDayUnchecked(int month, int dom) {
    return (workingDayBits[month] & (1 << (dom - 1))) != 0;
  }

  // the working day of the month with the given zero-based rank among the month's working days
  private LocalDate nthWorkingDayOfMonth(int month, int rank) {
    int bits = workingDayBits[month];
    for (int i = 0; i < rank; i++) {
      bits &= bits - 1; // clear the lowest set bit
    }
    return LocalDate.of(
        firstYear + month / 12, month % 12 + 1, Integer.numberOfTrailingZeros(bits) + 1);
  }

  private int monthIndex(LocalDate date) {
    return (date.getYear() - firstYear) * 12 + date.getMonthValue() - 1;
  }

  private int checkedMonthIndex(LocalDate date) {
    int index = monthIndex(date);
    if (index < 0 || index >= workingDayBits.length) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "date %s is outside the years of calendar %s: %s-%s",
              date,
              id,
              firstYear,
              lastYear));
    }
    return index;
  }

  private IllegalArgumentException leavesRange(LocalDate date, int workingDays) {
    return new IllegalArgumentException(
        String.format(
            java.util.Locale.ROOT,
            "shifting %s by %s working days leaves the years of calendar %s: %s-%s",
            date,
            workingDays,
            id,
            firstYear,
            lastYear));
  }

  /**
   * Builds a {@link WorkingCalendar} from holiday dates and weekend days.
   *
   * <p>The years default to those of the earliest and latest holiday; set them with {@link
   * #years(int, int)} when the calendar must cover more (a year without holidays is then all
   * weekdays working). Not thread-safe; the calendar it builds is.
   */
  public static final class Builder {
    private String id;
    private String version = "1";
    private Integer firstYear;
    private Integer lastYear;
    private final EnumSet<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final ImmutableSortedSet.Builder<LocalDate> holidays =
        ImmutableSortedSet.naturalOrder();

    private Builder() {}

    /** Sets the identifier (required), for example {@code "barnet-closures"}. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Sets the version of the data; {@code "1"} unless set. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets the years covered, inclusive; every holiday must fall within them. */
    public Builder years(int firstYear, int lastYear) {
      this.firstYear = firstYear;
      this.lastYear = lastYear;
      return this;
    }

    /** Replaces the weekend days (Saturday and Sunday unless set); may be none. */
    public Builder weekendDays(DayOfWeek... days) {
      weekendDays.clear();
      weekendDays.addAll(Arrays.asList(days));
      return this;
    }

    /** Adds a holiday. */
    public Builder addHoliday(LocalDate holiday) {
      holidays.add(Objects.requireNonNull(holiday, "holiday"));
      return this;
    }

    /** Adds holidays; duplicates are ignored. */
    public Builder addHolidays(Iterable<LocalDate> dates) {
      for (LocalDate date : dates) {
        addHoliday(date);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalArgumentException if the id is missing, the years are missing and there is no
     *     holiday to infer them from, or a holiday falls outside the years
     */
    public WorkingCalendar build() {
      checkArgument(id != null, "id must be set");
      ImmutableSortedSet<LocalDate> dates = holidays.build();
      checkArgument(
          firstYear != null || !dates.isEmpty(),
          "years must be set for calendar %s, which has no holidays to infer them from",
          id);
      int first = firstYear != null ? firstYear : dates.first().getYear();
      int last = lastYear != null ? lastYear : dates.last().getYear();
      return new WorkingCalendar(id, version, first, last, weekendDays, dates);
    }
  }
}
