package io.permanence.csv.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * The FastCSV callback that fills its one {@link RawRecord} without ever throwing: a cell longer
 * than the limit keeps only its beginning (and its length is remembered), cells beyond {@code
 * maxCells} are counted but not kept, so that memory stays bounded whatever the input.
 *
 * <p>Cells are kept as characters, appended to a block of {@value #BLOCK} characters shared by the
 * records that fit in it, and their bounds likewise to a block of ints (a new block is started when
 * one is full, and the record being read moves to it): a record costs one small object rather than
 * a string per cell, and stays valid after the next is read. Strings are made only when asked for
 * ({@link #text}).
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<RawRecord> {

  /** The characters of a block of cells. */
  private static final int BLOCK = 16 * 1024;

  /** The longest cell whose string may be shared. */
  private static final int SHORT_CELL = 3;

  /** The slots of the cache of short cells (a power of two). */
  private static final int SHORT_CACHE = 1024;

  private final int maxCellLength;
  private final int maxCells;
  private final String[] shortStrings = new String[SHORT_CACHE];
  private char[] block = new char[BLOCK];
  private int used;
  private int recordStart;
  private int[] bounds = new int[BLOCK];
  private int boundsUsed;
  private RawRecord record;
  private long currentLine = 1;

  RecordHandler(int maxCellLength, int maxCells) {
    this.maxCellLength = maxCellLength;
    this.maxCells = maxCells;
  }

  /** The line on which the record being read (or last read) starts. */
  long currentLine() {
    return currentLine;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    currentLine = startingLineNumber;
    if (block.length > BLOCK && used > BLOCK) {
      // After a record of long cells, back to blocks of the usual size.
      block = new char[BLOCK];
      used = 0;
    }
    recordStart = used;
    record = new RawRecord(this, startingLineNumber, block, bounds, boundsUsed);
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    int cellIndex = record.cellCount++;
    if (record.size == maxCells) {
      return;
    }
    int end = offset + len;
    for (int i = offset; i < end; i++) {
      char c = buf[i];
      if (c == '\uFFFD') {
        int[] replaced = record.replacedCells;
        if (replaced.length == 0 || replaced[replaced.length - 1] != cellIndex) {
          record.replacedCells = append(replaced, cellIndex);
        }
      } else if (quoted && (c == '\n' || c == '\r')) {
        record.quotedLineBreak = true;
      }
    }
    int keep = len;
    if (len > maxCellLength) {
      keep = Math.min(len, ImportFinding.MAX_DISPLAY_CHARS);
      record.oversizedCells = append(record.oversizedCells, cellIndex);
      long[] lengths = Arrays.copyOf(record.oversizedLengths, record.oversizedLengths.length + 1);
      lengths[lengths.length - 1] = len;
      record.oversizedLengths = lengths;
    }
    if (used + keep > block.length) {
      // A new block for this record and the next: the record's cells so far move to it.
      int kept = used - recordStart;
      char[] next = new char[Math.max(BLOCK, 2 * (kept + keep))];
      System.arraycopy(block, recordStart, next, 0, kept);
      record.moveTo(next, -recordStart);
      block = next;
      recordStart = 0;
      used = kept;
    }
    if (boundsUsed + 2 > bounds.length) {
      // A new block of bounds for this record and the next.
      int[] next = new int[Math.max(BLOCK, 4 * (record.size + 1))];
      record.moveBounds(next);
      bounds = next;
      boundsUsed = 2 * record.size;
    }
    System.arraycopy(buf, offset, block, used, keep);
    record.add(used, keep);
    used += keep;
    boundsUsed += 2;
  }

  /**
   * The text of {@code len} characters at {@code offset}. A text of at most {@value #SHORT_CELL}
   * characters is taken from a small cache when the same text was seen recently: codes ({@code S},
   * {@code C2}, {@code PR1}) make up most of the cells of a return, so sharing their strings saves
   * an allocation per cell, and the lookups that follow (code lists, string pools) reuse the hash
   * each string keeps. (A slot holds one immutable string, compared by its characters, so a stale
   * read on another thread can only miss.)
   */
  String text(char[] buf, int offset, int len) {
    if (len == 0) {
      return "";
    }
    if (len > SHORT_CELL) {
      return new String(buf, offset, len);
    }
    int hash = len;
    for (int i = offset; i < offset + len; i++) {
      hash = 31 * hash + buf[i];
    }
    int slot = (hash ^ (hash >>> 10)) & (SHORT_CACHE - 1);
    String cached = shortStrings[slot];
    if (cached != null && sameText(cached, buf, offset, len)) {
      return cached;
    }
    String cell = new String(buf, offset, len);
    shortStrings[slot] = cell;
    return cell;
  }

  private static boolean sameText(String text, char[] buf, int offset, int len) {
    if (text.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (text.charAt(i) != buf[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected RecordWrapper<RawRecord> buildRecord() {
    return wrapRecord(record);
  }

  private static int[] append(int[] array, int value) {
    int[] longer = Arrays.copyOf(array, array.length + 1);
    longer[array.length] = value;
    return longer;
  }
}
