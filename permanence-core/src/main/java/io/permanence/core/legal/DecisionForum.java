package io.permanence.core.legal;

/** Where a decision to issue proceedings (or another legal decision) was made. */
public enum DecisionForum {
  /** Legal Planning Meeting (Buckinghamshire, Knowsley; including out-of-panel LPMs). */
  LEGAL_PLANNING_MEETING,
  /** Legal Gateway Meeting (BCP). */
  LEGAL_GATEWAY_MEETING,
  /** A panel, for example Barnet's Permanency Planning Panel. */
  PANEL,
  /** A Head of Service decision outside a meeting, for example in an emergency. */
  HEAD_OF_SERVICE,
  /** Anywhere else. */
  OTHER
}
