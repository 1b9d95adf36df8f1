package io.permanence.core.time;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The working-day calendars that Permanence knows, and the zone of every time of day.
 *
 * <p>For other calendars (gov.uk's {@code bank-holidays.json}, an authority's closure days) use
 * {@link WorkingCalendar#builder()}; combine them with {@link
 * WorkingCalendar#combinedWith(WorkingCalendar)}.
 */
public final class WorkingCalendars {

  /**
   * The zone of every time of day in Permanence (cut-offs, meeting times): {@code Europe/London},
   * never the default zone of the machine.
   */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The id of {@link #englandAndWales()}. */
  public static final String ENGLAND_AND_WALES_ID = "england-and-wales";

  /** The version of {@link #englandAndWales()}: the proclamations known as at January 2025. */
  public static final String ENGLAND_AND_WALES_VERSION = "2025.1";

  /** Days moved from their rule date, or added, by royal proclamation (BFDA 1971 s.1(3)). */
  private static final List<LocalDate> PROCLAIMED =
      List.of(
          LocalDate.of(1995, 5, 8), // early May moved for VE Day 50
          LocalDate.of(1999, 12, 31), // millennium
          LocalDate.of(2002, 6, 3), // spring moved for the Golden Jubilee
          LocalDate.of(2002, 6, 4), // Golden Jubilee
          LocalDate.of(2011, 4, 29), // royal wedding
          LocalDate.of(2012, 6, 4), // spring moved for the Diamond Jubilee
          LocalDate.of(2012, 6, 5), // Diamond Jubilee
          LocalDate.of(2020, 5, 8), // early May moved for VE Day 75
          LocalDate.of(2022, 6, 2), // spring moved for the Platinum Jubilee
          LocalDate.of(2022, 6, 3), // Platinum Jubilee
          LocalDate.of(2022, 9, 19), // state funeral of Queen Elizabeth II
          LocalDate.of(2023, 5, 8)); // coronation of King Charles III

  private static final int FIRST_YEAR = 1990;
  private static final int LAST_YEAR = 2099;

  private static final WorkingCalendar ENGLAND_AND_WALES = buildEnglandAndWales();

  private WorkingCalendars() {}

  /**
   * The bank holidays of England and Wales, 1990 to 2099.
   *
   * <p>Rules (Banking and Financial Dealings Act 1971 Schedule 1, with the days appointed each year
   * by proclamation): New Year's Day, or the Monday after when it falls at a weekend; Good Friday
   * and Easter Monday (Easter by the Gregorian computus); the first Monday in May (from 1978); the
   * last Monday in May (spring); the last Monday in August (summer); Christmas Day and Boxing Day,
   * a day falling at a weekend replaced by the next weekday not already a holiday. Moved days:
   * early May on 1995-05-08 and 2020-05-08; spring on 2002-06-03, 2012-06-04 and 2022-06-02.
   * One-off days: 1999-12-31, 2002-06-04, 2011-04-29, 2012-06-05, 2022-06-03, 2022-09-19,
   * 2023-05-08. Future proclamations are not known: the version names the data.
   *
   * @return the calendar, id {@value #ENGLAND_AND_WALES_ID}, weekend Saturday and Sunday
   */
  public static WorkingCalendar englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  private static WorkingCalendar buildEnglandAndWales() {
    ImmutableSortedSet.Builder<LocalDate> holidays = ImmutableSortedSet.naturalOrder();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      holidays.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
      LocalDate easter = easterSunday(year);
      holidays.add(easter.minusDays(2), easter.plusDays(1));
      if (year != 1995 && year != 2020) {
        holidays.add(
            LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      }
      if (year != 2002 && year != 2012 && year != 2022) {
        holidays.add(
            LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      }
      holidays.add(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
      holidays.add(christmas);
      LocalDate boxingDay = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26));
      holidays.add(
          boxingDay.equals(christmas) ? weekdayOnOrAfter(christmas.plusDays(1)) : boxingDay);
    }
    PROCLAIMED.forEach(holidays::add);
    return WorkingCalendar.builder()
        .id(ENGLAND_AND_WALES_ID)
        .version(ENGLAND_AND_WALES_VERSION)
        .years(FIRST_YEAR, LAST_YEAR)
        .weekendDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
        .addHolidays(holidays.build())
        .build();
  }

  private static LocalDate weekdayOnOrAfter(LocalDate date) {
    switch (date.getDayOfWeek()) {
      case SATURDAY:
        return date.plusDays(2);
      case SUNDAY:
        return date.plusDays(1);
      default:
        return date;
    }
  }

  /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
