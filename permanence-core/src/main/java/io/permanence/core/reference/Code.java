package io.permanence.core.reference;

import java.util.Optional;

/**
 * A code of an SSDA903 (or related DfE) code list: its text as returned, its DfE description and
 * the collection years in which it may be returned.
 *
 * <p>Every code list is an enum implementing this interface; {@link CodeList} looks codes up by
 * their text and year. Implementations are immutable and thread-safe.
 */
public interface Code {

  /** The code exactly as returned to the DfE, for example {@code C2} or {@code E4A}. */
  String code();

  /** The DfE description of the code. */
  String description();

  /** The collection years in which the code may be returned. */
  Validity validity();

  /** The first collection year in which the code is valid; empty if valid since records began. */
  default Optional<CollectionYear> firstYear() {
    return validity().firstYear();
  }

  /** The last collection year in which the code is valid; empty if still valid. */
  default Optional<CollectionYear> lastYear() {
    return validity().lastYear();
  }

  /**
   * Whether the code may be returned in the collection year.
   *
   * @param year the collection year
   * @return true if valid that year
   */
  default boolean isValidIn(CollectionYear year) {
    return validity().contains(year);
  }
}
