package io.permanence.rules.barnet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in reasons, with English day names whatever the default locale: "Tue 2026-03-24". */
final class Text {

  private static final DateTimeFormatter DAY_AND_DATE =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  private Text() {}

  static String date(LocalDate date) {
    return DAY_AND_DATE.format(date);
  }
}
