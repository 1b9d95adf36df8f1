package io.permanence.core.evaluation;

import io.permanence.core.PermanenceStyle;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule is evaluated against besides the case file: the date ({@code asOf}, passed in by the
 * caller — the library never reads the clock), the authority's working calendar, the authority's
 * settings and, when planning an agenda, the meeting being planned.
 */
@Value.Immutable
@PermanenceStyle
public abstract class EvaluationContext {

  /** The date the rule is evaluated on. */
  public abstract LocalDate asOf();

  /** The working calendar in force (bank holidays and the authority's closure days). */
  public abstract WorkingCalendar calendar();

  /** The authority's settings (its interpretations of ambiguous clauses). */
  public abstract AuthoritySettings settings();

  /** The meeting being planned, when the evaluation is for an agenda. */
  public abstract Optional<ScheduledMeeting> meeting();

  /**
   * A context on a date.
   *
   * @param asOf the date
   * @param calendar the working calendar
   * @param settings the authority's settings
   * @return the context
   */
  public static EvaluationContext of(
      LocalDate asOf, WorkingCalendar calendar, AuthoritySettings settings) {
    return ImmutableEvaluationContext.builder()
        .asOf(asOf)
        .calendar(calendar)
        .settings(settings)
        .build();
  }

  /**
   * This context for planning the given meeting, evaluated on the date given.
   *
   * @param evaluatedOn the date the remits are evaluated on (the meeting's referral cut-off)
   * @param meeting the meeting being planned
   * @return a copy for the meeting
   */
  public final EvaluationContext forMeeting(LocalDate evaluatedOn, ScheduledMeeting meeting) {
    return ImmutableEvaluationContext.builder()
        .asOf(evaluatedOn)
        .calendar(calendar())
        .settings(settings())
        .meeting(meeting)
        .build();
  }

  /**
   * The meeting being planned.
   *
   * @return the meeting
   * @throws IllegalStateException if the context is not for a meeting
   */
  public final ScheduledMeeting getMeeting() {
    return meeting()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "this rule needs a meeting, but the context on " + asOf() + " has none"));
  }
}
