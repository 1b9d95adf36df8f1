package io.permanence.jdbc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Appends rows in PostgreSQL's COPY text format to a buffer: fields separated by tab, rows ended by
 * newline, {@code \N} for null, and backslash, tab, newline and carriage return escaped. Every
 * other character is written as it is (the stream is UTF-8), so any text {@link SqlText} accepts
 * arrives unchanged. Array fields use the array literal syntax ({@code {a,b}}) and hold only dates,
 * numbers, booleans and enum names, which need no quoting.
 */
final class CopyLine {

  private final StringBuilder out;
  private boolean first = true;
  private int rows;

  CopyLine(StringBuilder out) {
    this.out = out;
  }

  /** The number of rows ended so far. */
  int rows() {
    return rows;
  }

  private StringBuilder next() {
    if (!first) {
      out.append('\t');
    }
    first = false;
    return out;
  }

  CopyLine text(String field, String value) {
    SqlText.requireStorable(field, value);
    StringBuilder b = next();
    int plain = 0;
    for (int i = 0; i < value.length(); i++) {
      String escape =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escape != null) {
        b.append(value, plain, i).append(escape);
        plain = i + 1;
      }
    }
    b.append(value, plain, value.length());
    return this;
  }

  CopyLine text(String field, Optional<String> value) {
    return value.isPresent() ? text(field, value.get()) : nul();
  }

  CopyLine name(Enum<?> value) {
    next().append(value.name());
    return this;
  }

  CopyLine name(Optional<? extends Enum<?>> value) {
    return value.isPresent() ? name(value.get()) : nul();
  }

  CopyLine date(LocalDate value) {
    next().append(value);
    return this;
  }

  CopyLine date(Optional<LocalDate> value) {
    return value.isPresent() ? date(value.get()) : nul();
  }

  CopyLine number(long value) {
    next().append(value);
    return this;
  }

  CopyLine number(Optional<Integer> value) {
    return value.isPresent() ? number(value.get()) : nul();
  }

  CopyLine bool(boolean value) {
    next().append(value ? 't' : 'f');
    return this;
  }

  /** An array of dates, numbers, booleans or enum names (written with {@code toString()}). */
  CopyLine array(Collection<?> values) {
    StringBuilder b = next().append('{');
    boolean firstElement = true;
    for (Object value : values) {
      if (!firstElement) {
        b.append(',');
      }
      firstElement = false;
      b.append(value instanceof Boolean ? ((Boolean) value ? "t" : "f") : value.toString());
    }
    b.append('}');
    return this;
  }

  /**
   * Appends fields already in COPY form, ending with a tab (so the next field follows it): a prefix
   * shared by many rows.
   */
  CopyLine raw(String fields) {
    next().append(fields);
    first = true;
    return this;
  }

  CopyLine nul() {
    next().append("\\N");
    return this;
  }

  /** Ends the row; the next field starts a new one. */
  void end() {
    out.append('\n');
    first = true;
    rows++;
  }
}
