package io.permanence.core.legal;

/**
 * The kinds of court order a child's record tracks.
 *
 * <p>Care orders (interim and full) and placement orders are also visible as legal statuses (C1,
 * C2, E1) while the child is looked after; they are kept here too because panels review their
 * revocation and discharge (Buckinghamshire ToR section 8; Knowsley ToR part 3). The others are
 * orders under which the child is not, or not necessarily, looked after.
 */
public enum CourtOrderType {
  /** Interim care order, Children Act 1989 s.38. */
  INTERIM_CARE,
  /** Care order, Children Act 1989 s.31. */
  CARE,
  /**
   * Supervision order, Children Act 1989 s.31; one year beginning with the date made (Sch 3 para
   * 6).
   */
  SUPERVISION,
  /** Interim supervision order, Children Act 1989 s.38. */
  INTERIM_SUPERVISION,
  /**
   * Child arrangements order setting out with whom the child lives (formerly residence order), s.8.
   */
  CHILD_ARRANGEMENTS,
  /** Special guardianship order, Children Act 1989 s.14A. */
  SPECIAL_GUARDIANSHIP,
  /** Placement order, Adoption and Children Act 2002 s.21. */
  PLACEMENT,
  /** Adoption order, Adoption and Children Act 2002 s.46. */
  ADOPTION,
  /** Deprivation of liberty order (inherent jurisdiction; SSDA903 DoLo table from 2026-27). */
  DEPRIVATION_OF_LIBERTY,
  /** Secure accommodation order, Children Act 1989 s.25. */
  SECURE_ACCOMMODATION,
  /** Direction to investigate the child's circumstances, Children Act 1989 s.37. */
  SECTION_37_DIRECTION,
  /** Emergency protection order, Children Act 1989 s.44; at most 8 days, extendable once by 7. */
  EMERGENCY_PROTECTION,
  /** Child assessment order, Children Act 1989 s.43; at most 7 days. */
  CHILD_ASSESSMENT,
  /** Recovery order, Children Act 1989 s.50. */
  RECOVERY,
  /** Any other order; the case file's notes say which. */
  OTHER;

  /** Whether the order is a permanence order that can end a period of care (SGO, CAO, adoption). */
  public boolean isPermanenceOrder() {
    return this == SPECIAL_GUARDIANSHIP || this == CHILD_ARRANGEMENTS || this == ADOPTION;
  }

  /** Whether the order is interim (interim care or interim supervision). */
  public boolean isInterim() {
    return this == INTERIM_CARE || this == INTERIM_SUPERVISION;
  }
}
