package io.permanence.rules.bcp;

/** What a cohort test found: whether the child is in the cohort, and why, in words. */
record Finding(boolean met, String reason) {

  static Finding met(String reason) {
    return new Finding(true, reason);
  }

  static Finding notMet(String reason) {
    return new Finding(false, reason);
  }
}
