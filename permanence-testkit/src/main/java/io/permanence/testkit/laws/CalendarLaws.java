package io.permanence.testkit.laws;

import static io.permanence.testkit.laws.Laws.require;

import io.permanence.core.time.WorkingCalendar;
import java.time.LocalDate;

/**
 * Laws every {@link WorkingCalendar} satisfies. Each returns {@code true} or throws an {@link
 * AssertionError} naming the calendar and inputs; callers keep dates and shifts within the
 * calendar's years.
 */
public final class CalendarLaws {

  private CalendarLaws() {}

  /**
   * {@code shift(date, n)} is a working day for {@code n != 0}.
   *
   * @param calendar the calendar
   * @param date any date
   * @param n the shift, not zero
   * @return true
   */
  public static boolean shiftLandsOnWorkingDay(WorkingCalendar calendar, LocalDate date, int n) {
    if (n == 0) {
      return true;
    }
    LocalDate shifted = calendar.shift(date, n);
    return require(
        calendar.isWorkingDay(shifted),
        "%s: shift(%s, %s) = %s is not a working day",
        calendar,
        date,
        n,
        shifted);
  }

  /**
   * {@code shift} is monotone in n: {@code a <= b} implies {@code shift(date, a) <= shift(date,
   * b)}, strictly when {@code a < b} and both are non-zero.
   *
   * @param calendar the calendar
   * @param date any date
   * @param a a shift
   * @param b another shift
   * @return true
   */
  public static boolean shiftIsMonotone(WorkingCalendar calendar, LocalDate date, int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    LocalDate first = calendar.shift(date, low);
    LocalDate second = calendar.shift(date, high);
    boolean strict = low < high && low != 0 && high != 0;
    return require(
        strict ? first.isBefore(second) : !first.isAfter(second),
        "%s: shift(%s, %s) = %s but shift(%s, %s) = %s",
        calendar,
        date,
        low,
        first,
        date,
        high,
        second);
  }

  /**
   * For a working day {@code d} and {@code n >= 0}, {@code workingDaysBetween(d, shift(d, n)) ==
   * n}.
   *
   * @param calendar the calendar
   * @param date any date; the law holds vacuously if it is not a working day
   * @param n the shift, zero or more
   * @return true
   */
  public static boolean workingDaysBetweenInvertsShift(
      WorkingCalendar calendar, LocalDate date, int n) {
    if (!calendar.isWorkingDay(date) || n < 0) {
      return true;
    }
    LocalDate shifted = calendar.shift(date, n);
    int between = calendar.workingDaysBetween(date, shifted);
    return require(
        between == n,
        "%s: workingDaysBetween(%s, shift(%s, %s) = %s) = %s",
        calendar,
        date,
        date,
        n,
        shifted,
        between);
  }

  /**
   * For a working day {@code d}, {@code shift(shift(d, a), b) == shift(d, a + b)}.
   *
   * @param calendar the calendar
   * @param date any date; the law holds vacuously if it is not a working day
   * @param a the first shift
   * @param b the second shift
   * @return true
   */
  public static boolean shiftComposes(WorkingCalendar calendar, LocalDate date, int a, int b) {
    if (!calendar.isWorkingDay(date)) {
      return true;
    }
    LocalDate twice = calendar.shift(calendar.shift(date, a), b);
    LocalDate once = calendar.shift(date, a + b);
    return require(
        twice.equals(once),
        "%s: shift(shift(%s, %s), %s) = %s but shift(%s, %s) = %s",
        calendar,
        date,
        a,
        b,
        twice,
        date,
        a + b,
        once);
  }

  /**
   * The calendar agrees with a naive day-by-day reference built from its weekend days and holidays
   * on {@code isWorkingDay}, {@code workingDaysBetween}, {@code next} and {@code previous} over a
   * range.
   *
   * @param calendar the calendar
   * @param startInclusive the first date, with a working day before it in the calendar's years
   * @param endExclusive the date after the last, with a working day on or after it in the years
   * @return true
   */
  public static boolean agreesWithNaiveReference(
      WorkingCalendar calendar, LocalDate startInclusive, LocalDate endExclusive) {
    int count = 0;
    for (LocalDate day = startInclusive; day.isBefore(endExclusive); day = day.plusDays(1)) {
      boolean naive = naiveIsWorkingDay(calendar, day);
      require(
          calendar.isWorkingDay(day) == naive,
          "%s: isWorkingDay(%s) = %s but the reference says %s",
          calendar,
          day,
          !naive,
          naive);
      LocalDate naiveNext = naiveStep(calendar, day, 1);
      require(
          calendar.next(day).equals(naiveNext),
          "%s: next(%s) = %s but the reference says %s",
          calendar,
          day,
          calendar.next(day),
          naiveNext);
      LocalDate naivePrevious = naiveStep(calendar, day, -1);
      require(
          calendar.previous(day).equals(naivePrevious),
          "%s: previous(%s) = %s but the reference says %s",
          calendar,
          day,
          calendar.previous(day),
          naivePrevious);
      count += naive ? 1 : 0;
    }
    int between = calendar.workingDaysBetween(startInclusive, endExclusive);
    return require(
        between == count,
        "%s: workingDaysBetween(%s, %s) = %s but the reference counts %s",
        calendar,
        startInclusive,
        endExclusive,
        between,
        count);
  }

  /**
   * {@code shift(date, n)} agrees with a naive day-by-day count for any n.
   *
   * @param calendar the calendar
   * @param date any date
   * @param n the shift
   * @return true
   */
  public static boolean shiftAgreesWithNaiveReference(
      WorkingCalendar calendar, LocalDate date, int n) {
    LocalDate naive = date;
    for (int remaining = Math.abs(n); remaining > 0; remaining--) {
      naive = naiveStep(calendar, naive, n > 0 ? 1 : -1);
    }
    LocalDate shifted = calendar.shift(date, n);
    return require(
        shifted.equals(naive),
        "%s: shift(%s, %s) = %s but the reference says %s",
        calendar,
        date,
        n,
        shifted,
        naive);
  }

  // the next (step 1) or previous (step -1) working day, one day at a time, within the years
  private static LocalDate naiveStep(WorkingCalendar calendar, LocalDate date, int step) {
    LocalDate day = date.plusDays(step);
    while (!naiveIsWorkingDay(calendar, day)) {
      require(
          calendar.covers(day),
          "%s has no working day %s %s",
          calendar,
          step > 0 ? "after" : "before",
          date);
      day = day.plusDays(step);
    }
    return day;
  }

  private static boolean naiveIsWorkingDay(WorkingCalendar calendar, LocalDate date) {
    return !calendar.weekendDays().contains(date.getDayOfWeek())
        && !calendar.holidays().contains(date);
  }
}
