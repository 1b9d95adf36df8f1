package io.permanence.rules.statutory;

/**
 * What kind of requirement a {@link StatutoryRule} expresses, so that a drift report can tell a
 * breach of the law from a missed target.
 */
public enum RuleKind {
  /** A timescale set by an Act or by regulations: missing it is a breach of the law. */
  STATUTORY,
  /** A timescale set by statutory guidance: followed unless there is good reason not to. */
  GUIDANCE,
  /**
   * A performance threshold, not a deadline in law (the adoption scorecard): reported as an early
   * warning that a child's journey is slower than the national threshold.
   */
  EARLY_WARNING
}
