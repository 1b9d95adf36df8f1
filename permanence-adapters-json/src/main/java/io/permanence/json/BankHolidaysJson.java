package io.permanence.json;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.time.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * A loader of gov.uk's {@code bank-holidays.json} ({@code https://www.gov.uk/bank-holidays.json})
 * into a {@link WorkingCalendar} of one division: {@code england-and-wales} (the default), {@code
 * scotland} or {@code northern-ireland}.
 *
 * <p>The file is an object of divisions, each {@code {"division": "...", "events": [{"title":
 * "...", "date": "2022-01-03", "notes": "...", "bunting": true}, ...]}}. Every event's date is a
 * holiday of the calendar (substitute days are listed as events of their own; the days they replace
 * are weekends anyway); titles, notes and bunting are not used. The calendar's id is {@code
 * gov.uk/<division>}, its years run from the year of the earliest event to that of the latest, and
 * its version is the one given by {@link #withVersion(String)} or else the latest event date
 * ({@code "2027-12-28"}), so that a deadline shows which edition of the file it used.
 *
 * <p>Bad input fails with an {@link IllegalArgumentException} naming the source, the JSON path from
 * the division ({@code england-and-wales.events[3].date}) and the offending value. An I/O failure
 * is an {@link UncheckedIOException}. Instances are immutable and thread-safe.
 */
public final class BankHolidaysJson {

  /** The division of England and Wales, the default. */
  public static final String ENGLAND_AND_WALES = "england-and-wales";

  /** The division of Scotland. */
  public static final String SCOTLAND = "scotland";

  /** The division of Northern Ireland. */
  public static final String NORTHERN_IRELAND = "northern-ireland";

  /** The prefix of the id of a loaded calendar: {@code gov.uk/england-and-wales}. */
  public static final String ID_PREFIX = "gov.uk/";

  private static final String DEFAULT_SOURCE = "bank-holidays.json";
  private static final Pattern DIVISION = Pattern.compile("[a-z0-9-]+");

  private final String division;
  private final Optional<String> version;

  private BankHolidaysJson(String division, Optional<String> version) {
    this.division = division;
    this.version = version;
  }

  /**
   * A loader of the {@code england-and-wales} division.
   *
   * @return the loader
   */
  public static BankHolidaysJson englandAndWales() {
    return of(ENGLAND_AND_WALES);
  }

  /**
   * A loader of a division.
   *
   * @param division the key of the division in the file, for example {@code scotland}
   * @return the loader
   * @throws IllegalArgumentException if the division is not lower-case letters, digits and hyphens
   */
  public static BankHolidaysJson of(String division) {
    checkArgument(
        DIVISION.matcher(division).matches(),
        "division must match [a-z0-9-]+ but was '%s'",
        division);
    return new BankHolidaysJson(division, Optional.empty());
  }

  /**
   * A copy that gives the calendar this version instead of the latest event date.
   *
   * @param version the version, not blank, for example {@code "2025-06-01"}
   * @return the loader
   */
  public BankHolidaysJson withVersion(String version) {
    checkArgument(!version.isBlank(), "version must not be blank but was '%s'", version);
    return new BankHolidaysJson(division, Optional.of(version));
  }

  /** The division loaded, for example {@code england-and-wales}. */
  public String division() {
    return division;
  }

  /** The version given to the calendar, if set; else the latest event date is used. */
  public Optional<String> version() {
    return version;
  }

  /**
   * The calendar of the division in a JSON text.
   *
   * @param json the content of {@code bank-holidays.json}
   * @return the calendar
   * @throws IllegalArgumentException if the text is not valid JSON or not of the expected shape
   */
  public WorkingCalendar parse(String json) {
    return calendar(DEFAULT_SOURCE, () -> PermanenceJson.mapper().readTree(json));
  }

  /**
   * The calendar of the division in a JSON stream, read to its end (and not closed).
   *
   * @param json the content of {@code bank-holidays.json}, UTF-8
   * @return the calendar
   * @throws IllegalArgumentException if the content is not valid JSON or not of the expected shape
   */
  public WorkingCalendar parse(InputStream json) {
    return calendar(DEFAULT_SOURCE, () -> PermanenceJson.mapper().readTree(json));
  }

  /**
   * The calendar of the division in a JSON file.
   *
   * @param file the file, for example a downloaded {@code bank-holidays.json}
   * @return the calendar
   * @throws IllegalArgumentException if the content is not valid JSON or not of the expected shape;
   *     the message starts with the file name
   * @throws UncheckedIOException if the file cannot be read
   */
  public WorkingCalendar parse(Path file) {
    String source = String.valueOf(file.getFileName());
    return calendar(
        source,
        () -> {
          try (InputStream in = Files.newInputStream(file)) {
            return PermanenceJson.mapper().readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
        });
  }

  private interface TreeReader {
    JsonNode read();
  }

  private WorkingCalendar calendar(String source, TreeReader reader) {
    JsonNode root;
    try {
      root = reader.read();
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new IllegalArgumentException(
          source
              + " is not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          source + " must be an object of divisions but was " + describe(root));
    }
    JsonNode divisionNode = root.get(division);
    if (divisionNode == null) {
      throw new IllegalArgumentException(
          source + " has no division '" + division + "'; it has " + root.propertyNames());
    }
    if (!divisionNode.isObject()) {
      throw invalid(source, division, "an object", divisionNode);
    }
    JsonNode name = divisionNode.get("division");
    if (name != null && !(name.isString() && name.stringValue().equals(division))) {
      throw invalid(source, division + ".division", "'" + division + "'", name);
    }
    JsonNode events = divisionNode.get("events");
    if (events == null || !events.isArray()) {
      throw invalid(source, division + ".events", "an array", events);
    }
    checkArgument(
        events.size() > 0,
        "%s: %s.events is empty: no dates to build a calendar from",
        source,
        division);
    List<LocalDate> dates = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      String path = division + ".events[" + i + "]";
      JsonNode event = events.get(i);
      if (!event.isObject()) {
        throw invalid(source, path, "an object", event);
      }
      JsonNode date = event.get("date");
      if (date == null || !date.isString()) {
        throw invalid(source, path + ".date", "an ISO date (yyyy-mm-dd)", date);
      }
      try {
        dates.add(LocalDate.parse(date.stringValue()));
      } catch (DateTimeParseException e) {
        throw invalid(source, path + ".date", "an ISO date (yyyy-mm-dd)", date);
      }
    }
    LocalDate latest = dates.stream().max(LocalDate::compareTo).orElseThrow();
    return WorkingCalendar.builder()
        .id(ID_PREFIX + division)
        .version(version.orElse(latest.toString()))
        .addHolidays(dates)
        .build();
  }

  private static IllegalArgumentException invalid(
      String source, String path, String expected, JsonNode actual) {
    return new IllegalArgumentException(
        source + ": " + path + " must be " + expected + " but was " + describe(actual));
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    String text = node.toString();
    return text.length() <= 80 ? text : text.substring(0, 80) + "… (" + text.length() + " chars)";
  }

  /** Equal if the division and the version are. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof BankHolidaysJson
        && division.equals(((BankHolidaysJson) obj).division)
        && version.equals(((BankHolidaysJson) obj).version);
  }

  /** A hash of the division and the version. */
  @Override
  public int hashCode() {
    return Objects.hash(division, version);
  }

  /** The loader as text: {@code "BankHolidaysJson{england-and-wales}"}. */
  @Override
  public String toString() {
    return "BankHolidaysJson{" + division + version.map(v -> " v" + v).orElse("") + "}";
  }
}
