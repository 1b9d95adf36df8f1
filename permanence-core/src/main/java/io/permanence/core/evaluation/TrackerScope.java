package io.permanence.core.evaluation;

import io.permanence.core.casefile.CaseFile;

/**
 * Which children an authority's tracker follows on a date: for example North Somerset's "every
 * looked-after child until permanence is ratified, and every child in PLO who is not looked after".
 *
 * <p>Implementations are immutable, thread-safe and pure.
 */
@FunctionalInterface
public interface TrackerScope {

  /**
   * Whether the tracker follows the child on the context's date.
   *
   * @param file the child's case file
   * @param context the date, calendar and settings
   * @return true if the child has a row on the tracker
   */
  boolean includes(CaseFile file, EvaluationContext context);
}
