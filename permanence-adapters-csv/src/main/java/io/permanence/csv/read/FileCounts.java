package io.permanence.csv.read;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * How many rows of one file were read, imported and rejected; they always reconcile: {@code
 * rowsRead == rowsImported + rowsRejected}.
 *
 * <p>Rows read are the data records after the header; a record spanning several lines (a quoted
 * line break) is one row, and rows whose cells are all empty are skipped and not counted (a warning
 * says how many). A file rejected as a whole (required columns missing) reads no rows.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FileCounts {

  /** The name of the file, without its directory. */
  @Value.Parameter
  public abstract String fileName();

  /** The number of data rows read. */
  @Value.Parameter
  public abstract long rowsRead();

  /** The number of rows turned into values and kept. */
  @Value.Parameter
  public abstract long rowsImported();

  /** The number of rows rejected: with errors, or all rows of a STRICT import that failed. */
  @Value.Parameter
  public abstract long rowsRejected();

  /**
   * The counts of one file.
   *
   * @param fileName the file name, not blank
   * @param rowsImported rows kept, at least 0
   * @param rowsRejected rows rejected, at least 0
   * @return the counts, with rows read the sum of the two
   */
  public static FileCounts of(String fileName, long rowsImported, long rowsRejected) {
    return ImmutableFileCounts.of(
        fileName, rowsImported + rowsRejected, rowsImported, rowsRejected);
  }

  /**
   * These counts with nothing imported: every row read counts as rejected (a STRICT import with
   * errors).
   *
   * @return the counts with {@code rowsImported == 0}
   */
  public final FileCounts withNothingImported() {
    return ImmutableFileCounts.of(fileName(), rowsRead(), 0, rowsRead());
  }

  @Value.Check
  final void check() {
    checkArgument(!fileName().isBlank(), "fileName must not be blank but was '%s'", fileName());
    checkArgument(
        rowsImported() >= 0 && rowsRejected() >= 0,
        "rowsImported and rowsRejected must be >= 0 but were %s and %s",
        rowsImported(),
        rowsRejected());
    checkArgument(
        rowsRead() == rowsImported() + rowsRejected(),
        "rowsRead must equal rowsImported + rowsRejected but was %s != %s + %s",
        rowsRead(),
        rowsImported(),
        rowsRejected());
  }

  /** The counts as text: {@code episodes.csv: 5050 read, 5040 imported, 10 rejected}. */
  @Override
  public final String toString() {
    return fileName()
        + ": "
        + rowsRead()
        + " read, "
        + rowsImported()
        + " imported, "
        + rowsRejected()
        + " rejected";
  }
}
