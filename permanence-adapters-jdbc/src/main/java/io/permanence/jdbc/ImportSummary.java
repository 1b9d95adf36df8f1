package io.permanence.jdbc;

/**
 * What a bulk import stored: the number of children (case files) and of rows copied into all
 * tables. Instances are immutable and thread-safe.
 */
public final class ImportSummary {

  private final long children;
  private final long rows;

  private ImportSummary(long children, long rows) {
    this.children = children;
    this.rows = rows;
  }

  /**
   * A summary.
   *
   * @param children the number of case files imported
   * @param rows the number of rows copied
   * @return the summary
   */
  public static ImportSummary of(long children, long rows) {
    return new ImportSummary(children, rows);
  }

  /** The number of case files imported. */
  public long children() {
    return children;
  }

  /** The number of rows copied into all tables. */
  public long rows() {
    return rows;
  }

  /** Equal if both counts are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImportSummary
        && ((ImportSummary) other).children == children
        && ((ImportSummary) other).rows == rows;
  }

  /** A hash of both counts. */
  @Override
  public int hashCode() {
    return Long.hashCode(children) * 31 + Long.hashCode(rows);
  }

  /** For example {@code ImportSummary{children=2000, rows=21345}}. */
  @Override
  public String toString() {
    return "ImportSummary{children=" + children + ", rows=" + rows + "}";
  }
}
