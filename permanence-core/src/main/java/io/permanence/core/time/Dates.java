package io.permanence.core.time;

import java.time.LocalDate;

/**
 * Formats dates for traces with explicit English day names, whatever the default locale: the
 * pattern {@code "EEE uuuu-MM-dd"} in {@code Locale.ENGLISH}, written without a {@code
 * DateTimeFormatter} because every deadline's trace formats dates (the ISO date of {@link
 * LocalDate#toString()} is {@code uuuu-MM-dd}).
 */
final class Dates {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private Dates() {}

  /** {@code "Mon 2026-03-16"}. */
  static String format(LocalDate date) {
    return DAYS[date.getDayOfWeek().ordinal()] + " " + date;
  }
}
