package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds text parameters after checking that PostgreSQL can store them exactly.
 *
 * <p>PostgreSQL {@code text} cannot hold the NUL character (U+0000), and the JDBC driver encodes an
 * unpaired UTF-16 surrogate as {@code ?}, silently changing the value. Both are rejected here,
 * before the database is reached, with an {@link IllegalArgumentException} naming the field and the
 * index of the offending character but never the value (it may be personal data). Values are never
 * stripped or escaped: a record is stored exactly or not at all. Every other character, including
 * quotes, backslashes, other control characters and any script, round-trips unchanged because the
 * value is always bound as a parameter, never concatenated into SQL.
 */
public final class SqlText {

  private SqlText() {}

  /**
   * Returns {@code value} when PostgreSQL text can store it exactly.
   *
   * @param field the field's name for the error message, e.g. {@code "before_state"}
   * @param value the value to check
   * @return {@code value}
   * @throws IllegalArgumentException when the value contains U+0000 or an unpaired surrogate
   */
  public static String requireStorable(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, () -> field + " must not be null");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        throw new IllegalArgumentException(
            field
                + " must not contain the NUL character (U+0000), which PostgreSQL text cannot"
                + " store, but it does at index "
                + i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            field + " must be well-formed UTF-16 but has an unpaired surrogate at index " + i);
      }
    }
    return value;
  }

  /**
   * Checks {@code value} with {@link #requireStorable} and binds it to parameter {@code index}.
   *
   * @param statement the statement
   * @param index the 1-based parameter index
   * @param field the field's name for the error message
   * @param value the value
   * @throws SQLException when the driver fails to bind
   * @throws IllegalArgumentException when the value cannot be stored exactly
   */
  public static void bind(PreparedStatement statement, int index, String field, String value)
      throws SQLException {
    statement.setString(index, requireStorable(field, value));
  }
}
