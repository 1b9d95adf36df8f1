package io.permanence.csv.read;

import java.util.List;

/**
 * Receives what a streaming read produces, row by row, so that a large file is imported in constant
 * memory (see {@link TableReader#stream}).
 *
 * <p>Calls arrive on the reading thread, in file order: the findings of a row, then either its
 * value or its rejection.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface ImportListener<T> {

  /**
   * A row without errors, mapped to a value.
   *
   * @param value the value
   */
  void onValue(T value);

  /**
   * A finding, error or warning; does nothing unless overridden.
   *
   * @param finding the finding
   */
  default void onFinding(ImportFinding finding) {}

  /**
   * A row rejected because it has errors; does nothing unless overridden.
   *
   * @param row the row, with its original cells
   */
  default void onRejected(RejectedRow row) {}

  /**
   * The file's header, once it has been accepted (before the first row); does nothing unless
   * overridden. An importer that must attribute a rejected row to a record (for example a child)
   * can find the column it needs here, since a rejected row's cells are in the order of the file.
   *
   * @param columns the header's cells as read, in the order of the file
   */
  default void onHeader(List<String> columns) {}
}
