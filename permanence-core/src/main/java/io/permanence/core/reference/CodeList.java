package io.permanence.core.reference;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One SSDA903 code list: looks up codes by their text and collection year.
 *
 * <p>Codes are case-sensitive, as the DfE validators treat them; leading and trailing white space
 * is removed before lookup. {@link #get(String, CollectionYear)} throws an {@link
 * UnknownCodeException} naming the list, the code, the year and the codes valid that year; {@link
 * #find(String, CollectionYear)} returns empty instead. The constants are in {@link CodeLists}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <E> the enum of the list's codes
 */
public final class CodeList<E extends Enum<E> & Code> {

  private final String name;
  private final Class<E> type;
  private final ImmutableList<E> codes;
  private final ImmutableMap<String, E> byCode;

  private CodeList(String name, Class<E> type) {
    checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
    this.name = name;
    this.type = type;
    this.codes = ImmutableList.copyOf(EnumSet.allOf(type));
    this.byCode =
        codes.stream().collect(ImmutableMap.toImmutableMap(Code::code, Function.identity()));
  }

  /**
   * The code list of an enum.
   *
   * @param name the SSDA903 name of the list, for example {@code PLACE}
   * @param type the enum
   * @param <E> the enum of the list's codes
   * @return the list
   */
  public static <E extends Enum<E> & Code> CodeList<E> of(String name, Class<E> type) {
    return new CodeList<>(name, type);
  }

  /** The SSDA903 name of the list, for example {@code LS} or {@code PLACE}. */
  public String name() {
    return name;
  }

  /** The enum of the list's codes. */
  public Class<E> type() {
    return type;
  }

  /** Every code of the list, valid in any year, in declaration order. */
  public List<E> all() {
    return codes;
  }

  /**
   * The codes valid in the collection year, in declaration order.
   *
   * @param year the collection year
   * @return the valid codes
   */
  public List<E> validIn(CollectionYear year) {
    return codes.stream()
        .filter(code -> code.isValidIn(year))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The code with the text, valid in the collection year.
   *
   * @param code the code as returned, for example {@code " K3 "}; white space is trimmed
   * @param year the collection year
   * @return the code
   * @throws UnknownCodeException if the code is unknown or not valid that year
   */
  public E get(String code, CollectionYear year) {
    String trimmed = code.strip();
    E found = byCode.get(trimmed);
    if (found != null && found.isValidIn(year)) {
      return found;
    }
    List<String> valid =
        validIn(year).stream().map(Code::code).collect(ImmutableList.toImmutableList());
    throw new UnknownCodeException(
        name, trimmed, year, valid, found == null ? "" : found.validity().toString());
  }

  /**
   * The code with the text, if it is valid in the collection year.
   *
   * @param code the code as returned; white space is trimmed
   * @param year the collection year
   * @return the code, or empty if unknown or not valid that year
   */
  public Optional<E> find(String code, CollectionYear year) {
    return findAnyYear(code).filter(found -> found.isValidIn(year));
  }

  /**
   * The code with the text, whatever its validity (for reading historic records).
   *
   * @param code the code as returned; white space is trimmed
   * @return the code, or empty if unknown
   */
  public Optional<E> findAnyYear(String code) {
    return Optional.ofNullable(byCode.get(code.strip()));
  }

  /** The list's name and codes, for example {@code LS[C1, C2, ...]}. */
  @Override
  public String toString() {
    return name + Arrays.toString(codes.stream().map(Code::code).toArray());
  }
}
