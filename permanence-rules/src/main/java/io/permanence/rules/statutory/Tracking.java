package io.permanence.rules.statutory;

import io.permanence.core.DateSpan;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.time.Dates;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Helpers shared by the rules of this package: met dates, traces and chains of reviews. */
final class Tracking {

  private Tracking() {}

  /** {@code "Mon 2026-03-16"}, as the core's traces write dates: {@link Dates#format}. */
  static String format(LocalDate date) {
    return Dates.format(date);
  }

  /** The date if it is known on {@code asOf} (not after it). */
  static Optional<LocalDate> knownOn(Optional<LocalDate> date, LocalDate asOf) {
    return date.isPresent() && date.get().isAfter(asOf) ? Optional.empty() : date;
  }

  /** The last day of a half-open span, if it has ended. */
  static Optional<LocalDate> lastDay(DateSpan span) {
    return span.end().map(end -> end.minusDays(1));
  }

  /** A tracked deadline whose met date is kept only if known on {@code asOf}. */
  static TrackedDeadline tracked(Deadline deadline, Optional<LocalDate> metOn, LocalDate asOf) {
    return TrackedDeadline.of(deadline, knownOn(metOn, asOf));
  }

  /**
   * A copy of the deadline with another trace (the due date is unchanged), built only when read.
   */
  static Deadline retraced(Deadline deadline, Supplier<String> trace) {
    return Deadline.builder()
        .name(deadline.name())
        .startEvent(deadline.startEvent())
        .startDate(deadline.startDate())
        .timescale(deadline.timescale())
        .dueDate(deadline.dueDate())
        .dueTime(deadline.dueTime())
        .calendarId(deadline.calendarId())
        .calendarVersion(deadline.calendarVersion())
        .citation(deadline.citation())
        .dueSoonDays(deadline.dueSoonDays())
        .trace(trace)
        .build();
  }

  /**
   * The first document of the type dated after {@code afterExclusive} (if given) and before {@code
   * beforeExclusive} (if given).
   */
  static Optional<LocalDate> firstDocument(
      CaseFile file,
      DocumentType type,
      Optional<LocalDate> afterExclusive,
      Optional<LocalDate> beforeExclusive) {
    for (DocumentOnFile document : file.documents()) {
      LocalDate date = document.dateOnFile();
      if (document.type().equals(type)
          && (afterExclusive.isEmpty() || date.isAfter(afterExclusive.get()))
          && (beforeExclusive.isEmpty() || date.isBefore(beforeExclusive.get()))) {
        return Optional.of(date);
      }
    }
    return Optional.empty();
  }

  /**
   * A chain of reviews: the first due from a start event, each next one due from the day the
   * previous one was actually held. The chain stops at the first review not yet held (that one is
   * the next due, met or not) and before any review that would fall due on or after {@code
   * limitExclusive} (the child is no longer under the regime by then).
   *
   * @param rules the rule for the review with the given index (0 for the first)
   * @param start the day of the start event
   * @param limitExclusive the first day the regime no longer applies, if it ends
   * @param held the days reviews were held within the regime, in order, none after asOf
   * @param context the calendar and date
   */
  static List<TrackedDeadline> chain(
      IntFunction<DeadlineRule> rules,
      LocalDate start,
      Optional<LocalDate> limitExclusive,
      List<LocalDate> held,
      io.permanence.core.evaluation.EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    LocalDate from = start;
    for (int index = 0; ; index++) {
      Deadline deadline = rules.apply(index).deadlineFrom(from, context.calendar());
      if (limitExclusive.isPresent() && !deadline.dueDate().isBefore(limitExclusive.get())) {
        return deadlines;
      }
      if (index >= held.size()) {
        deadlines.add(TrackedDeadline.of(deadline, Optional.empty()));
        return deadlines;
      }
      deadlines.add(TrackedDeadline.of(deadline, Optional.of(held.get(index))));
      from = held.get(index);
    }
  }
}
