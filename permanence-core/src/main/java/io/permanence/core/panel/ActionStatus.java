package io.permanence.core.panel;

/** The status of a panel action. */
public enum ActionStatus {
  /** Not yet done. */
  OPEN,
  /** Done; the action records the day completed. */
  DONE,
  /** No longer required. */
  CANCELLED
}
