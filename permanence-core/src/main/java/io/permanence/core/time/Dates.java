package io.permanence.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the library writes them in traces and reasons: with the English short day name, {@code
 * "Tue 2026-03-24"}, whatever the default locale.
 *
 * <p>The text is that of the pattern {@code "EEE uuuu-MM-dd"} in {@link Locale#ENGLISH}; for years
 * 1 to 9999 it is written by concatenation (the ISO date of {@link LocalDate#toString()}), because
 * remits and deadline rules write dates for every child at every meeting.
 */
public final class Dates {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private static final DateTimeFormatter DAY_AND_DATE =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  private Dates() {}

  /**
   * A date with its day name.
   *
   * @param date the date
   * @return for example {@code "Tue 2026-03-24"}
   */
  public static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 1 || year > 9999) {
      return DAY_AND_DATE.format(date);
    }
    return DAYS[date.getDayOfWeek().ordinal()] + " " + date;
  }
}
