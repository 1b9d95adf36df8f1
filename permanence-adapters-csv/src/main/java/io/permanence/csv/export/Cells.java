package io.permanence.csv.export;

import io.permanence.core.child.ChildId;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.csv.write.Pseudonymiser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cell conventions shared by the exports: how lists go into one cell, how times are written,
 * and how a child's id is taken out of free text when pseudonymising.
 */
final class Cells {

  /** Separates ids and codes in one cell, as in the case-file CSVs. */
  static final String ID_SEPARATOR = ";";

  /** Separates free-text entries in one cell: one entry per line. */
  static final String LINE_SEPARATOR = "\n";

  /** Meeting start times: {@code HH:mm}. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** Cut-offs: {@code yyyy-MM-dd HH:mm} in Europe/London. */
  static final DateTimeFormatter LONDON_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
          .withZone(WorkingCalendars.LONDON);

  private Cells() {}

  /** Ids or codes in one cell, separated by {@code ;}. */
  static String ids(Stream<String> ids) {
    return ids.collect(Collectors.joining(ID_SEPARATOR));
  }

  /** Free-text entries in one cell, one per line. */
  static String lines(Stream<String> lines) {
    return lines.collect(Collectors.joining(LINE_SEPARATOR));
  }

  /** An instant as {@code yyyy-MM-dd HH:mm} in Europe/London. */
  static String londonDateTime(Instant instant) {
    return LONDON_DATE_TIME.format(instant);
  }

  /** A sibling group or other id: itself, or its pseudonym when pseudonymising. */
  static String id(String id, Optional<Pseudonymiser> pseudonymiser) {
    return pseudonymiser.isPresent() ? pseudonymiser.get().toPseudonym(id) : id;
  }

  /**
   * Free text of a child's row: unchanged, or, when pseudonymising, with every whole-word
   * occurrence of the child's id replaced by its pseudonym. "Whole word" means that an id starting
   * (ending) with a letter or digit is not preceded (followed) by one, so that {@code C1} is
   * replaced in {@code C1-d1} and {@code (C1)} but not in {@code C12}.
   */
  static String scrub(String text, ChildId child, Optional<Pseudonymiser> pseudonymiser) {
    if (pseudonymiser.isEmpty()) {
      return text;
    }
    String id = child.id();
    int at = text.indexOf(id);
    if (at < 0) {
      return text;
    }
    boolean wordStart = Character.isLetterOrDigit(id.charAt(0));
    boolean wordEnd = Character.isLetterOrDigit(id.charAt(id.length() - 1));
    StringBuilder out = new StringBuilder(text.length() + 16);
    String pseudonym = null;
    int copied = 0;
    while (at >= 0) {
      int end = at + id.length();
      boolean whole =
          !(wordStart && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
              && !(wordEnd && end < text.length() && Character.isLetterOrDigit(text.charAt(end)));
      if (whole) {
        if (pseudonym == null) {
          pseudonym = pseudonymiser.get().toPseudonym(id);
        }
        out.append(text, copied, at).append(pseudonym);
        copied = end;
        at = text.indexOf(id, end);
      } else {
        at = text.indexOf(id, at + 1);
      }
    }
    return out.append(text, copied, text.length()).toString();
  }
}
