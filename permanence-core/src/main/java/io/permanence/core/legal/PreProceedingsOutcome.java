package io.permanence.core.legal;

/** How the pre-proceedings (Public Law Outline) stage ended. */
public enum PreProceedingsOutcome {
  /** Care or supervision proceedings were issued. */
  ISSUED_PROCEEDINGS,
  /** Stepped down to a child protection or child in need plan. */
  STEPPED_DOWN,
  /** Ended with no further statutory intervention. */
  CLOSED,
  /** The child moved to another authority. */
  TRANSFERRED,
  /** Any other ending. */
  OTHER
}
