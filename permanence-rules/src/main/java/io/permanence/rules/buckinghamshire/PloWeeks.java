package io.permanence.rules.buckinghamshire;

import io.permanence.core.legal.PreProceedings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * PLO week counting (I-BUC-06): week 1 is the seven days beginning with the PLO start date, so week
 * {@code k} is the days {@code start + 7(k-1)} to {@code start + 7k - 1}. The start date is the
 * first recorded of the events the setting lists (I-COM-04).
 */
final class PloWeeks {

  private PloWeeks() {}

  /**
   * The PLO start date of a pre-proceedings stage.
   *
   * @param stage the stage
   * @param events the events to try, in order
   * @return the first recorded one, else the start of the stage
   */
  static LocalDate startOf(PreProceedings stage, List<PloStartEvent> events) {
    for (PloStartEvent event : events) {
      switch (event) {
        case INITIAL_PLO_MEETING:
          if (!stage.reviewMeetings().isEmpty()) {
            return stage.reviewMeetings().get(0);
          }
          break;
        case LETTER_BEFORE_PROCEEDINGS:
          if (stage.letterBeforeProceedingsOn().isPresent()) {
            return stage.letterBeforeProceedingsOn().get();
          }
          break;
        default:
          return stage.start();
      }
    }
    return stage.start();
  }

  /** The first day of PLO week {@code week}. */
  static LocalDate weekStart(LocalDate ploStart, int week) {
    return ploStart.plusDays(7L * (week - 1));
  }

  /** The PLO week a date falls in (1 for the start date; 0 or less before it). */
  static long weekOf(LocalDate ploStart, LocalDate date) {
    return Math.floorDiv(ChronoUnit.DAYS.between(ploStart, date), 7) + 1;
  }
}
