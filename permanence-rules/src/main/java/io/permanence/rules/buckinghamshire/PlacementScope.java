package io.permanence.rules.buckinghamshire;

/**
 * Which new placements the Resource Panel hears under "all placements made since the last panel"
 * (interpretation I-BUC-18).
 */
public enum PlacementScope {
  /** Every new placement that is not a temporary move (SSDA903 T0 to T4): the literal remit. */
  ALL,
  /** Residential placements only (K1, K2, R1, S1: I-COM-08), the panel's financial function. */
  RESIDENTIAL
}
