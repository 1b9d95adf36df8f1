package io.permanence.csv.read;

import io.permanence.core.reference.CollectionYear;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an import produced: the values, every finding, the rejected rows and the counts per file, in
 * the style of Strata's {@code ValueWithFailures}: a bulk load returns its successes <em>and</em>
 * its failures, it never stops at the first bad row.
 *
 * <p>The {@linkplain #mode() mode} is applied when the result is built: under {@link
 * ImportMode#STRICT} a result with any error keeps no value and counts every row read as rejected,
 * while the findings and rejected rows are kept in full; under {@link ImportMode#LENIENT} the valid
 * values are kept. Either way {@code rowsRead == rowsImported + rowsRejected} for every file.
 *
 * <p>Facts about the import as a whole (for an SSDA903 return: the collection year used and how it
 * was determined) belong here as further optional attributes, so that adding them does not change
 * the existing factories.
 *
 * <p>Instances are immutable and thread-safe if the values are. {@link #toString()} shows counts
 * only, never values (they may hold personal data).
 *
 * @param <T> the type of the imported values
 */
@Value.Immutable
public abstract class ImportResult<T> {

  /** The mode the import ran in. */
  public abstract ImportMode mode();

  /** The imported values, in the order of the files and rows they came from. */
  public abstract List<T> values();

  /** Every finding, errors and warnings, in the order they were found. */
  public abstract List<ImportFinding> findings();

  /** The rows that were not imported because they had errors, with their original cells. */
  public abstract List<RejectedRow> rejectedRows();

  /** The counts of each file read, in the order read. */
  public abstract List<FileCounts> fileCounts();

  /**
   * The SSDA903 collection year the codes were checked against, for an import of a return; empty
   * for formats without collection years.
   */
  public abstract Optional<CollectionYear> collectionYear();

  /**
   * How the {@linkplain #collectionYear() collection year} was determined, in words: given by the
   * caller, or inferred from the data (and from which date); empty when there is no year.
   */
  public abstract Optional<String> collectionYearBasis();

  /**
   * A result, with the mode applied (see the class description).
   *
   * @param mode the import mode
   * @param values the values of the valid rows
   * @param findings all findings
   * @param rejectedRows the rows with errors
   * @param fileCounts the counts of each file, as read
   * @param <T> the type of the values
   * @return the result
   */
  public static <T> ImportResult<T> of(
      ImportMode mode,
      List<? extends T> values,
      List<ImportFinding> findings,
      List<RejectedRow> rejectedRows,
      List<FileCounts> fileCounts) {
    return ImportResult.<T>builder()
        .mode(mode)
        .addAllValues(values)
        .addAllFindings(findings)
        .addAllRejectedRows(rejectedRows)
        .addAllFileCounts(fileCounts)
        .build();
  }

  /**
   * A builder of results, for importers that combine several files.
   *
   * @param <T> the type of the values
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Whether any finding is an error. */
  public final boolean hasErrors() {
    return findings().stream().anyMatch(ImportFinding::isError);
  }

  /** The findings that are errors. */
  public final List<ImportFinding> errors() {
    return findings().stream().filter(ImportFinding::isError).collect(Collectors.toList());
  }

  /** The findings that are warnings. */
  public final List<ImportFinding> warnings() {
    return findings().stream().filter(f -> !f.isError()).collect(Collectors.toList());
  }

  /**
   * The counts of a file, if it was read.
   *
   * @param fileName the file name, without its directory
   * @return the counts, empty if no file of that name was read
   */
  public final Optional<FileCounts> findFileCounts(String fileName) {
    return fileCounts().stream().filter(c -> c.fileName().equals(fileName)).findFirst();
  }

  @Value.Check
  ImportResult<T> normalize() {
    boolean somethingImported =
        !values().isEmpty() || fileCounts().stream().anyMatch(c -> c.rowsImported() > 0);
    if (mode() == ImportMode.STRICT && somethingImported && hasErrors()) {
      return ImportResult.<T>builder()
          .mode(mode())
          .addAllFindings(findings())
          .addAllRejectedRows(rejectedRows())
          .addAllFileCounts(
              fileCounts().stream()
                  .map(FileCounts::withNothingImported)
                  .collect(Collectors.toList()))
          .collectionYear(collectionYear())
          .collectionYearBasis(collectionYearBasis())
          .build();
    }
    return this;
  }

  /** A summary without values: {@code ImportResult{LENIENT, 5040 values, 10 errors, ...}}. */
  @Override
  public final String toString() {
    long errors = findings().stream().filter(ImportFinding::isError).count();
    return "ImportResult{"
        + mode()
        + ", "
        + values().size()
        + " values, "
        + errors
        + " errors, "
        + (findings().size() - errors)
        + " warnings, "
        + rejectedRows().size()
        + " rejected rows, files="
        + fileCounts()
        + collectionYear().map(year -> ", collectionYear=" + year).orElse("")
        + "}";
  }

  /**
   * Builds results; the mode is required, the lists default to empty.
   *
   * @param <T> the type of the values
   */
  public static final class Builder<T> extends ImmutableImportResult.Builder<T> {}
}
