package io.permanence.core.reference;

/**
 * The kind of permanence a period of care ended in, read from the reason it ceased ({@link
 * ReasonEpisodeCeasedCode#findPermanenceOutcome()}).
 */
public enum PermanenceOutcome {
  /** Adopted (E11, E12). */
  ADOPTION,
  /** Special guardianship order (E45 to E48; historic E43, E44). */
  SPECIAL_GUARDIANSHIP,
  /** Residence order or child arrangements order setting out with whom the child lives (E41). */
  CHILD_ARRANGEMENTS_ORDER,
  /** Returned home as part of the care planning process (E4A). */
  REUNIFICATION,
  /** Aged 18 or over and remained with current carers, including staying put (E17). */
  STAYING_PUT
}
