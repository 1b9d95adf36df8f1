package io.permanence.csv.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data row of a CSV table, with typed accessors that record a finding instead of throwing.
 *
 * <p>A mapping reads every column it needs, then builds its value. When an accessor finds a problem
 * it records an {@link ImportFinding.Severity#ERROR} (naming file, line, column and value) and
 * returns a placeholder (the empty string, 1970-01-01, 0, {@code false}, or an empty {@code
 * Optional} for {@link #parse}), so that the mapping goes on and every problem of the row is
 * reported at once. A row with an error is rejected whatever the mapping returns, so a placeholder
 * never reaches an imported value; an {@link IllegalArgumentException}, {@link DateTimeException}
 * or {@link java.util.NoSuchElementException} the mapping throws because of a placeholder (an
 * {@code orElseThrow()} on an empty {@code parse}, a value type's invariant) is then discarded.
 * Thrown for a row without errors, an {@code IllegalArgumentException} or {@code DateTimeException}
 * rejects the row with the exception's message as the reason.
 *
 * <p>Cells are read with surrounding whitespace stripped; a blank cell, or a cell of an optional
 * column absent from the file, is "blank". Dates are accepted as {@code dd/mm/yyyy} (the DfE
 * layout) or ISO {@code yyyy-mm-dd}, both strictly: two-digit day and month, four-digit year, no
 * lenient 31/02.
 *
 * <p>Asking for a column the table does not declare is a mistake in the mapping and throws {@link
 * IllegalArgumentException}. A row belongs to one mapping call on one thread.
 */
public final class Row {

  private static final String DATE_EXPECTED =
      "is not a valid date (expected dd/mm/yyyy or yyyy-mm-dd)";

  private final String fileName;
  private final long lineNumber;
  private final RawRecord record;
  private final HeaderIndex header;
  private List<ImportFinding> findings = List.of();
  private boolean hasErrors;

  // The stripped bounds of the cell last located, in the record's characters.
  private int from;
  private int to;

  Row(String fileName, RawRecord record, HeaderIndex header) {
    this.fileName = fileName;
    this.lineNumber = record.lineNumber;
    this.record = record;
    this.header = header;
  }

  /** The name of the file, without its directory. */
  public String fileName() {
    return fileName;
  }

  /** The physical line the row starts on, 1-based (the header is line 1). */
  public long lineNumber() {
    return lineNumber;
  }

  /** The row's cells as read, in the order of the file, whitespace kept. */
  public List<String> cells() {
    return Collections.unmodifiableList(Arrays.asList(record.cells()));
  }

  /**
   * Whether the file has a declared column (an optional column may be absent).
   *
   * @param column a declared column, in any case
   * @return whether the file's header has it
   */
  public boolean hasColumn(String column) {
    return header.cellIndex(header.ordinal(column)) >= 0;
  }

  /**
   * Whether a cell is blank (empty or white space only), or its optional column absent.
   *
   * @param column a declared column
   * @return true if there is no text
   */
  public boolean isBlank(String column) {
    return !locate(header.ordinal(column));
  }

  /**
   * The text of a cell that must not be blank.
   *
   * @param column a declared column
   * @return the stripped text, or the empty string (with an error recorded) if blank
   */
  public String text(String column) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    if (value.isEmpty()) {
      reportBlank(ordinal);
    }
    return value;
  }

  /**
   * The text of a cell that may be blank.
   *
   * @param column a declared column
   * @return the stripped text, empty if blank or if the column is absent
   */
  public Optional<String> optionalText(String column) {
    String value = cell(header.ordinal(column));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A date that must be present, as {@code dd/mm/yyyy} or {@code yyyy-mm-dd}.
   *
   * @param column a declared column
   * @return the date, or 1970-01-01 (with an error recorded) if blank or invalid
   */
  public LocalDate date(String column) {
    int ordinal = header.ordinal(column);
    if (!locate(ordinal)) {
      reportBlank(ordinal);
      return LocalDate.EPOCH;
    }
    LocalDate date = locatedDate(ordinal);
    return date == null ? LocalDate.EPOCH : date;
  }

  /**
   * A date that may be blank, as {@code dd/mm/yyyy} or {@code yyyy-mm-dd}.
   *
   * @param column a declared column
   * @return the date, empty if blank (or, with an error recorded, if invalid)
   */
  public Optional<LocalDate> optionalDate(String column) {
    int ordinal = header.ordinal(column);
    return locate(ordinal) ? Optional.ofNullable(locatedDate(ordinal)) : Optional.empty();
  }

  /**
   * A date that must be present, as a count of days from 1970-01-01 ({@link
   * LocalDate#toEpochDay()}): {@link #date} for callers that keep dates compactly.
   *
   * @param column a declared column
   * @return the day, or 0 (1970-01-01, with an error recorded) if blank or invalid
   */
  public long epochDay(String column) {
    int ordinal = header.ordinal(column);
    if (!locate(ordinal)) {
      reportBlank(ordinal);
      return 0;
    }
    long day = locatedEpochDay(ordinal);
    return day == NOT_A_DAY ? 0 : day;
  }

  /**
   * A date that may be blank, as a count of days from 1970-01-01: {@link #optionalDate} for callers
   * that keep dates compactly.
   *
   * @param column a declared column
   * @param ifBlank the value to return for a blank cell (or, with an error recorded, an invalid
   *     date)
   * @return the day, or {@code ifBlank}
   */
  public long optionalEpochDay(String column, long ifBlank) {
    int ordinal = header.ordinal(column);
    if (!locate(ordinal)) {
      return ifBlank;
    }
    long day = locatedEpochDay(ordinal);
    return day == NOT_A_DAY ? ifBlank : day;
  }

  /**
   * A whole number that must be present (an optional sign, decimal digits).
   *
   * @param column a declared column
   * @return the number, or 0 (with an error recorded) if blank or not a whole number
   */
  public int integer(String column) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    if (value.isEmpty()) {
      reportBlank(ordinal);
      return 0;
    }
    return checkInteger(ordinal, value).orElse(0);
  }

  /**
   * A whole number that may be blank.
   *
   * @param column a declared column
   * @return the number, empty if blank (or, with an error recorded, if not a whole number)
   */
  public Optional<Integer> optionalInteger(String column) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    return value.isEmpty() ? Optional.empty() : checkInteger(ordinal, value);
  }

  /**
   * A flag written {@code 0} (false) or {@code 1} (true), as the DfE returns do, that must be
   * present.
   *
   * @param column a declared column
   * @return the flag, or {@code false} (with an error recorded) if blank or not 0 or 1
   */
  public boolean bool01(String column) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    if (value.isEmpty()) {
      reportBlank(ordinal);
      return false;
    }
    return checkBool01(ordinal, value).orElse(false);
  }

  /**
   * A flag written {@code 0} or {@code 1} that may be blank.
   *
   * @param column a declared column
   * @return the flag, empty if blank (or, with an error recorded, if not 0 or 1)
   */
  public Optional<Boolean> optionalBool01(String column) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    return value.isEmpty() ? Optional.empty() : checkBool01(ordinal, value);
  }

  /**
   * A value that must be present, converted by a parser (for example a code-list lookup). An {@link
   * IllegalArgumentException} or {@link DateTimeException} from the parser becomes an error: {@code
   * 'XXX' is not <expected> (<message>)}.
   *
   * @param column a declared column
   * @param parser converts the stripped, non-blank text; throws {@code IllegalArgumentException}
   *     for a value it does not accept
   * @param expected what was expected, to follow "is not": for example {@code "a legal status
   *     code"}
   * @param <T> the type of the value
   * @return the value, empty (with an error recorded) if blank or not accepted
   */
  public <T> Optional<T> parse(
      String column, Function<String, ? extends T> parser, String expected) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    if (value.isEmpty()) {
      reportBlank(ordinal);
      return Optional.empty();
    }
    return checkParse(ordinal, value, parser, expected);
  }

  /**
   * A value that may be blank, converted by a parser; see {@link #parse}.
   *
   * @param column a declared column
   * @param parser converts the stripped, non-blank text
   * @param expected what was expected, to follow "is not"
   * @param <T> the type of the value
   * @return the value, empty if blank (or, with an error recorded, if not accepted)
   */
  public <T> Optional<T> optionalParse(
      String column, Function<String, ? extends T> parser, String expected) {
    int ordinal = header.ordinal(column);
    String value = cell(ordinal);
    return value.isEmpty() ? Optional.empty() : checkParse(ordinal, value, parser, expected);
  }

  /**
   * Rejects the row for a reason about one column, such as a rule between columns ("DEC is before
   * DECOM"); the finding shows the column's value.
   *
   * @param column a declared column
   * @param reason why, phrased to follow the value
   */
  public void reportError(String column, String reason) {
    int ordinal = header.ordinal(column);
    report(ordinal, cell(ordinal), reason, ImportFinding.Severity.ERROR);
  }

  /**
   * Rejects the row for a reason about the row as a whole.
   *
   * @param reason why
   */
  public void reportError(String reason) {
    add(ImportFinding.error(fileName, lineNumber, reason));
  }

  /**
   * Warns about a column's value without rejecting the row.
   *
   * @param column a declared column
   * @param reason why, phrased to follow the value
   */
  public void reportWarning(String column, String reason) {
    int ordinal = header.ordinal(column);
    report(ordinal, cell(ordinal), reason, ImportFinding.Severity.WARNING);
  }

  /** Whether an error has been recorded for this row. */
  public boolean hasErrors() {
    return hasErrors;
  }

  /** The findings recorded for this row so far, in order. */
  public List<ImportFinding> findings() {
    return Collections.unmodifiableList(findings);
  }

  /** Where the row is, without its cells: {@code Row{episodes.csv:42}}. */
  @Override
  public String toString() {
    return "Row{" + fileName + ":" + lineNumber + "}";
  }

  void add(ImportFinding finding) {
    if (findings.isEmpty()) {
      findings = new ArrayList<>(2);
    }
    findings.add(finding);
    hasErrors |= finding.isError();
  }

  /**
   * Finds the cell of a declared column and its text without surrounding white space (as {@link
   * String#strip()}), in {@code [from, to)} of the record's characters; false if blank or absent.
   */
  private boolean locate(int ordinal) {
    int index = header.cellIndex(ordinal);
    if (index < 0 || index >= record.size) {
      return false;
    }
    char[] chars = record.chars;
    int start = record.start(index);
    int end = start + record.length(index);
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    from = start;
    to = end;
    return start < end;
  }

  /**
   * The stripped text of a cell, empty if blank or absent. The text of the same column in the
   * previous row is reused when equal (a child's id over its rows, a code), which saves making the
   * string and hashing it again in the lookups that follow.
   */
  private String cell(int ordinal) {
    if (!locate(ordinal)) {
      return "";
    }
    String previous = header.lastText(ordinal);
    if (previous != null && previous.length() == to - from) {
      char[] chars = record.chars;
      int i = 0;
      while (i < to - from && previous.charAt(i) == chars[from + i]) {
        i++;
      }
      if (i == to - from) {
        return previous;
      }
    }
    String text = record.text(from, to);
    header.setLastText(ordinal, text);
    return text;
  }

  /** The date in the located cell; null (with an error recorded) if it is not a valid date. */
  private LocalDate locatedDate(int ordinal) {
    long day = locatedEpochDay(ordinal);
    return day == NOT_A_DAY ? null : LocalDate.ofEpochDay(day);
  }

  /** The day of the located cell; {@link #NOT_A_DAY} (with an error recorded) if not a date. */
  private long locatedEpochDay(int ordinal) {
    long day = parseEpochDay(record.chars, from, to - from);
    if (day == NOT_A_DAY) {
      report(ordinal, record.text(from, to), DATE_EXPECTED, ImportFinding.Severity.ERROR);
    }
    return day;
  }

  private void reportBlank(int ordinal) {
    String reason =
        header.cellIndex(ordinal) < 0
            ? "a value is required but the file has no column " + header.declaredName(ordinal)
            : "a value is required but the cell is blank";
    add(
        ImportFinding.builder()
            .fileName(fileName)
            .lineNumber(lineNumber)
            .column(header.declaredName(ordinal))
            .reason(reason)
            .severity(ImportFinding.Severity.ERROR)
            .build());
  }

  private void report(int ordinal, String value, String reason, ImportFinding.Severity severity) {
    add(
        ImportFinding.builder()
            .fileName(fileName)
            .lineNumber(lineNumber)
            .column(header.declaredName(ordinal))
            .value(ImportFinding.displayValue(value))
            .reason(reason)
            .severity(severity)
            .isSensitive(header.isSensitive(ordinal))
            .build());
  }

  private Optional<Integer> checkInteger(int ordinal, String value) {
    try {
      return Optional.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      report(ordinal, value, "is not a whole number", ImportFinding.Severity.ERROR);
      return Optional.empty();
    }
  }

  private Optional<Boolean> checkBool01(int ordinal, String value) {
    if (value.equals("0")) {
      return Optional.of(false);
    }
    if (value.equals("1")) {
      return Optional.of(true);
    }
    report(ordinal, value, "is not 0 or 1", ImportFinding.Severity.ERROR);
    return Optional.empty();
  }

  private <T> Optional<T> checkParse(
      int ordinal, String value, Function<String, ? extends T> parser, String expected) {
    try {
      T parsed = parser.apply(value);
      if (parsed == null) {
        throw new IllegalStateException(
            "parser for column " + header.declaredName(ordinal) + " returned null");
      }
      return Optional.of(parsed);
    } catch (IllegalArgumentException | DateTimeException e) {
      String message = e.getMessage();
      String reason =
          "is not "
              + expected
              + (message == null || message.isBlank()
                  ? ""
                  : " (" + ImportFinding.displayValue(message) + ")");
      report(ordinal, value, reason, ImportFinding.Severity.ERROR);
      return Optional.empty();
    }
  }

  /**
   * Parses {@code dd/mm/yyyy} or {@code yyyy-mm-dd} strictly; null if the text is not such a date.
   * Written by hand, on the characters as read, because it runs once per date cell of every import.
   */
  static LocalDate parseDate(String text) {
    long day = parseEpochDay(text.toCharArray(), 0, text.length());
    return day == NOT_A_DAY ? null : LocalDate.ofEpochDay(day);
  }

  /** What {@link #parseEpochDay} returns for a text that is not a date. */
  private static final long NOT_A_DAY = Long.MIN_VALUE;

  /** The day of a date in {@code text[start, start + length)}, or {@link #NOT_A_DAY}. */
  private static long parseEpochDay(char[] text, int start, int length) {
    if (length != 10) {
      return NOT_A_DAY;
    }
    int day;
    int month;
    int year;
    if (text[start + 2] == '/' && text[start + 5] == '/') {
      day = digits(text, start, start + 2);
      month = digits(text, start + 3, start + 5);
      year = digits(text, start + 6, start + 10);
    } else if (text[start + 4] == '-' && text[start + 7] == '-') {
      year = digits(text, start, start + 4);
      month = digits(text, start + 5, start + 7);
      day = digits(text, start + 8, start + 10);
    } else {
      return NOT_A_DAY;
    }
    if (day < 1 || month < 1 || month > 12 || year < 1) {
      return NOT_A_DAY;
    }
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    if (day > 28 && day > lengthOfMonth(leap, month)) {
      return NOT_A_DAY;
    }
    // As LocalDate.toEpochDay, without making the LocalDate.
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= leap ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /** Days from 0000-01-01 to 1970-01-01, as in {@code LocalDate}. */
  private static final long DAYS_0000_TO_1970 = (146097 * 5L) - (30L * 365L + 7L);

  private static int lengthOfMonth(boolean leap, int month) {
    switch (month) {
      case 2:
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The decimal number in {@code text[start, end)}, or -1 if a character is not a digit. */
  private static int digits(char[] text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
