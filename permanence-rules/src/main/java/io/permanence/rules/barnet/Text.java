package io.permanence.rules.barnet;

import io.permanence.core.time.Dates;
import java.time.LocalDate;

/** Dates in reasons, with English day names whatever the default locale: "Tue 2026-03-24". */
final class Text {

  private Text() {}

  /** A date as {@code "Tue 2026-03-24"}: {@link Dates#format}. */
  static String date(LocalDate date) {
    return Dates.format(date);
  }
}
