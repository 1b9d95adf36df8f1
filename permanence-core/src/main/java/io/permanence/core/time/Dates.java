package io.permanence.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for traces with explicit English day names, whatever the default locale. */
final class Dates {

  private static final DateTimeFormatter DAY_AND_DATE =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  private Dates() {}

  /** {@code "Mon 2026-03-16"}. */
  static String format(LocalDate date) {
    return DAY_AND_DATE.format(date);
  }
}
