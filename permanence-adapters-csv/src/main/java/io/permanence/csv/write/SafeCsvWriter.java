package io.permanence.csv.write;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes CSV that is safe to open in a spreadsheet: UTF-8, RFC 4180 quoting (a cell with a comma, a
 * quote or a line break is quoted, quotes doubled), CRLF line ends, a fixed header, and formula
 * injection neutralised.
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (OWASP "CSV Injection"). Every text
 * cell that starts with one of them, header cells included, is written with a leading apostrophe
 * ({@code '=1+1}), which spreadsheets show as text and do not run. Numbers and dates are written
 * with the typed methods ({@link RowWriter#integer}, {@link RowWriter#date}), whose output is known
 * safe and is therefore not neutralised, so that {@code -5} stays a number; any other text,
 * including a negative number passed as text, is neutralised.
 *
 * <p>Usage: {@code writer.row().text(id).date(due).integer(days).end()}. Every row must have as
 * many cells as the header. A writer is not thread-safe; close it to flush.
 */
public final class SafeCsvWriter implements Closeable, Flushable {

  private static final char[] FORMULA_STARTS = {'=', '+', '-', '@', '\t', '\r'};

  private final CsvWriter csv;
  private final List<String> header;
  private final RowWriter row = new RowWriter();

  private SafeCsvWriter(Writer out, List<String> header) {
    checkArgument(!header.isEmpty(), "header must not be empty");
    this.header = List.copyOf(header);
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    List<String> safe = new ArrayList<>(header.size());
    for (String name : this.header) {
      safe.add(neutralise(name));
    }
    write(safe);
  }

  /**
   * A writer to a character stream, the header written at once.
   *
   * @param out where to write; closed with this writer
   * @param header the column names, in order, at least one
   * @return the writer
   */
  public static SafeCsvWriter of(Writer out, List<String> header) {
    checkArgument(out != null, "out must not be null");
    return new SafeCsvWriter(out, header);
  }

  /**
   * A writer of UTF-8 bytes without a byte order mark, the header written at once.
   *
   * @param out where to write; closed with this writer
   * @param header the column names, in order, at least one
   * @return the writer
   */
  public static SafeCsvWriter of(OutputStream out, List<String> header) {
    checkArgument(out != null, "out must not be null");
    return new SafeCsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
  }

  /**
   * A writer of UTF-8 bytes that starts with a byte order mark, so that Excel recognises the
   * encoding when the file is opened by double-click (without it, accented names are garbled).
   *
   * @param out where to write; closed with this writer
   * @param header the column names, in order, at least one
   * @return the writer
   * @throws UncheckedIOException if the byte order mark cannot be written
   */
  public static SafeCsvWriter withByteOrderMark(OutputStream out, List<String> header) {
    checkArgument(out != null, "out must not be null");
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(out, header);
  }

  /**
   * Text made safe for a spreadsheet: with a leading apostrophe if it starts with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return; otherwise unchanged.
   *
   * @param text the text
   * @return the safe text
   */
  public static String neutralise(String text) {
    if (!text.isEmpty()) {
      char first = text.charAt(0);
      for (char c : FORMULA_STARTS) {
        if (first == c) {
          return "'" + text;
        }
      }
    }
    return text;
  }

  /** The column names, in order. */
  public List<String> header() {
    return header;
  }

  /**
   * Starts the next row; cells are added in the order of the header.
   *
   * @return the row being written
   * @throws IllegalStateException if the previous row was not ended
   */
  public RowWriter row() {
    checkState(row.cells.isEmpty(), "the previous row must be ended before starting another");
    return row;
  }

  /**
   * Writes a row of text cells, each neutralised.
   *
   * @param cells one text per column
   * @return this writer
   */
  public SafeCsvWriter textRow(List<String> cells) {
    RowWriter r = row();
    cells.forEach(r::text);
    r.end();
    return this;
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a record; FastCSV reports a failed write as an {@link UncheckedIOException}. */
  private void write(List<String> cells) {
    csv.writeRecord(cells);
  }

  /** The row being written: typed cells in the order of the header, then {@link #end()}. */
  public final class RowWriter {
    private final List<String> cells = new ArrayList<>();

    private RowWriter() {}

    /**
     * A text cell, neutralised against formula injection.
     *
     * @param text the text, possibly empty
     * @return this row
     */
    public RowWriter text(String text) {
      checkArgument(text != null, "text must not be null (use empty() or optionalText)");
      return add(neutralise(text));
    }

    /**
     * A text cell, empty if absent.
     *
     * @param text the text
     * @return this row
     */
    public RowWriter optionalText(Optional<String> text) {
      return text(text.orElse(""));
    }

    /**
     * A whole number, written as digits with a leading minus if negative (not neutralised: a number
     * is not a formula).
     *
     * @param value the number
     * @return this row
     */
    public RowWriter integer(long value) {
      return add(Long.toString(value));
    }

    /**
     * A date in ISO form, {@code yyyy-mm-dd}, which spreadsheets read as a date in every locale.
     *
     * @param date the date
     * @return this row
     */
    public RowWriter date(LocalDate date) {
      checkArgument(date != null, "date must not be null (use optionalDate)");
      return add(date.toString());
    }

    /**
     * A date in ISO form, empty if absent.
     *
     * @param date the date
     * @return this row
     */
    public RowWriter optionalDate(Optional<LocalDate> date) {
      return date.isPresent() ? date(date.get()) : empty();
    }

    /**
     * A month in ISO form, {@code yyyy-mm} (a pseudonymised date of birth, for example).
     *
     * @param month the month
     * @return this row
     */
    public RowWriter month(YearMonth month) {
      checkArgument(month != null, "month must not be null");
      return add(neutralise(month.toString()));
    }

    /**
     * An empty cell.
     *
     * @return this row
     */
    public RowWriter empty() {
      return add("");
    }

    /**
     * Ends the row and writes it.
     *
     * @return the writer
     * @throws IllegalStateException if the row has fewer cells than the header
     */
    public SafeCsvWriter end() {
      checkState(
          cells.size() == header.size(),
          "a row must have %s cells (%s) but had %s",
          header.size(),
          header,
          cells.size());
      write(cells);
      cells.clear();
      return SafeCsvWriter.this;
    }

    private RowWriter add(String cell) {
      checkState(
          cells.size() < header.size(),
          "a row must have %s cells (%s) but a cell was added after the last",
          header.size(),
          header);
      cells.add(cell);
      return this;
    }
  }
}
