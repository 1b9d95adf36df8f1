package io.permanence.core.evaluation;

/**
 * The kind of a {@link DriftItem}: which part of the terms of reference or the law is drifting.
 *
 * <p>Deadline rules declare theirs with {@link CaseDeadlineRule#driftKind()}; the engine itself
 * raises {@link #ACTION_OVERDUE} for open panel actions past their due day.
 */
public enum DriftKind {
  /** A deadline of a statutory or local rule. */
  DEADLINE,
  /** A looked-after review (the tracker's "next review due" reads these). */
  REVIEW,
  /** A panel decision not signed off in time. */
  DECISION_NOT_SIGNED_OFF,
  /** A panel the child should have been presented at, and was not. */
  PANEL_MISSED,
  /** An action agreed at panel, still open after its due day. */
  ACTION_OVERDUE
}
