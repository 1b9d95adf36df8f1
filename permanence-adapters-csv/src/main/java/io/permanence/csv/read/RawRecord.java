package io.permanence.csv.read;

/**
 * One record as FastCSV delivered it, before the header is applied: the characters of the cells
 * kept, how many cells the record really had, and what the handler noticed on the way (oversized
 * cells, replaced bytes, quoted line breaks).
 *
 * <p>The characters of the cells are kept in a block the handler shares between the records it
 * reads (see {@link RecordHandler}), each cell at {@code chars[start(i), start(i) + length(i))}. A
 * cell's text becomes a {@code String} only when asked for: most cells of a return are dates and
 * codes, read straight from the characters.
 */
final class RawRecord {

  private static final int[] NONE = new int[0];
  private static final long[] NO_LENGTHS = new long[0];

  private final RecordHandler handler;

  final long lineNumber;

  /** The cells kept. */
  int size;

  /** How many cells the record had (cells beyond the kept ones are only counted). */
  int cellCount;

  /** The block holding the characters of the kept cells. */
  char[] chars;

  /**
   * The start and length of each kept cell in {@link #chars}, in pairs from {@link #base}: a block
   * the handler shares between records too.
   */
  int[] bounds;

  int base;

  /** Indexes of the cells longer than the limit, or an empty array. */
  int[] oversizedCells = NONE;

  /** The original lengths of the oversized cells, in the same order. */
  long[] oversizedLengths = NO_LENGTHS;

  /** Indexes of the cells holding U+FFFD (bytes that were not valid UTF-8), or an empty array. */
  int[] replacedCells = NONE;

  /** Whether a quoted cell contains a line break. */
  boolean quotedLineBreak;

  RawRecord(RecordHandler handler, long lineNumber, char[] chars, int[] bounds, int base) {
    this.handler = handler;
    this.lineNumber = lineNumber;
    this.chars = chars;
    this.bounds = bounds;
    this.base = base;
  }

  /** Where a kept cell starts in {@link #chars}. */
  int start(int index) {
    return bounds[base + 2 * index];
  }

  /** How many characters of a cell are kept. */
  int length(int index) {
    return bounds[base + 2 * index + 1];
  }

  /** The text of a kept cell as read, whitespace kept. */
  String cell(int index) {
    return handler.text(chars, start(index), length(index));
  }

  /** The text of the characters {@code [from, to)} of the block (a stripped cell). */
  String text(int from, int to) {
    return handler.text(chars, from, to - from);
  }

  /** The texts of the kept cells, as read: a new array. */
  String[] cells() {
    String[] cells = new String[size];
    for (int i = 0; i < size; i++) {
      cells[i] = cell(i);
    }
    return cells;
  }

  /** Whether a kept cell is empty or white space only. */
  boolean isBlankCell(int index) {
    int start = start(index);
    int end = start + length(index);
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  boolean isBlank() {
    for (int i = 0; i < size; i++) {
      if (!isBlankCell(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records that the next cell is at {@code [start, start + length)} of the block of characters;
   * its bounds go to the block of bounds, which has room for them.
   */
  void add(int start, int length) {
    bounds[base + 2 * size] = start;
    bounds[base + 2 * size + 1] = length;
    size++;
  }

  /** Moves the bounds to another block, from its beginning. */
  void moveBounds(int[] block) {
    System.arraycopy(bounds, base, block, 0, 2 * size);
    bounds = block;
    base = 0;
  }

  /** Moves the cells to another block, where they start {@code shift} characters later. */
  void moveTo(char[] block, int shift) {
    chars = block;
    for (int i = 0; i < size; i++) {
      bounds[base + 2 * i] += shift;
    }
  }
}
