package io.permanence.rules.barnet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in reasons, with English day names whatever the default locale: "Tue 2026-03-24". */
final class Text {

  private static final DateTimeFormatter DAY_AND_DATE =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  /** The short English day names, Monday first, as {@code EEE} prints them. */
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private Text() {}

  /**
   * A date as {@code "Tue 2026-03-24"} ({@code EEE uuuu-MM-dd} in English). Reasons are built for
   * every child at every meeting, so years 1 to 9999 are written by concatenation, which gives the
   * same text as the formatter; other years go through the formatter.
   */
  static String date(LocalDate date) {
    int year = date.getYear();
    if (year < 1 || year > 9999) {
      return DAY_AND_DATE.format(date);
    }
    return DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + date;
  }
}
