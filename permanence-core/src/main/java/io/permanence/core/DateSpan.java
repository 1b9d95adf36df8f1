package io.permanence.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A span of days with a start and an optional end, half-open: {@code [start, end)}.
 *
 * <p>The start is the first day the span applies; the end, when present, is the first day it no
 * longer applies. This matches SSDA903, where the date an episode ceased ({@code DEC}) is the date
 * the next episode commences ({@code DECOM}): on {@code DEC} the child is in the new episode (or no
 * longer looked after). An absent end means the span is open (still applies). A span whose end
 * equals its start is empty: it contains no day and overlaps nothing (SSDA903 allows several
 * episodes to start and cease on the same day).
 *
 * <p>Implementations are immutable values that check {@code end >= start} on construction.
 */
public interface DateSpan {

  /** The first day the span applies (inclusive). */
  LocalDate start();

  /** The first day the span no longer applies (exclusive); empty while it still applies. */
  Optional<LocalDate> end();

  /** Whether the span has no end yet. */
  default boolean isOpen() {
    return end().isEmpty();
  }

  /** Whether the span contains no day (its end equals its start). */
  default boolean isEmpty() {
    Optional<LocalDate> end = end();
    return end.isPresent() && end.get().equals(start());
  }

  /**
   * Whether the span applies on the date: {@code start <= date < end}.
   *
   * @param date the date
   * @return true if the date is in the span
   */
  default boolean contains(LocalDate date) {
    if (date.isBefore(start())) {
      return false;
    }
    Optional<LocalDate> end = end();
    return end.isEmpty() || date.isBefore(end.get());
  }

  /**
   * Whether the span shares at least one day with the half-open range {@code [startInclusive,
   * endExclusive)}.
   *
   * @param startInclusive the first day of the range
   * @param endExclusive the first day after the range
   * @return true if at least one day is in both
   */
  default boolean overlaps(LocalDate startInclusive, LocalDate endExclusive) {
    boolean startsBeforeRangeEnds = start().isBefore(endExclusive);
    Optional<LocalDate> end = end();
    boolean endsAfterRangeStarts = end.isEmpty() || startInclusive.isBefore(end.get());
    return !isEmpty()
        && startInclusive.isBefore(endExclusive)
        && startsBeforeRangeEnds
        && endsAfterRangeStarts;
  }

  /**
   * Whether the two spans share at least one day.
   *
   * @param other the other span
   * @return true if at least one day is in both
   */
  default boolean overlaps(DateSpan other) {
    if (isEmpty() || other.isEmpty()) {
      return false;
    }
    Optional<LocalDate> end = end();
    Optional<LocalDate> otherEnd = other.end();
    boolean otherStartsBeforeThisEnds = end.isEmpty() || other.start().isBefore(end.get());
    boolean thisStartsBeforeOtherEnds = otherEnd.isEmpty() || start().isBefore(otherEnd.get());
    return otherStartsBeforeThisEnds && thisStartsBeforeOtherEnds;
  }

  /**
   * Checks that a span does not end before it starts; for use in {@code @Value.Check} methods.
   *
   * @param field the name of the value type, used in the message
   * @param span the span
   * @throws IllegalArgumentException naming the field and both dates if the end is before the start
   */
  static void checkEndNotBeforeStart(String field, DateSpan span) {
    if (endsBeforeStart(span)) {
      throw endBeforeStart(field, span);
    }
  }

  /**
   * Whether a span ends before it starts; with {@link #endBeforeStart} for checks that name the
   * field only on failure (a check runs on every construction, so it should not build the name
   * first).
   *
   * @param span the span
   * @return true if the end is before the start
   */
  static boolean endsBeforeStart(DateSpan span) {
    Optional<LocalDate> end = span.end();
    return end.isPresent() && end.get().isBefore(span.start());
  }

  /**
   * The exception {@link #checkEndNotBeforeStart} throws, naming the field and both dates.
   *
   * @param field the name of the value type, used in the message
   * @param span the span, whose end is before its start
   * @return the exception, to throw
   */
  static IllegalArgumentException endBeforeStart(String field, DateSpan span) {
    return new IllegalArgumentException(
        field + ".end must not be before start but was " + span.end().get() + " < " + span.start());
  }
}
