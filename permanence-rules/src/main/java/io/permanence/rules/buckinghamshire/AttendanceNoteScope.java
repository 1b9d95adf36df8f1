package io.permanence.rules.buckinghamshire;

/**
 * Which earlier attendance makes "minutes from attendance at panel previously" required
 * (interpretation I-BUC-05).
 */
public enum AttendanceNoteScope {
  /** An attendance at any Buckinghamshire panel. */
  ANY_PANEL,
  /** An attendance at the same panel. */
  SAME_PANEL
}
