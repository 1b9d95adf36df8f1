package io.permanence.csv.write;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.child.ChildId;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The layout of one CSV export: named, typed columns, each reading its cell from a value of type
 * {@code T}, written through {@link SafeCsvWriter} (UTF-8, RFC 4180, CRLF, formula injection
 * neutralised) and, if a {@link Pseudonymiser} is given, pseudonymised.
 *
 * <p>This is the building block of every CSV the library writes (agendas, trackers, drift reports,
 * case-file CSVs): define the columns once, in order, then write any number of values.
 *
 * <pre>{@code
 * CsvExport<TrackerRow> tracker = CsvExport.<TrackerRow>builder()
 *     .childId("child_id", TrackerRow::childId)
 *     .dateOfBirth("date_of_birth", TrackerRow::dateOfBirth)
 *     .text("heading", TrackerRow::heading)
 *     .optionalDate("due_on", TrackerRow::dueOn)
 *     .build();
 * tracker.withPseudonymiser(Pseudonymiser.of(key)).write(rows, writer);
 * }</pre>
 *
 * <p>Column kinds: {@code text} and {@code optionalText} are neutralised against formula injection;
 * {@code date} and {@code optionalDate} are ISO {@code yyyy-mm-dd}; {@code integer} is digits;
 * {@code childId} is the id, or its pseudonym {@code P-<16 hex digits>} when pseudonymised; {@code
 * dateOfBirth} is the date, or its month {@code yyyy-mm} when pseudonymised. Column names must be
 * unique (case-insensitively) and not blank. Instances are immutable and thread-safe; each {@code
 * write} call uses its own writer.
 *
 * @param <T> the type of the values written, one row each
 */
public final class CsvExport<T> {

  /** Writes one cell of a value. */
  @FunctionalInterface
  private interface Cell<T> {
    void write(T value, SafeCsvWriter.RowWriter row, Optional<Pseudonymiser> pseudonymiser);
  }

  private final List<String> header;
  private final List<Cell<T>> cells;
  private final Optional<Pseudonymiser> pseudonymiser;

  private CsvExport(List<String> header, List<Cell<T>> cells, Optional<Pseudonymiser> p) {
    this.header = List.copyOf(header);
    this.cells = List.copyOf(cells);
    this.pseudonymiser = p;
  }

  /**
   * A builder of an export layout; columns are written in the order they are added.
   *
   * @param <T> the type of the values written
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The column names, in order. */
  public List<String> header() {
    return header;
  }

  /** The pseudonymiser applied to child ids and dates of birth, if any. */
  public Optional<Pseudonymiser> pseudonymiser() {
    return pseudonymiser;
  }

  /**
   * A copy of this export that pseudonymises: child ids become keyed pseudonyms and dates of birth
   * their month (see {@link Pseudonymiser}).
   *
   * @param pseudonymiser the pseudonymiser
   * @return the export
   */
  public CsvExport<T> withPseudonymiser(Pseudonymiser pseudonymiser) {
    checkArgument(pseudonymiser != null, "pseudonymiser must not be null");
    return new CsvExport<>(header, cells, Optional.of(pseudonymiser));
  }

  /**
   * Writes the header and one row per value.
   *
   * @param values the values, in the order to write
   * @param out where to write; closed when done
   * @return the number of rows written (without the header)
   */
  public long write(Iterable<? extends T> values, Writer out) {
    checkArgument(values != null, "values must not be null");
    try (SafeCsvWriter csv = SafeCsvWriter.of(out, header)) {
      return writeRows(values, csv);
    }
  }

  /**
   * Writes the header and one row per value as UTF-8, without a byte order mark.
   *
   * @param values the values, in the order to write
   * @param out where to write; closed when done
   * @return the number of rows written (without the header)
   */
  public long write(Iterable<? extends T> values, OutputStream out) {
    checkArgument(out != null, "out must not be null");
    return write(values, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Writes the rows of the values to a writer opened on this export's {@link #header()}, for
   * callers that write a file in several steps.
   *
   * @param values the values
   * @param csv a writer whose header is this export's header
   * @return the number of rows written
   */
  public long writeRows(Iterable<? extends T> values, SafeCsvWriter csv) {
    checkArgument(
        csv.header().equals(header),
        "csv must have the header %s but had %s",
        header,
        csv.header());
    long rows = 0;
    for (T value : values) {
      SafeCsvWriter.RowWriter row = csv.row();
      for (Cell<T> cell : cells) {
        cell.write(value, row, pseudonymiser);
      }
      row.end();
      rows++;
    }
    return rows;
  }

  /**
   * Builds an export layout.
   *
   * @param <T> the type of the values written
   */
  public static final class Builder<T> {
    private final List<String> header = new ArrayList<>();
    private final List<Cell<T>> cells = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder() {}

    private Builder<T> add(String name, Cell<T> cell) {
      checkArgument(name != null && !name.isBlank(), "column name must not be blank");
      checkArgument(
          names.add(name.strip().toLowerCase(Locale.ROOT)),
          "column %s must be added once but was added twice",
          name);
      header.add(name);
      cells.add(cell);
      return this;
    }

    /**
     * A text column, neutralised against formula injection.
     *
     * @param name the column name
     * @param text the cell's text
     * @return this builder
     */
    public Builder<T> text(String name, Function<? super T, String> text) {
      return add(name, (value, row, p) -> row.text(text.apply(value)));
    }

    /**
     * A text column that may be empty, neutralised against formula injection.
     *
     * @param name the column name
     * @param text the cell's text, empty for an empty cell
     * @return this builder
     */
    public Builder<T> optionalText(String name, Function<? super T, Optional<String>> text) {
      return add(name, (value, row, p) -> row.optionalText(text.apply(value)));
    }

    /**
     * A date column, ISO {@code yyyy-mm-dd}.
     *
     * @param name the column name
     * @param date the cell's date
     * @return this builder
     */
    public Builder<T> date(String name, Function<? super T, LocalDate> date) {
      return add(name, (value, row, p) -> row.date(date.apply(value)));
    }

    /**
     * A date column that may be empty.
     *
     * @param name the column name
     * @param date the cell's date, empty for an empty cell
     * @return this builder
     */
    public Builder<T> optionalDate(String name, Function<? super T, Optional<LocalDate>> date) {
      return add(name, (value, row, p) -> row.optionalDate(date.apply(value)));
    }

    /**
     * A whole-number column.
     *
     * @param name the column name
     * @param number the cell's number
     * @return this builder
     */
    public Builder<T> integer(String name, ToLongFunction<? super T> number) {
      return add(name, (value, row, p) -> row.integer(number.applyAsLong(value)));
    }

    /**
     * A whole-number column that may be empty.
     *
     * @param name the column name
     * @param number the cell's number, empty for an empty cell
     * @return this builder
     */
    public Builder<T> optionalInteger(
        String name, Function<? super T, ? extends Optional<? extends Number>> number) {
      return add(
          name,
          (value, row, p) -> {
            Optional<? extends Number> n = number.apply(value);
            if (n.isPresent()) {
              row.integer(n.get().longValue());
            } else {
              row.empty();
            }
          });
    }

    /**
     * A child id column: the id, or its pseudonym when the export is pseudonymised.
     *
     * @param name the column name
     * @param id the child's id
     * @return this builder
     */
    public Builder<T> childId(String name, Function<? super T, ChildId> id) {
      return add(
          name,
          (value, row, p) -> {
            String text = id.apply(value).id();
            row.text(p.isPresent() ? p.get().toPseudonym(text) : text);
          });
    }

    /**
     * A date of birth column: the date, or its month ({@code yyyy-mm}) when the export is
     * pseudonymised; empty if absent.
     *
     * @param name the column name
     * @param dateOfBirth the date of birth
     * @return this builder
     */
    public Builder<T> dateOfBirth(
        String name, Function<? super T, Optional<LocalDate>> dateOfBirth) {
      return add(
          name,
          (value, row, p) -> {
            Optional<LocalDate> date = dateOfBirth.apply(value);
            if (date.isEmpty()) {
              row.empty();
            } else if (p.isPresent()) {
              row.month(p.get().toMonthOfBirth(date.get()));
            } else {
              row.date(date.get());
            }
          });
    }

    /**
     * The export layout.
     *
     * @return the export, without pseudonymisation
     * @throws IllegalArgumentException if no column was added
     */
    public CsvExport<T> build() {
      checkArgument(!header.isEmpty(), "an export must have at least one column");
      return new CsvExport<>(header, cells, Optional.empty());
    }
  }
}
