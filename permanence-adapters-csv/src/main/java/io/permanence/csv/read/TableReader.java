package io.permanence.csv.read;

import static com.google.common.base.Preconditions.checkArgument;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads CSV files of one {@link TableSchema} with FastCSV, row by row, turning every problem into
 * an {@link ImportFinding} rather than an exception. One reader serves every format: SSDA903 tables
 * and case-file CSVs differ only in their schema and mapping.
 *
 * <p>Tolerant where files vary:
 *
 * <ul>
 *   <li>header names match without regard to case, surrounding whitespace or order; columns the
 *       schema does not declare are ignored, with one warning per file; an optional column may be
 *       absent;
 *   <li>UTF-8 with or without a byte order mark; CRLF, LF or CR line ends; RFC 4180 quoted cells
 *       with commas, doubled quotes and line breaks; blank lines and rows of empty cells are
 *       skipped (one warning per file for the latter); trailing empty cells beyond the header are
 *       ignored;
 *   <li>bytes that are not valid UTF-8 are replaced by U+FFFD and reported as a warning on the cell
 *       (a file saved as Windows-1252 is the usual cause).
 * </ul>
 *
 * <p>Strict where meaning is at stake:
 *
 * <ul>
 *   <li>a required column missing from the header, or a declared column appearing twice: one error
 *       for the file, and no row is read;
 *   <li>a row with fewer cells than the header, or with non-empty cells beyond it: the row is
 *       rejected (its cells may have shifted);
 *   <li>a cell longer than {@link #maxCellLength()} (64 KiB by default): the row is rejected and
 *       only the beginning of the cell is kept, so memory stays bounded;
 *   <li>a file in UTF-16: one error for the file;
 *   <li>input that FastCSV cannot parse any further (a quoted cell running past the 8 MiB buffer)
 *       or an I/O failure: one error on the line reached; the rows before it stand.
 * </ul>
 *
 * <p>Line numbers are physical lines, 1-based, the header being line 1; a record with quoted line
 * breaks is reported on the line it starts on.
 *
 * <p>FastCSV parses each file on a thread of its own ({@link RecordFeed}, with a bounded hand-off),
 * while the calling thread checks and maps the rows, in file order: the mapper and the listener are
 * called on the calling thread only. Instances are immutable and thread-safe.
 */
public final class TableReader {

  /** The default longest cell, in characters: 64 KiB. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 64 * 1024;

  /** The longest cell that may be configured, in characters. */
  public static final int MAX_CELL_LENGTH_LIMIT = 1024 * 1024;

  /** FastCSV's buffer: large enough to see (and report) any cell up to 8 times the longest. */
  private static final int MAX_BUFFER_CHARS = 8 * 1024 * 1024;

  /** Cells kept per record; cells beyond are counted only. */
  private static final int MAX_CELLS = 1024;

  private final TableSchema schema;
  private final int maxCellLength;

  private TableReader(TableSchema schema, int maxCellLength) {
    this.schema = schema;
    this.maxCellLength = maxCellLength;
  }

  /**
   * A reader of a table, with the default longest cell.
   *
   * @param schema the table's columns
   * @return the reader
   */
  public static TableReader of(TableSchema schema) {
    checkArgument(schema != null, "schema must not be null");
    return new TableReader(schema, DEFAULT_MAX_CELL_LENGTH);
  }

  /**
   * A copy of this reader with another longest cell.
   *
   * @param maxCellLength the longest cell accepted, in characters, from 1 to {@value
   *     #MAX_CELL_LENGTH_LIMIT}
   * @return the reader
   */
  public TableReader withMaxCellLength(int maxCellLength) {
    checkArgument(
        maxCellLength >= 1 && maxCellLength <= MAX_CELL_LENGTH_LIMIT,
        "maxCellLength must be in [1, %s] but was %s",
        MAX_CELL_LENGTH_LIMIT,
        maxCellLength);
    return new TableReader(schema, maxCellLength);
  }

  /** The table this reader reads. */
  public TableSchema schema() {
    return schema;
  }

  /** The longest cell accepted, in characters. */
  public int maxCellLength() {
    return maxCellLength;
  }

  /**
   * Reads a file and collects the result under an import mode.
   *
   * @param file the file; its name without the directory is used in findings
   * @param mode STRICT or LENIENT
   * @param mapper turns a row into a value (see {@link Row} for the contract)
   * @param <T> the type of the values
   * @return the values, findings, rejected rows and counts
   * @throws UncheckedIOException if the file cannot be opened
   */
  public <T> ImportResult<T> read(
      Path file, ImportMode mode, Function<? super Row, ? extends T> mapper) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open " + file, e);
    }
    return read(file.getFileName().toString(), in, mode, mapper);
  }

  /**
   * Reads a stream and collects the result under an import mode. Under STRICT, values are no longer
   * collected once an error is seen.
   *
   * @param fileName the name to report, without a directory
   * @param in the bytes of the file; closed when read
   * @param mode STRICT or LENIENT
   * @param mapper turns a row into a value (see {@link Row} for the contract)
   * @param <T> the type of the values
   * @return the values, findings, rejected rows and counts
   */
  public <T> ImportResult<T> read(
      String fileName, InputStream in, ImportMode mode, Function<? super Row, ? extends T> mapper) {
    checkArgument(mode != null, "mode must not be null");
    List<T> values = new ArrayList<>();
    List<ImportFinding> findings = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    boolean[] failed = new boolean[1];
    FileCounts counts =
        stream(
            fileName,
            in,
            mapper,
            new ImportListener<T>() {
              @Override
              public void onValue(T value) {
                if (!failed[0]) {
                  values.add(value);
                }
              }

              @Override
              public void onFinding(ImportFinding finding) {
                findings.add(finding);
                if (mode == ImportMode.STRICT && finding.isError() && !failed[0]) {
                  failed[0] = true;
                  values.clear();
                }
              }

              @Override
              public void onRejected(RejectedRow row) {
                rejected.add(row);
              }
            });
    return ImportResult.of(mode, values, findings, rejected, List.of(counts));
  }

  /**
   * Reads a stream row by row, handing each value, finding and rejected row to a listener as it is
   * found, in constant memory (whatever the size of the file).
   *
   * @param fileName the name to report, without a directory
   * @param in the bytes of the file; closed when read
   * @param mapper turns a row into a value (see {@link Row} for the contract)
   * @param listener receives values, findings and rejected rows
   * @param <T> the type of the values
   * @return the counts of the file
   */
  public <T> FileCounts stream(
      String fileName,
      InputStream in,
      Function<? super Row, ? extends T> mapper,
      ImportListener<? super T> listener) {
    checkArgument(
        fileName != null && !fileName.isBlank(), "fileName must not be blank but was %s", fileName);
    checkArgument(in != null, "in must not be null");
    checkArgument(mapper != null && listener != null, "mapper and listener must not be null");
    FileRead<T> read = new FileRead<>(fileName, mapper, listener);
    try (InputStream input = in) {
      read.run(input);
    } catch (IOException e) {
      // Closing an input stream after reading loses nothing.
    }
    return FileCounts.of(fileName, read.imported, read.rejected);
  }

  /** The state of reading one file. */
  private final class FileRead<T> {
    private final String fileName;
    private final Function<? super Row, ? extends T> mapper;
    private final ImportListener<? super T> listener;
    private long imported;
    private long rejected;
    private long blankRows;
    private long firstBlankLine;

    FileRead(
        String fileName,
        Function<? super Row, ? extends T> mapper,
        ImportListener<? super T> listener) {
      this.fileName = fileName;
      this.mapper = mapper;
      this.listener = listener;
    }

    void run(InputStream in) {
      Reader reader;
      try {
        reader = openUtf8(in);
      } catch (IOException e) {
        listener.onFinding(ImportFinding.error(fileName, 1, "could not be read: " + e));
        return;
      }
      if (reader == null) {
        return;
      }
      RecordHandler handler = new RecordHandler(maxCellLength, MAX_CELLS);
      try (CsvReader<RawRecord> csv =
          CsvReader.builder()
              .skipEmptyLines(true)
              .ignoreDifferentFieldCount(true)
              .acceptCharsAfterQuotes(true)
              .detectBomHeader(false)
              .maxBufferSize(MAX_BUFFER_CHARS)
              .build(handler, reader)) {
        try (RecordFeed feed = new RecordFeed(csv.iterator(), handler)) {
          readRecords(feed);
        }
      } catch (IOException | UncheckedIOException | CsvParseException e) {
        stopAt(handler.currentLine(), e);
      }
      if (blankRows > 0) {
        listener.onFinding(
            ImportFinding.warning(
                fileName,
                firstBlankLine,
                blankRows
                    + (blankRows == 1 ? " row" : " rows")
                    + " with only empty cells skipped, the first on this line"));
      }
    }

    private void readRecords(RecordFeed records) {
      HeaderIndex header = null;
      while (true) {
        RawRecord record;
        try {
          record = records.next();
          if (record == null) {
            break;
          }
        } catch (CsvParseException | UncheckedIOException e) {
          stopAt(records.failureLine(), e);
          return;
        }
        if (header == null) {
          header = readHeader(record);
          if (header == null) {
            return;
          }
        } else {
          readRow(record, header);
        }
      }
      if (header == null) {
        listener.onFinding(
            ImportFinding.error(
                fileName,
                1,
                "is empty: expected a header naming the columns " + schema.requiredColumns()));
      }
    }

    private void stopAt(long line, Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      listener.onFinding(
          ImportFinding.error(
              fileName,
              Math.max(1, line),
              "could not be read from this line on ("
                  + ImportFinding.displayValue(String.valueOf(cause.getMessage()))
                  + "): a quoted cell that never ends is the usual cause"));
    }

    /** Applies the header; null (with an error reported) if the file must be rejected. */
    private HeaderIndex readHeader(RawRecord record) {
      String[] cells = record.cells();
      Map<String, List<Integer>> indexesByName = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        indexesByName
            .computeIfAbsent(TableSchema.normalize(cells[i]), k -> new ArrayList<>())
            .add(i);
      }
      List<String> declared = schema.declaredColumns();
      int[] cellIndexByOrdinal = new int[declared.size()];
      List<String> missing = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      for (int ordinal = 0; ordinal < declared.size(); ordinal++) {
        String column = declared.get(ordinal);
        List<Integer> indexes = indexesByName.remove(TableSchema.normalize(column));
        if (indexes == null) {
          cellIndexByOrdinal[ordinal] = -1;
          if (ordinal < schema.requiredColumns().size()) {
            missing.add(column);
          }
        } else {
          cellIndexByOrdinal[ordinal] = indexes.get(0);
          if (indexes.size() > 1) {
            repeated.add(
                column
                    + " (columns "
                    + indexes.stream()
                        .map(i -> String.valueOf(i + 1))
                        .collect(Collectors.joining(", "))
                    + ")");
          }
        }
      }
      if (!missing.isEmpty() || !repeated.isEmpty()) {
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
          problems.add("lacks the required columns " + String.join(", ", missing));
        }
        if (!repeated.isEmpty()) {
          problems.add("repeats the columns " + String.join(", ", repeated));
        }
        listener.onFinding(
            ImportFinding.builder()
                .fileName(fileName)
                .lineNumber(record.lineNumber)
                .value(ImportFinding.displayValue(String.join(",", cells)))
                .reason(
                    "is not a valid "
                        + schema.name()
                        + " header: it "
                        + String.join(" and ", problems)
                        + "; no row was read")
                .severity(ImportFinding.Severity.ERROR)
                .build());
        return null;
      }
      indexesByName.remove("");
      if (!indexesByName.isEmpty()) {
        String extra =
            Arrays.stream(cells)
                .map(TableSchema::normalize)
                .filter(indexesByName::containsKey)
                .distinct()
                .map(ImportFinding::displayValue)
                .collect(Collectors.joining(", "));
        listener.onFinding(
            ImportFinding.warning(
                fileName,
                record.lineNumber,
                "columns not used by the " + schema.name() + " table were ignored: " + extra));
      }
      listener.onHeader(List.of(cells));
      return new HeaderIndex(schema, cells, cellIndexByOrdinal);
    }

    private void readRow(RawRecord record, HeaderIndex header) {
      if (record.isBlank() && record.oversizedCells.length == 0) {
        if (blankRows++ == 0) {
          firstBlankLine = record.lineNumber;
        }
        return;
      }
      Row row = new Row(fileName, record, header);
      boolean structural = checkShape(record, header, row);
      for (int cellIndex : record.replacedCells) {
        if (cellIndex < record.size && cellIndex < header.width()) {
          row.add(
              ImportFinding.builder()
                  .fileName(fileName)
                  .lineNumber(record.lineNumber)
                  .column(header.columnNameOfCell(cellIndex))
                  .value(ImportFinding.displayValue(record.cell(cellIndex)))
                  .reason(
                      "contains bytes that are not valid UTF-8, replaced by \uFFFD"
                          + " (save the file as CSV UTF-8)")
                  .severity(ImportFinding.Severity.WARNING)
                  .isSensitive(header.isSensitiveCell(cellIndex))
                  .build());
        }
      }
      T value = structural ? null : map(row);
      for (ImportFinding finding : row.findings()) {
        listener.onFinding(finding);
      }
      if (row.hasErrors() || value == null) {
        rejected++;
        listener.onRejected(RejectedRow.of(fileName, record.lineNumber, row.cells()));
      } else {
        imported++;
        listener.onValue(value);
      }
    }

    /** Reports wrong cell counts and oversized cells; true if the row must not be mapped. */
    private boolean checkShape(RawRecord record, HeaderIndex header, Row row) {
      boolean rejectRow = false;
      int width = header.width();
      boolean extraNonBlank = false;
      for (int i = width; i < record.size; i++) {
        extraNonBlank |= !record.isBlankCell(i);
      }
      extraNonBlank |= record.cellCount > record.size;
      if (record.cellCount < width || extraNonBlank) {
        String reason =
            "has "
                + record.cellCount
                + (record.cellCount == 1 ? " cell" : " cells")
                + " but the header has "
                + width
                + " columns"
                + (record.quotedLineBreak
                    ? "; a quoted cell runs over several lines (an unbalanced quote?)"
                    : "");
        row.add(ImportFinding.error(fileName, record.lineNumber, reason));
        rejectRow = true;
      }
      for (int i = 0; i < record.oversizedCells.length; i++) {
        int cellIndex = record.oversizedCells[i];
        row.add(
            ImportFinding.builder()
                .fileName(fileName)
                .lineNumber(record.lineNumber)
                .column(header.columnNameOfCell(cellIndex))
                .value(
                    ImportFinding.displayValue(record.cell(cellIndex), record.oversizedLengths[i]))
                .reason(
                    "is longer than the limit of "
                        + maxCellLength
                        + " characters"
                        + (record.quotedLineBreak ? " (an unbalanced quote?)" : ""))
                .severity(ImportFinding.Severity.ERROR)
                .isSensitive(header.isSensitiveCell(cellIndex))
                .build());
        rejectRow = true;
      }
      return rejectRow;
    }

    /** Maps a row; null if the row is rejected (its findings say why). */
    private T map(Row row) {
      try {
        T value = mapper.apply(row);
        if (value == null) {
          throw new IllegalStateException(
              "mapper must not return null but did for " + fileName + ":" + row.lineNumber());
        }
        return value;
      } catch (HeaderIndex.UndeclaredColumnException e) {
        throw e;
      } catch (IllegalArgumentException | DateTimeException | NoSuchElementException e) {
        if (!row.hasErrors()) {
          if (e instanceof NoSuchElementException) {
            throw e;
          }
          row.reportError(
              "was rejected: " + ImportFinding.displayValue(String.valueOf(e.getMessage())));
        }
        return null;
      }
    }

    /**
     * A UTF-8 reader of the stream, without its byte order mark; null (with an error reported) for
     * a UTF-16 file.
     */
    private Reader openUtf8(InputStream in) throws IOException {
      PushbackInputStream pushback = new PushbackInputStream(in, 3);
      byte[] start = pushback.readNBytes(3);
      boolean utf8Bom =
          start.length == 3
              && (start[0] & 0xFF) == 0xEF
              && (start[1] & 0xFF) == 0xBB
              && (start[2] & 0xFF) == 0xBF;
      boolean utf16Bom =
          start.length >= 2
              && (((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)
                  || ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE));
      if (utf16Bom) {
        listener.onFinding(
            ImportFinding.error(
                fileName, 1, "is encoded in UTF-16: save it as CSV UTF-8; no row was read"));
        return null;
      }
      if (!utf8Bom) {
        pushback.unread(start);
      }
      return new InputStreamReader(
          pushback,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
  }
}
