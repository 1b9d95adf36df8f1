package io.permanence.csv.read;

/**
 * What an import does with rows that have errors.
 *
 * <p>Either way every finding is reported and the {@link FileCounts} reconcile; the mode only
 * decides which values the {@link ImportResult} keeps.
 */
public enum ImportMode {
  /**
   * All or nothing: any {@linkplain ImportFinding.Severity#ERROR error} in any file and no value is
   * imported. For loads that must be complete, such as a statutory return.
   */
  STRICT,
  /**
   * Valid rows are imported, rows with errors are rejected and listed. For day-to-day loads where a
   * few bad rows must not hold up the rest.
   */
  LENIENT
}
