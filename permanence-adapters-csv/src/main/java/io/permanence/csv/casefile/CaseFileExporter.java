package io.permanence.csv.casefile;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.casefile.CaseFile;
import io.permanence.csv.casefile.CaseFileSections.ChildRow;
import io.permanence.csv.casefile.CaseFileSections.Item;
import io.permanence.csv.casefile.CaseFileSections.Section;
import io.permanence.csv.write.SafeCsvWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes case files as a case-file CSV set: one file per {@link CaseFileTable}, every file written
 * (with its header) even when it has no rows, each row keyed by {@code child_id}.
 *
 * <p>The set holds everything in the case files, so {@link CaseFileImporter} reads back case files
 * equal to those written. {@code children.csv} records, for each child, the number of rows written
 * for it in the other files ({@code record_count}), which lets the importer detect a row that was
 * lost or moved to another child. Files are UTF-8 without a byte order mark, with CRLF line ends,
 * written through {@link SafeCsvWriter} (formula injection neutralised; see {@link CaseFileTable}
 * for how text is kept lossless). The files hold personal data (dates of birth, notes).
 *
 * <p>This class holds no state and is thread-safe.
 */
public final class CaseFileExporter {

  private CaseFileExporter() {}

  /**
   * Writes the case files into a directory, replacing files of the same names.
   *
   * @param caseFiles the case files, written in this order
   * @param directory an existing directory
   * @return the number of case files written
   * @throws UncheckedIOException if a file cannot be written
   */
  public static long write(Iterable<CaseFile> caseFiles, Path directory) {
    checkArgument(
        directory != null && Files.isDirectory(directory),
        "directory must be a directory but was %s",
        directory);
    return write(
        caseFiles,
        table -> {
          try {
            return new OutputStreamWriter(
                Files.newOutputStream(directory.resolve(table.fileName())), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException("could not write " + table.fileName(), e);
          }
        });
  }

  /**
   * Writes the case files, one writer per table (each closed when done).
   *
   * @param caseFiles the case files, written in this order
   * @param open opens the writer of a table
   * @return the number of case files written
   */
  public static long write(Iterable<CaseFile> caseFiles, Function<CaseFileTable, Writer> open) {
    checkArgument(caseFiles != null && open != null, "caseFiles and open must not be null");
    Map<CaseFileTable, SafeCsvWriter> writers = new EnumMap<>(CaseFileTable.class);
    try {
      for (CaseFileTable table : CaseFileTable.values()) {
        writers.put(table, SafeCsvWriter.of(open.apply(table), table.columns()));
      }
      long written = 0;
      for (CaseFile caseFile : caseFiles) {
        int records = 0;
        for (Section<?> section : CaseFileSections.records()) {
          records += writeSection(section, caseFile, writers.get(section.table));
        }
        ChildRow row = new ChildRow(caseFile.authority(), caseFile.child(), Optional.of(records));
        CaseFileSections.CHILDREN.export.writeRows(
            List.of(new Item<>(caseFile.childId(), row)), writers.get(CaseFileTable.CHILDREN));
        written++;
      }
      return written;
    } finally {
      for (SafeCsvWriter writer : writers.values()) {
        writer.close();
      }
    }
  }

  private static <V> int writeSection(Section<V> section, CaseFile caseFile, SafeCsvWriter csv) {
    List<V> values = section.values.apply(caseFile);
    for (V value : values) {
      section.export.writeRows(List.of(new Item<>(caseFile.childId(), value)), csv);
    }
    return values.size();
  }
}
