package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.rules.barnet.BarnetSettings.PloReviewAnchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a child in pre-proceedings is next due for its 8-weekly review at the Permanency Planning
 * Panel (§Remit 3(a), I-BAR-06, I-COM-04); shared by {@link PloReviewRemit} and {@link
 * PloReviewDeadlineRule}.
 */
final class PloReviews {

  /** The days before the due date from which a meeting can hear the review: one week. */
  static final int WINDOW_DAYS_BEFORE = 6;

  /** A review due: the date, the event and date it counts from, the timescale applied. */
  record Due(LocalDate dueDate, String fromEvent, LocalDate from, Timescale timescale) {}

  private PloReviews() {}

  /**
   * The start of pre-proceedings for the reviews (I-COM-04): the initial PLO meeting, else the
   * letter before proceedings, else the decision to enter pre-proceedings.
   */
  static LocalDate ploStart(PreProceedings plo) {
    return plo.reviewMeetings().stream()
        .findFirst()
        .or(plo::letterBeforeProceedingsOn)
        .orElse(plo.start());
  }

  /**
   * The next review due for the pre-proceedings, counting panel appearances before a day.
   *
   * @param file the case file
   * @param plo the pre-proceedings under way
   * @param before appearances on or after this day are not counted
   */
  static Due nextDue(
      CaseFile file,
      PreProceedings plo,
      LocalDate before,
      Timescale interval,
      PloReviewAnchor anchor,
      WorkingCalendar calendar) {
    LocalDate start = ploStart(plo);
    Optional<LocalDate> last = Optional.empty();
    List<PanelAppearance> appearances = file.panelAppearances();
    for (int i = appearances.size() - 1; i >= 0; i--) {
      PanelAppearance a = appearances.get(i);
      LocalDate day = a.meetingOn();
      if (a.panel().equals(Barnet.PERMANENCY_PLANNING_PANEL)
          && !day.isBefore(plo.start())
          && day.isBefore(before)) {
        last = Optional.of(day);
        break;
      }
    }
    if (anchor == PloReviewAnchor.LAST_REVIEW) {
      return last.map(
              day -> new Due(interval.dueFrom(day, calendar), "Last panel review", day, interval))
          .orElseGet(
              () ->
                  new Due(
                      interval.dueFrom(start, calendar), "Pre-proceedings began", start, interval));
    }
    for (int k = 1; ; k++) {
      Timescale multiple = Timescale.of(k * interval.amount(), interval.unit(), false);
      LocalDate due = multiple.dueFrom(start, calendar);
      if (last.isEmpty() || due.minusDays(WINDOW_DAYS_BEFORE).isAfter(last.get())) {
        return new Due(due, "Pre-proceedings began", start, multiple);
      }
    }
  }
}
