package io.permanence.core.evaluation;

import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is evaluated against besides the case file: the date ({@code asOf}, passed in by the
 * caller — the library never reads the clock), the authority's working calendar, the authority's
 * settings and, when planning an agenda, the meeting being planned.
 *
 * <p>Immutable and thread-safe; equal when all four are equal. Written by hand rather than
 * generated because every remit reads {@link #meeting()} for every child at every meeting: the
 * accessor returns the one {@code Optional} made when the context was.
 */
public final class EvaluationContext {

  private final LocalDate asOf;
  private final WorkingCalendar calendar;
  private final AuthoritySettings settings;
  private final Optional<ScheduledMeeting> meeting;

  private EvaluationContext(
      LocalDate asOf,
      WorkingCalendar calendar,
      AuthoritySettings settings,
      Optional<ScheduledMeeting> meeting) {
    this.asOf = required(asOf, "asOf");
    this.calendar = required(calendar, "calendar");
    this.settings = required(settings, "settings");
    this.meeting = meeting;
  }

  /** The value, or the library's error for a missing one (as its generated values give). */
  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * A context on a date.
   *
   * @param asOf the date
   * @param calendar the working calendar
   * @param settings the authority's settings
   * @return the context
   * @throws IllegalArgumentException naming the argument if one is null
   */
  public static EvaluationContext of(
      LocalDate asOf, WorkingCalendar calendar, AuthoritySettings settings) {
    return new EvaluationContext(asOf, calendar, settings, Optional.empty());
  }

  /** The date the rule is evaluated on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The working calendar in force (bank holidays and the authority's closure days). */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The authority's settings (its interpretations of ambiguous clauses). */
  public AuthoritySettings settings() {
    return settings;
  }

  /** The meeting being planned, when the evaluation is for an agenda. */
  public Optional<ScheduledMeeting> meeting() {
    return meeting;
  }

  /**
   * This context for planning the given meeting, evaluated on the date given.
   *
   * @param evaluatedOn the date the remits are evaluated on (the meeting's referral cut-off)
   * @param meeting the meeting being planned
   * @return a copy for the meeting
   * @throws IllegalArgumentException naming the argument if one is null
   */
  public EvaluationContext forMeeting(LocalDate evaluatedOn, ScheduledMeeting meeting) {
    return new EvaluationContext(
        evaluatedOn, calendar, settings, Optional.of(required(meeting, "meeting")));
  }

  /**
   * The meeting being planned.
   *
   * @return the meeting
   * @throws IllegalStateException if the context is not for a meeting
   */
  public ScheduledMeeting getMeeting() {
    return meeting.orElseThrow(
        () ->
            new IllegalStateException(
                "this rule needs a meeting, but the context on " + asOf + " has none"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvaluationContext c
        && c.asOf.equals(asOf)
        && c.calendar.equals(calendar)
        && c.settings.equals(settings)
        && c.meeting.equals(meeting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, calendar, settings, meeting);
  }

  /** {@code EvaluationContext{asOf=2026-04-01, calendar=..., settings=..., meeting=...}}. */
  @Override
  public String toString() {
    return "EvaluationContext{asOf="
        + asOf
        + ", calendar="
        + calendar
        + ", settings="
        + settings
        + ", meeting="
        + meeting
        + "}";
  }
}
