package io.permanence.core.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SSDA903 collection year: 1 April to 31 March, named by the calendar year in which it ends.
 *
 * <p>{@code CollectionYear.of(2024)} runs from 2023-04-01 to 2024-03-31 inclusive and prints as
 * {@code 2023-24}; {@link #parse(String)} accepts both {@code 2023-24} and {@code 2024}. The DfE
 * validators use the same convention ({@code collection_start = 01/04/(Y-1)}, {@code collection_end
 * = 31/03/Y}, {@code csc-validator-be-903/lac_validator/datastore.py}).
 *
 * <p>Instances are immutable and thread-safe; equal years are equal.
 */
public final class CollectionYear implements Comparable<CollectionYear> {

  private static final int MIN_END_YEAR = 1901;
  private static final int MAX_END_YEAR = 9999;
  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  private final int endYear;

  private CollectionYear(int endYear) {
    this.endYear = endYear;
  }

  /**
   * The collection year ending on 31 March of the given calendar year.
   *
   * @param endYear the calendar year in which the collection year ends, 1901 to 9999
   * @return the collection year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static CollectionYear of(int endYear) {
    checkArgument(
        endYear >= MIN_END_YEAR && endYear <= MAX_END_YEAR,
        "endYear must be in [%s, %s] but was %s",
        MIN_END_YEAR,
        MAX_END_YEAR,
        endYear);
    return new CollectionYear(endYear);
  }

  /**
   * The collection year containing the date: dates from 1 April belong to the year ending next
   * March.
   *
   * @param date the date
   * @return the collection year containing it
   */
  public static CollectionYear containing(LocalDate date) {
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() + 1 : date.getYear());
  }

  /**
   * Parses {@code 2023-24} (the two-digit suffix must follow the first year) or {@code 2024} (the
   * year in which the collection year ends).
   *
   * @param text the text
   * @return the collection year
   * @throws IllegalArgumentException naming the text if it is not in either form
   */
  public static CollectionYear parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip());
    checkArgument(
        matcher.matches(), "collection year must look like 2023-24 or 2024 but was '%s'", text);
    int first = Integer.parseInt(matcher.group(1));
    if (matcher.group(2) == null) {
      return of(first);
    }
    int suffix = Integer.parseInt(matcher.group(2));
    checkArgument(
        (first + 1) % 100 == suffix,
        "collection year '%s' must span consecutive years, e.g. %s-%02d",
        text,
        first,
        (first + 1) % 100);
    return of(first + 1);
  }

  /** The calendar year in which this collection year ends (31 March). */
  public int endYear() {
    return endYear;
  }

  /** The first day, 1 April of the previous calendar year. */
  public LocalDate start() {
    return LocalDate.of(endYear - 1, Month.APRIL, 1);
  }

  /** The last day, 31 March (inclusive: a collection year is named by its closed range). */
  public LocalDate endInclusive() {
    return LocalDate.of(endYear, Month.MARCH, 31);
  }

  /** The day after the last day, 1 April: the exclusive end of the half-open range. */
  public LocalDate endExclusive() {
    return LocalDate.of(endYear, Month.APRIL, 1);
  }

  /**
   * Whether the date falls in this collection year.
   *
   * @param date the date
   * @return true if {@code start() <= date <= endInclusive()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /** The following collection year. */
  public CollectionYear next() {
    return of(endYear + 1);
  }

  /** The preceding collection year. */
  public CollectionYear previous() {
    return of(endYear - 1);
  }

  /** Orders collection years chronologically. */
  @Override
  public int compareTo(CollectionYear other) {
    return Integer.compare(endYear, other.endYear);
  }

  /** Whether this year is before the other. */
  public boolean isBefore(CollectionYear other) {
    return endYear < other.endYear;
  }

  /** Whether this year is after the other. */
  public boolean isAfter(CollectionYear other) {
    return endYear > other.endYear;
  }

  /** Equal if they end in the same calendar year. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CollectionYear && ((CollectionYear) other).endYear == endYear;
  }

  /** A hash of the end year. */
  @Override
  public int hashCode() {
    return Integer.hashCode(endYear);
  }

  /** The year as {@code 2023-24}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d-%02d", endYear - 1, endYear % 100);
  }
}
