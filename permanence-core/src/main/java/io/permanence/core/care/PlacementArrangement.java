package io.permanence.core.care;

/**
 * Arrangements for young people approaching or past adulthood under which a placement continues.
 */
public enum PlacementArrangement {
  /** An ordinary placement. */
  STANDARD,
  /** Staying put: remaining with former foster carers after 18 (Children Act 1989 s.23CZA). */
  STAYING_PUT,
  /** Staying close: support near a former children's home after leaving it. */
  STAYING_CLOSE
}
