package io.permanence.rules.buckinghamshire;

/** Why an out-of-panel legal planning meeting is requested (§4 ¶3 s3, s4). */
public enum UrgencyReason {
  /** A significant incident has heightened the risk to the child (the document's example). */
  SIGNIFICANT_INCIDENT,
  /** Another heightened risk to the child. */
  HEIGHTENED_RISK_OTHER,
  /** A court has directed action that cannot wait. */
  COURT_DIRECTION,
  /** Papers were not submitted on time for panel: never a valid reason (§4 ¶3 s4). */
  LATE_PAPERS,
  /** Another reason; the stated reason says what. */
  OTHER
}
