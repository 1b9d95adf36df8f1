package io.permanence.csv.read;

/**
 * One record as FastCSV delivered it, before the header is applied: the cells kept, how many cells
 * the record really had, and what the handler noticed on the way (oversized cells, replaced bytes,
 * quoted line breaks).
 */
final class RawRecord {

  final long lineNumber;
  final String[] cells;
  final int cellCount;

  /** Indexes of the cells longer than the limit, or an empty array. */
  final int[] oversizedCells;

  /** The original lengths of the oversized cells, in the same order. */
  final long[] oversizedLengths;

  /** Indexes of the cells holding U+FFFD (bytes that were not valid UTF-8), or an empty array. */
  final int[] replacedCells;

  /** Whether a quoted cell contains a line break. */
  final boolean quotedLineBreak;

  RawRecord(
      long lineNumber,
      String[] cells,
      int cellCount,
      int[] oversizedCells,
      long[] oversizedLengths,
      int[] replacedCells,
      boolean quotedLineBreak) {
    this.lineNumber = lineNumber;
    this.cells = cells;
    this.cellCount = cellCount;
    this.oversizedCells = oversizedCells;
    this.oversizedLengths = oversizedLengths;
    this.replacedCells = replacedCells;
    this.quotedLineBreak = quotedLineBreak;
  }

  boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
