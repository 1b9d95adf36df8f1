package io.permanence.core.reference;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A code is not in a code list, or is in it but not valid in the collection year asked about.
 *
 * <p>The message names the list, the code, the year and the codes valid that year, for example
 * {@code "PLACE code 'H5' is not valid in collection year 2025-26 (valid until 2024-25); valid
 * codes in 2025-26: A3, A4, ..."}.
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String listName;
  private final String code;
  private final CollectionYear year;
  private final ImmutableList<String> validCodes;

  /**
   * Creates the exception.
   *
   * @param listName the list, for example {@code PLACE}
   * @param code the code looked up
   * @param year the collection year
   * @param validCodes the codes valid in that year
   * @param knownValidity the validity of the code if it is known in other years, else empty text
   */
  UnknownCodeException(
      String listName,
      String code,
      CollectionYear year,
      List<String> validCodes,
      String knownValidity) {
    super(message(listName, code, year, validCodes, knownValidity));
    this.listName = listName;
    this.code = code;
    this.year = year;
    this.validCodes = ImmutableList.copyOf(validCodes);
  }

  private static String message(
      String listName,
      String code,
      CollectionYear year,
      List<String> validCodes,
      String knownValidity) {
    String problem =
        knownValidity.isEmpty()
            ? "unknown " + listName + " code '" + code + "' in collection year " + year
            : listName
                + " code '"
                + code
                + "' is not valid in collection year "
                + year
                + " (valid "
                + knownValidity
                + ")";
    return problem + "; valid codes in " + year + ": " + String.join(", ", validCodes);
  }

  /** The name of the code list, for example {@code PLACE}. */
  public String listName() {
    return listName;
  }

  /** The code that was looked up (trimmed). */
  public String code() {
    return code;
  }

  /** The collection year asked about. */
  public CollectionYear year() {
    return year;
  }

  /** The codes valid in that year, in the list's order. */
  public List<String> validCodes() {
    return validCodes;
  }
}
