package io.permanence.csv.read;

import io.permanence.csv.write.SafeCsvWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import's findings as a CSV for the data owner to correct the source: one line per
 * finding with the file, line, severity, column, value and reason, and the original row.
 *
 * <p>Columns: {@code file, line, severity, column, value, reason, original_row}. The original row
 * is the rejected row's cells re-joined as one CSV line (empty for a finding that rejected no row,
 * such as a warning or a problem with the header). The report is written with {@link
 * SafeCsvWriter}, so it is safe to open in a spreadsheet. It holds the values as found, sensitive
 * ones included: it is for the owner of the data, not for logs.
 */
public final class RejectsReport {

  /** The report's columns, in order. */
  public static final List<String> HEADER =
      List.of("file", "line", "severity", "column", "value", "reason", "original_row");

  private RejectsReport() {}

  /**
   * Writes the report of an import.
   *
   * @param result the import's result
   * @param out where to write; closed when done
   */
  public static void write(ImportResult<?> result, Writer out) {
    Map<String, RejectedRow> rowsByPlace = new HashMap<>();
    for (RejectedRow row : result.rejectedRows()) {
      rowsByPlace.put(row.fileName() + ":" + row.lineNumber(), row);
    }
    try (SafeCsvWriter csv = SafeCsvWriter.of(out, HEADER)) {
      for (ImportFinding finding : result.findings()) {
        RejectedRow row = rowsByPlace.get(finding.fileName() + ":" + finding.lineNumber());
        csv.row()
            .text(finding.fileName())
            .integer(finding.lineNumber())
            .text(finding.severity().name())
            .optionalText(finding.column())
            .optionalText(finding.value())
            .text(finding.reason())
            .text(row == null ? "" : toCsvLine(row.cells()))
            .end();
      }
    }
  }

  /** The cells as one RFC 4180 line, without its line end. */
  private static String toCsvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.toString();
  }

  /**
   * The report of an import as a string (for small imports and tests).
   *
   * @param result the import's result
   * @return the report's CSV text
   */
  public static String toCsv(ImportResult<?> result) {
    StringWriter out = new StringWriter();
    write(result, out);
    return out.toString();
  }
}
