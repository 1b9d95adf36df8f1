package io.permanence.csv.casefile;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.csv.casefile.CaseFileSections.ChildRow;
import io.permanence.csv.casefile.CaseFileSections.Section;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportListener;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.RejectedRow;
import io.permanence.csv.read.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a case-file CSV set (see {@link CaseFileTable}) back into case files, optionally merging it
 * with case files imported from SSDA903.
 *
 * <p><b>The unit of import is the child.</b> A child is imported whole or not at all: if any of its
 * rows is rejected, its {@code children.csv} row is missing or repeated, a table that allows one
 * row per child has two, the number of rows read differs from its {@code record_count}, or the
 * assembled record breaks an invariant of {@link CaseFile}, every row of the child is rejected (the
 * offending ones with their reasons, the others "rejected with child X"). A file that cannot be
 * read at all (a required column missing) therefore rejects every child with rows expected in it,
 * through the record count. Under {@link ImportMode#LENIENT} the valid children are imported; under
 * {@link ImportMode#STRICT} any error means no case file. Counts reconcile per file.
 *
 * <p><b>Merging with SSDA903.</b> Given case files from an SSDA903 import, children are matched by
 * id. For a child in both, {@code children.csv} gives the authority and the child's fields, and
 * each kind of record (each table) comes from the case-file set if it has at least one row of that
 * kind for the child, otherwise from the SSDA903 case file: the case-file set is the curated record
 * and wins, kind by kind. A child only in the SSDA903 import is passed through unchanged; a child
 * with rows in the set but no {@code children.csv} row takes its authority and child fields from
 * the SSDA903 case file, or is rejected if there is none. Case files come out in the order of the
 * SSDA903 import, then the case-file-only children in the order of {@code children.csv}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseFileImporter {

  private final ImportMode mode;

  private CaseFileImporter(ImportMode mode) {
    this.mode = mode;
  }

  /**
   * An importer.
   *
   * @param mode STRICT or LENIENT
   * @return the importer
   */
  public static CaseFileImporter of(ImportMode mode) {
    checkArgument(mode != null, "mode must not be null");
    return new CaseFileImporter(mode);
  }

  /**
   * Reads the case-file CSV set in a directory (file names as in {@link CaseFileTable}, compared
   * without regard to case; a missing file has no rows).
   *
   * @param directory the directory
   * @return the case files, findings, rejected rows and counts
   */
  public ImportResult<CaseFile> read(Path directory) {
    return read(directory, List.of());
  }

  /**
   * Reads the case-file CSV set in a directory and merges it with SSDA903 case files (see the class
   * description for the precedence).
   *
   * @param directory the directory
   * @param ssda903 case files from an SSDA903 import, each child once
   * @return the merged case files, findings, rejected rows and counts
   */
  public ImportResult<CaseFile> read(Path directory, List<CaseFile> ssda903) {
    checkArgument(
        directory != null && Files.isDirectory(directory),
        "directory must be a directory but was %s",
        directory);
    Map<String, Path> byName = new LinkedHashMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      listing
          .filter(Files::isRegularFile)
          .forEach(p -> byName.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + directory, e);
    }
    Map<CaseFileTable, Source> sources = new EnumMap<>(CaseFileTable.class);
    for (CaseFileTable table : CaseFileTable.values()) {
      Path file = byName.get(table.fileName());
      if (file != null) {
        sources.put(
            table,
            new Source(
                file.getFileName().toString(),
                () -> {
                  try {
                    return Files.newInputStream(file);
                  } catch (IOException e) {
                    throw new UncheckedIOException("could not open " + file, e);
                  }
                }));
      }
    }
    return readSources(sources, ssda903);
  }

  /**
   * Reads a case-file CSV set given as streams (from memory, the class path or an archive) and
   * merges it with SSDA903 case files.
   *
   * @param files the files, by table; a table without a file has no rows
   * @param ssda903 case files from an SSDA903 import, each child once; empty for none
   * @return the case files, findings, rejected rows and counts
   */
  public ImportResult<CaseFile> read(
      Map<CaseFileTable, Supplier<InputStream>> files, List<CaseFile> ssda903) {
    checkArgument(files != null && ssda903 != null, "files and ssda903 must not be null");
    Map<CaseFileTable, Source> sources = new EnumMap<>(CaseFileTable.class);
    files.forEach((table, opener) -> sources.put(table, new Source(table.fileName(), opener)));
    return readSources(sources, ssda903);
  }

  private ImportResult<CaseFile> readSources(
      Map<CaseFileTable, Source> sources, List<CaseFile> ssda903) {
    Run run = new Run();
    if (!sources.containsKey(CaseFileTable.CHILDREN)) {
      run.findings.add(
          ImportFinding.error(
              CaseFileTable.CHILDREN.fileName(),
              1,
              "is missing: it lists the children and their fields; only children also in the"
                  + " SSDA903 import can be imported"));
    }
    for (CaseFileTable table : CaseFileTable.values()) {
      Source source = sources.get(table);
      if (source != null) {
        run.read(table, source);
      }
    }
    List<CaseFile> caseFiles = run.assemble(ssda903);
    List<FileCounts> counts = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    for (CaseFileTable table : CaseFileTable.values()) {
      FileCounts read = run.counts.get(table);
      if (read != null) {
        long late = run.lateRejected.get(table).size();
        counts.add(
            FileCounts.of(read.fileName(), read.rowsImported() - late, read.rowsRejected() + late));
        List<RejectedRow> ofFile = new ArrayList<>(run.rejected.get(table));
        ofFile.addAll(run.lateRejected.get(table));
        ofFile.sort(java.util.Comparator.comparingLong(RejectedRow::lineNumber));
        rejected.addAll(ofFile);
      }
    }
    ImportResult.Builder<CaseFile> result = ImportResult.builder();
    return result
        .mode(mode)
        .addAllValues(caseFiles)
        .addAllFindings(run.findings)
        .addAllRejectedRows(rejected)
        .addAllFileCounts(counts)
        .build();
  }

  /** A file: its name and how to open it. */
  private static final class Source {
    final String fileName;
    final Supplier<InputStream> opener;

    Source(String fileName, Supplier<InputStream> opener) {
      this.fileName = fileName;
      this.opener = opener;
    }
  }

  /** An accepted row. */
  private static final class Entry {
    final CaseFileTable table;
    final ChildId child;
    final long line;
    final Object value;
    final List<String> cells;

    Entry(CaseFileTable table, ChildId child, long line, Object value, List<String> cells) {
      this.table = table;
      this.child = child;
      this.line = line;
      this.value = value;
      this.cells = cells;
    }
  }

  /** One child's accepted rows, by table. */
  private static final class Parts {
    final Map<CaseFileTable, List<Entry>> rows = new EnumMap<>(CaseFileTable.class);
    String firstRejected;

    List<Entry> of(CaseFileTable table) {
      return rows.getOrDefault(table, List.of());
    }

    Stream<Entry> all() {
      return rows.values().stream().flatMap(List::stream);
    }
  }

  /** The state of one import. */
  private final class Run {
    final List<ImportFinding> findings = new ArrayList<>();
    final Map<CaseFileTable, FileCounts> counts = new EnumMap<>(CaseFileTable.class);
    final Map<CaseFileTable, List<RejectedRow>> rejected = new EnumMap<>(CaseFileTable.class);
    final Map<CaseFileTable, List<RejectedRow>> lateRejected = new EnumMap<>(CaseFileTable.class);
    final Map<CaseFileTable, String> fileNames = new EnumMap<>(CaseFileTable.class);
    final Map<ChildId, Parts> children = new LinkedHashMap<>();

    Run() {
      for (CaseFileTable table : CaseFileTable.values()) {
        rejected.put(table, new ArrayList<>());
        lateRejected.put(table, new ArrayList<>());
      }
    }

    Parts parts(ChildId child) {
      return children.computeIfAbsent(child, c -> new Parts());
    }

    void read(CaseFileTable table, Source source) {
      fileNames.put(table, source.fileName);
      Section<?> section = CaseFileSections.of(table);
      int[] childCell = {-1};
      FileCounts read =
          TableReader.of(table.schema())
              .withMaxCellLength(TableReader.MAX_CELL_LENGTH_LIMIT)
              .stream(
                  source.fileName,
                  source.opener.get(),
                  row -> {
                    ChildId child = CaseFileSections.childId(row);
                    Object value = section.parse.apply(row);
                    return new Entry(table, child, row.lineNumber(), value, row.cells());
                  },
                  new ImportListener<Entry>() {
                    @Override
                    public void onValue(Entry entry) {
                      parts(entry.child)
                          .rows
                          .computeIfAbsent(table, t -> new ArrayList<>())
                          .add(entry);
                    }

                    @Override
                    public void onFinding(ImportFinding finding) {
                      findings.add(finding);
                    }

                    @Override
                    public void onRejected(RejectedRow row) {
                      rejected.get(table).add(row);
                      if (childCell[0] >= 0 && childCell[0] < row.cells().size()) {
                        String text = CellText.decode(row.cells().get(childCell[0]).strip());
                        if (!text.isBlank()
                            && text.length() <= ChildId.MAX_LENGTH
                            && text.strip().equals(text)) {
                          Parts parts = parts(ChildId.of(text));
                          if (parts.firstRejected == null) {
                            parts.firstRejected = source.fileName + ":" + row.lineNumber();
                          }
                        }
                      }
                    }

                    @Override
                    public void onHeader(List<String> columns) {
                      for (int i = 0; i < columns.size(); i++) {
                        String name = columns.get(i).replace("\uFEFF", "").strip();
                        if (name.equalsIgnoreCase("child_id")) {
                          childCell[0] = i;
                          break;
                        }
                      }
                    }
                  });
      counts.put(table, read);
    }

    List<CaseFile> assemble(List<CaseFile> ssda903) {
      Map<ChildId, CaseFile> base = new LinkedHashMap<>();
      for (CaseFile caseFile : ssda903) {
        checkArgument(
            base.put(caseFile.childId(), caseFile) == null,
            "ssda903 must hold each child once but %s appears twice",
            caseFile.childId());
      }
      List<CaseFile> out = new ArrayList<>();
      for (CaseFile caseFile : ssda903) {
        Parts parts = children.remove(caseFile.childId());
        if (parts == null) {
          out.add(caseFile);
        } else {
          assemble(caseFile.childId(), parts, Optional.of(caseFile)).ifPresent(out::add);
        }
      }
      for (Map.Entry<ChildId, Parts> child : children.entrySet()) {
        assemble(child.getKey(), child.getValue(), Optional.empty()).ifPresent(out::add);
      }
      return out;
    }

    private Optional<CaseFile> assemble(ChildId id, Parts parts, Optional<CaseFile> base) {
      List<Entry> childRows = parts.of(CaseFileTable.CHILDREN);
      if (childRows.isEmpty() && base.isEmpty()) {
        String reason =
            "has no row in "
                + CaseFileTable.CHILDREN.fileName()
                + " and no SSDA903 record, so the row cannot be imported";
        parts.all().forEach(e -> reject(e, Optional.of(rowError(e, "child_id", id.id(), reason))));
        return Optional.empty();
      }
      List<ImportFinding> errors = new ArrayList<>();
      List<Entry> offending = new ArrayList<>();
      for (int k = 1; k < childRows.size(); k++) {
        addError(
            errors,
            offending,
            childRows.get(k),
            "child_id",
            id.id(),
            "has a second row in "
                + fileNames.get(CaseFileTable.CHILDREN)
                + " (the first is on line "
                + childRows.get(0).line
                + ")");
      }
      for (Section<?> section : CaseFileSections.records()) {
        List<Entry> rows = parts.of(section.table);
        for (int k = 1; section.onePerChild && k < rows.size(); k++) {
          addError(
              errors,
              offending,
              rows.get(k),
              "child_id",
              id.id(),
              "has a second row in "
                  + fileNames.get(section.table)
                  + " (the first is on line "
                  + rows.get(0).line
                  + "); one is allowed per child");
        }
      }
      Optional<ChildRow> childRow =
          childRows.isEmpty() ? Optional.empty() : Optional.of((ChildRow) childRows.get(0).value);
      if (childRow.isPresent()
          && childRow.get().recordCount.isPresent()
          && parts.firstRejected == null) {
        long read = parts.all().filter(e -> e.table != CaseFileTable.CHILDREN).count();
        int expected = childRow.get().recordCount.get();
        if (read != expected) {
          addError(
              errors,
              offending,
              childRows.get(0),
              "record_count",
              String.valueOf(expected),
              "does not match the "
                  + read
                  + " rows accepted for the child in the other files: rows are missing, rejected or attributed to the wrong child");
        }
      }
      String firstProblem =
          parts.firstRejected != null
              ? parts.firstRejected
              : errors.isEmpty()
                  ? null
                  : errors.get(0).fileName() + ":" + errors.get(0).lineNumber();
      if (firstProblem == null) {
        try {
          return Optional.of(build(parts, childRow, base));
        } catch (IllegalArgumentException e) {
          Entry at = childRows.isEmpty() ? parts.all().findFirst().orElseThrow() : childRows.get(0);
          addError(
              errors,
              offending,
              at,
              "child_id",
              id.id(),
              "the child's record breaks a rule of the case file: " + e.getMessage());
          firstProblem = fileNames.get(at.table) + ":" + at.line;
        }
      }
      findings.addAll(errors);
      String see = firstProblem;
      parts
          .all()
          .forEach(
              e ->
                  reject(
                      e,
                      offending.contains(e)
                          ? Optional.empty()
                          : Optional.of(
                              ImportFinding.error(
                                  fileNames.get(e.table),
                                  e.line,
                                  "rejected with child "
                                      + id
                                      + ", whose record has an error at "
                                      + see))));
      return Optional.empty();
    }

    private CaseFile build(Parts parts, Optional<ChildRow> childRow, Optional<CaseFile> base) {
      CaseFile.Builder builder = CaseFile.builder();
      builder
          .authority(childRow.map(c -> c.authority).orElseGet(() -> base.orElseThrow().authority()))
          .child(childRow.map(c -> c.child).orElseGet(() -> base.orElseThrow().child()));
      for (Section<?> section : CaseFileSections.records()) {
        List<Entry> rows = parts.of(section.table);
        List<?> values =
            rows.isEmpty()
                ? base.map(b -> (List<?>) section.values.apply(b)).orElse(List.of())
                : rows.stream().map(e -> e.value).collect(Collectors.toList());
        if (!values.isEmpty()) {
          section.putAll(builder, values);
        }
      }
      return builder.build();
    }

    private ImportFinding rowError(Entry entry, String column, String value, String reason) {
      return ImportFinding.builder()
          .fileName(fileNames.get(entry.table))
          .lineNumber(entry.line)
          .column(column)
          .value(ImportFinding.displayValue(value))
          .reason(reason)
          .severity(ImportFinding.Severity.ERROR)
          .build();
    }

    private void addError(
        List<ImportFinding> errors,
        List<Entry> offending,
        Entry entry,
        String column,
        String value,
        String reason) {
      errors.add(rowError(entry, column, value, reason));
      offending.add(entry);
    }

    private void reject(Entry entry, Optional<ImportFinding> finding) {
      finding.ifPresent(findings::add);
      lateRejected
          .get(entry.table)
          .add(RejectedRow.of(fileNames.get(entry.table), entry.line, entry.cells));
    }
  }

  /** The import's mode. */
  @Override
  public String toString() {
    return "CaseFileImporter{" + mode + "}";
  }
}
