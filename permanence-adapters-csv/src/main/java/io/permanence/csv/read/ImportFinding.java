package io.permanence.csv.read;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found while importing a CSV file: where it is (file, physical line, column), the
 * offending value, why it is a problem, and whether it rejects the row.
 *
 * <p>{@link #toString()} reads like a compiler message, for example {@code episodes.csv:42: column
 * DECOM: '31/02/2017' is not a valid date (expected dd/mm/yyyy or yyyy-mm-dd)}; warnings read
 * {@code header.csv:1: warning: ...}. The line is the physical line in the file, 1-based, the
 * header being line 1; for a record whose quoted field spans several lines it is the line the
 * record starts on. Problems with the file as a whole (missing columns) are reported on the header
 * line.
 *
 * <p>The value is display-safe: at most {@value #MAX_DISPLAY_CHARS} characters of the original
 * followed by its length, control characters escaped (see {@link #displayValue(CharSequence,
 * long)}). A finding in a {@linkplain #isSensitive() sensitive} column (a date of birth, a
 * postcode) keeps its value for the rejects report but redacts it in {@link #toString()}, so that
 * findings may be logged.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportFinding {

  /** How many characters of an offending value a finding keeps. */
  public static final int MAX_DISPLAY_CHARS = 80;

  /** Whether a finding rejects its row or only warns. */
  public enum Severity {
    /** The row (or, for a problem with the header, the whole file) is rejected. */
    ERROR,
    /** The row is kept; the finding tells the data owner what was tolerated or ignored. */
    WARNING
  }

  /** The name of the file, without its directory: for example {@code "episodes.csv"}. */
  public abstract String fileName();

  /** The physical line in the file where the record starts, 1-based; the header is line 1. */
  public abstract long lineNumber();

  /** The column, as declared by the table (or as written in the file for an extra column). */
  public abstract Optional<String> column();

  /** The offending value in display-safe form, empty when the problem has no single value. */
  public abstract Optional<String> value();

  /** Why this is a problem, phrased to follow the value: {@code "is not a valid date (...)"}. */
  public abstract String reason();

  /** Whether the finding rejects the row. */
  public abstract Severity severity();

  /** Whether the value is personal data that {@link #toString()} must redact. */
  @Value.Default
  public boolean isSensitive() {
    return false;
  }

  /** Whether this finding rejects its row. */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * A builder of findings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An error about a row or a file as a whole, with no single column.
   *
   * @param fileName the file name
   * @param lineNumber the physical line, 1-based
   * @param reason why, not blank
   * @return the finding
   */
  public static ImportFinding error(String fileName, long lineNumber, String reason) {
    return builder()
        .fileName(fileName)
        .lineNumber(lineNumber)
        .reason(reason)
        .severity(Severity.ERROR)
        .build();
  }

  /**
   * A warning about a row or a file as a whole, with no single column.
   *
   * @param fileName the file name
   * @param lineNumber the physical line, 1-based
   * @param reason why, not blank
   * @return the finding
   */
  public static ImportFinding warning(String fileName, long lineNumber, String reason) {
    return builder()
        .fileName(fileName)
        .lineNumber(lineNumber)
        .reason(reason)
        .severity(Severity.WARNING)
        .build();
  }

  /**
   * The display-safe form of a value: the value itself if it has at most {@value
   * #MAX_DISPLAY_CHARS} characters, otherwise its first {@value #MAX_DISPLAY_CHARS} characters, an
   * ellipsis and its length ({@code "xxxx… (1048576 characters)"}); line breaks, tabs and other
   * control characters are escaped ({@code \n}, {@code \t}, {@code \u0000}) so that a finding stays
   * on one line.
   *
   * @param value the value, or its first characters if the rest was not kept
   * @param length the length of the whole value, at least {@code value.length()}
   * @return the display-safe value
   */
  public static String displayValue(CharSequence value, long length) {
    checkArgument(
        length >= value.length(),
        "length must be >= the characters given but was %s < %s",
        length,
        value.length());
    int shown = (int) Math.min(value.length(), MAX_DISPLAY_CHARS);
    StringBuilder text = new StringBuilder(shown + 24);
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        text.append("\\n");
      } else if (c == '\r') {
        text.append("\\r");
      } else if (c == '\t') {
        text.append("\\t");
      } else if (Character.isISOControl(c)) {
        text.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    if (length > MAX_DISPLAY_CHARS) {
      text.append("… (").append(length).append(" characters)");
    }
    return text.toString();
  }

  /**
   * The display-safe form of a whole value.
   *
   * @param value the value
   * @return the display-safe value, see {@link #displayValue(CharSequence, long)}
   */
  public static String displayValue(String value) {
    return displayValue(value, value.length());
  }

  @Value.Check
  final void check() {
    checkArgument(!fileName().isBlank(), "fileName must not be blank but was '%s'", fileName());
    checkArgument(lineNumber() >= 1, "lineNumber must be >= 1 but was %s", lineNumber());
    checkArgument(!reason().isBlank(), "reason must not be blank but was '%s'", reason());
    checkArgument(
        value().map(v -> v.length() <= 2 * MAX_DISPLAY_CHARS).orElse(true),
        "value must be display-safe (see displayValue) but had %s characters",
        (Object) value().map(String::length).orElse(0));
  }

  /**
   * The finding as one line: {@code file:line: [warning: ][column C: ]['value' ]reason}, the value
   * shown as {@code <redacted>} in a sensitive column.
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(128);
    text.append(fileName()).append(':').append(lineNumber()).append(": ");
    if (!isError()) {
      text.append("warning: ");
    }
    column().ifPresent(c -> text.append("column ").append(c).append(": "));
    value().ifPresent(v -> text.append(isSensitive() ? "<redacted>" : "'" + v + "'").append(' '));
    return text.append(reason()).toString();
  }

  /** Builds findings; every attribute but the column, the value and the sensitivity is required. */
  public static final class Builder extends ImmutableImportFinding.Builder {}
}
