package io.permanence.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a flat JSON object exactly as PostgreSQL prints a {@code jsonb} value ({@code
 * to_jsonb(row)::text}), so that an audit entry rendered here for a row the bulk import creates is
 * the same text as one rendered by the database for a stored row.
 *
 * <p>PostgreSQL's rules, followed here: keys ordered by length, then byte by byte; {@code ": "}
 * after a key and {@code ", "} between members; strings escaped with {@code \"}, {@code \\}, {@code
 * \b}, {@code \f}, {@code \n}, {@code \r}, {@code \t} and {@code \}{@code u00xx} (lower-case hex)
 * for the other characters below U+0020, every other character written as it is; dates as {@code
 * "yyyy-mm-dd"}; {@code null}, {@code true}, {@code false} and integers bare. Keys are column names
 * (ASCII), so ordering by {@link String#compareTo} equals PostgreSQL's byte order.
 */
final class JsonbText {

  private static final Comparator<Member> KEY_ORDER =
      Comparator.<Member>comparingInt(m -> m.key.length()).thenComparing(m -> m.key);

  private record Member(String key, String json) {}

  private final List<Member> members = new ArrayList<>(12);

  /** A string member, or {@code null} when absent. */
  JsonbText text(String key, Optional<String> value) {
    return value.isPresent() ? text(key, value.get()) : nul(key);
  }

  /** A string member. */
  JsonbText text(String key, String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < ' ') {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16));
            out.append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    members.add(new Member(key, out.append('"').toString()));
    return this;
  }

  /** An enum member, by name, or {@code null} when absent. */
  JsonbText name(String key, Optional<? extends Enum<?>> value) {
    return value.isPresent() ? name(key, value.get()) : nul(key);
  }

  /** An enum member, by name (names need no escaping). */
  JsonbText name(String key, Enum<?> value) {
    members.add(new Member(key, '"' + value.name() + '"'));
    return this;
  }

  /** A date member, or {@code null} when absent. */
  JsonbText date(String key, Optional<LocalDate> value) {
    return value.isPresent() ? date(key, value.get()) : nul(key);
  }

  /** A date member. */
  JsonbText date(String key, LocalDate value) {
    members.add(new Member(key, '"' + value.toString() + '"'));
    return this;
  }

  /** A {@code null} member. */
  JsonbText nul(String key) {
    members.add(new Member(key, "null"));
    return this;
  }

  /** Appends the object to {@code out}. */
  StringBuilder appendTo(StringBuilder out) {
    members.sort(KEY_ORDER);
    out.append('{');
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      out.append(i == 0 ? "\"" : ", \"").append(member.key).append("\": ").append(member.json);
    }
    return out.append('}');
  }

  /** The object as text. */
  String render() {
    return appendTo(new StringBuilder()).toString();
  }
}
