package io.permanence.core.care;

/** The yes/no indicators of the SSDA903 OC2 table, named after their columns. */
public enum HealthIndicator {
  /** {@code CONVICTED}: convicted or subject to a youth caution in the year. */
  CONVICTED,
  /** {@code HEALTH_CHECK}: development assessments up to date (under 5s). */
  HEALTH_CHECK,
  /** {@code IMMUNISATIONS}: immunisations up to date. */
  IMMUNISATIONS,
  /** {@code TEETH_CHECK}: teeth checked by a dentist. */
  TEETH_CHECK,
  /** {@code HEALTH_ASSESSMENT}: had their annual health assessment. */
  HEALTH_ASSESSMENT,
  /** {@code SUBSTANCE_MISUSE}: identified as having a substance misuse problem. */
  SUBSTANCE_MISUSE,
  /** {@code INTERVENTION_RECEIVED}: received an intervention for substance misuse. */
  INTERVENTION_RECEIVED,
  /** {@code INTERVENTION_OFFERED}: offered an intervention for substance misuse. */
  INTERVENTION_OFFERED
}
