package io.permanence.core.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * The collection years in which a code may be returned: from an optional first year to an optional
 * last year, both inclusive (a closed range of years, as the DfE guides state them).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Validity {

  private static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

  private final Optional<CollectionYear> firstYear;
  private final Optional<CollectionYear> lastYear;

  private Validity(Optional<CollectionYear> firstYear, Optional<CollectionYear> lastYear) {
    firstYear.ifPresent(
        first ->
            lastYear.ifPresent(
                last ->
                    checkArgument(
                        !last.isBefore(first),
                        "lastYear must not be before firstYear but was %s < %s",
                        last,
                        first)));
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** Valid in every collection year. */
  public static Validity always() {
    return ALWAYS;
  }

  /**
   * Valid from the collection year ending in {@code firstEndYear} onwards.
   *
   * @param firstEndYear the end year of the first valid collection year (2024 for 2023-24)
   * @return the validity
   */
  public static Validity from(int firstEndYear) {
    return new Validity(Optional.of(CollectionYear.of(firstEndYear)), Optional.empty());
  }

  /**
   * Valid up to and including the collection year ending in {@code lastEndYear}.
   *
   * @param lastEndYear the end year of the last valid collection year (2025 for 2024-25)
   * @return the validity
   */
  public static Validity until(int lastEndYear) {
    return new Validity(Optional.empty(), Optional.of(CollectionYear.of(lastEndYear)));
  }

  /**
   * Valid from one collection year to another, both inclusive.
   *
   * @param firstEndYear the end year of the first valid collection year
   * @param lastEndYear the end year of the last valid collection year
   * @return the validity
   */
  public static Validity between(int firstEndYear, int lastEndYear) {
    return new Validity(
        Optional.of(CollectionYear.of(firstEndYear)), Optional.of(CollectionYear.of(lastEndYear)));
  }

  /** The first collection year in which the code is valid; empty if valid since records began. */
  public Optional<CollectionYear> firstYear() {
    return firstYear;
  }

  /** The last collection year in which the code is valid; empty if still valid. */
  public Optional<CollectionYear> lastYear() {
    return lastYear;
  }

  /**
   * Whether the code is valid in the collection year.
   *
   * @param year the collection year
   * @return true if the year is between the first and last years, inclusive
   */
  public boolean contains(CollectionYear year) {
    return firstYear.map(first -> !year.isBefore(first)).orElse(true)
        && lastYear.map(last -> !year.isAfter(last)).orElse(true);
  }

  /** Equal if both bounds are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Validity
        && ((Validity) other).firstYear.equals(firstYear)
        && ((Validity) other).lastYear.equals(lastYear);
  }

  /** A hash of both bounds. */
  @Override
  public int hashCode() {
    return Objects.hash(firstYear, lastYear);
  }

  /**
   * The range as text, for example {@code 2023-24 to 2024-25}, {@code from 2025-26}, {@code
   * always}.
   */
  @Override
  public String toString() {
    if (firstYear.isEmpty() && lastYear.isEmpty()) {
      return "always";
    }
    if (lastYear.isEmpty()) {
      return "from " + firstYear.get();
    }
    if (firstYear.isEmpty()) {
      return "until " + lastYear.get();
    }
    return firstYear.get() + " to " + lastYear.get();
  }
}
