package io.permanence.csv.read;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/**
 * A row that was not imported, with its original cells, so that the data owner can see and correct
 * it (the {@link RejectsReport} writes it next to its findings).
 *
 * <p>The cells are as read (a cell longer than the reader's limit keeps only its beginning). They
 * may hold personal data, so {@link #toString()} shows only where the row is.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RejectedRow {

  /** The name of the file, without its directory. */
  @Value.Parameter
  public abstract String fileName();

  /** The physical line the record starts on, 1-based. */
  @Value.Parameter
  public abstract long lineNumber();

  /** The cells in the order of the file. */
  @Value.Parameter
  public abstract List<String> cells();

  /**
   * A rejected row.
   *
   * @param fileName the file name, not blank
   * @param lineNumber the line the record starts on, at least 2 (after the header)
   * @param cells the cells as read
   * @return the rejected row
   */
  public static RejectedRow of(String fileName, long lineNumber, List<String> cells) {
    return ImmutableRejectedRow.of(fileName, lineNumber, cells);
  }

  @Value.Check
  final void check() {
    checkArgument(!fileName().isBlank(), "fileName must not be blank but was '%s'", fileName());
    checkArgument(lineNumber() >= 1, "lineNumber must be >= 1 but was %s", lineNumber());
  }

  /** Where the row is, without its cells: {@code RejectedRow{episodes.csv:42, 13 cells}}. */
  @Override
  public final String toString() {
    return "RejectedRow{" + fileName() + ":" + lineNumber() + ", " + cells().size() + " cells}";
  }
}
