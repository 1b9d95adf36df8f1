package io.permanence.core.evaluation;

import io.permanence.core.PermanenceStyle;
import org.immutables.value.Value;

/**
 * The three reports of a cohort on a date, worked out in one pass ({@link Evaluator#evaluate}): the
 * agendas from the date, the drift report and the tracker.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Evaluation {

  /** The agendas of the meetings from the date. */
  @Value.Parameter
  public abstract AgendaPlan agendas();

  /** The drift report on the date. */
  @Value.Parameter
  public abstract DriftReport drift();

  /** The tracker on the date. */
  @Value.Parameter
  public abstract Tracker tracker();

  /**
   * The three reports.
   *
   * @param agendas the agendas
   * @param drift the drift report
   * @param tracker the tracker
   * @return the evaluation
   * @throws IllegalArgumentException if the drift report and the tracker are not of the same date
   */
  public static Evaluation of(AgendaPlan agendas, DriftReport drift, Tracker tracker) {
    return ImmutableEvaluation.of(agendas, drift, tracker);
  }

  @Value.Check
  final void check() {
    if (!drift().asOf().equals(tracker().asOf())) {
      throw new IllegalArgumentException(
          "drift and tracker must be of the same date but were "
              + drift().asOf()
              + " and "
              + tracker().asOf());
    }
  }

  /** {@code Evaluation{agendas=..., drift=..., tracker=...}}, each report's own summary. */
  @Override
  public final String toString() {
    return "Evaluation{agendas="
        + agendas()
        + ", drift="
        + drift()
        + ", tracker="
        + tracker()
        + "}";
  }
}
