package io.permanence.core.time;

/** Where a {@link Deadline} stands on a date; see {@link Deadline#status}. */
public enum DeadlineStatus {
  /** Not met, and the due date is further away than the due-soon window. */
  PENDING,
  /** Not met, and the due date is within the due-soon window (the due date itself included). */
  DUE_SOON,
  /** Met on or before the due date. */
  MET,
  /** Met, but after the due date. */
  MET_LATE,
  /** Not met, and the due date has passed. */
  OVERDUE
}
