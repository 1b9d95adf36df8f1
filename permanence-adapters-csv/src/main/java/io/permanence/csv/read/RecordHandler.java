package io.permanence.csv.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * The FastCSV callback that builds {@link RawRecord}s without ever throwing: a cell longer than the
 * limit keeps only its beginning (and its length is remembered), cells beyond {@code maxCells} are
 * counted but not kept, so that memory stays bounded whatever the input.
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<RawRecord> {

  private static final int[] NONE = new int[0];
  private static final long[] NO_LENGTHS = new long[0];

  /** The longest cell whose string may be shared. */
  private static final int SHORT_CELL = 3;

  /** The slots of the cache of short cells (a power of two). */
  private static final int SHORT_CACHE = 1024;

  private final int maxCellLength;
  private final int maxCells;
  private final String[] shortStrings = new String[SHORT_CACHE];
  private final long[] shortKeys = new long[SHORT_CACHE];

  private String[] cells = new String[32];
  private int kept;
  private int count;
  private int[] oversized = NONE;
  private long[] oversizedLengths = NO_LENGTHS;
  private int[] replaced = NONE;
  private boolean quotedLineBreak;
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
    kept = 0;
    count = 0;
    oversized = NONE;
    oversizedLengths = NO_LENGTHS;
    replaced = NONE;
    quotedLineBreak = false;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    int cellIndex = count++;
    if (kept == maxCells) {
      return;
    }
    int end = offset + len;
    for (int i = offset; i < end; i++) {
      char c = buf[i];
      if (c == '\uFFFD') {
        if (replaced.length == 0 || replaced[replaced.length - 1] != cellIndex) {
          replaced = append(replaced, cellIndex);
        }
      } else if (quoted && (c == '\n' || c == '\r')) {
        quotedLineBreak = true;
      }
    }
    int keep = len;
    if (len > maxCellLength) {
      keep = Math.min(len, ImportFinding.MAX_DISPLAY_CHARS);
      oversized = append(oversized, cellIndex);
      oversizedLengths = Arrays.copyOf(oversizedLengths, oversizedLengths.length + 1);
      oversizedLengths[oversizedLengths.length - 1] = len;
    }
    if (kept == cells.length) {
      cells = Arrays.copyOf(cells, Math.min(cells.length * 2, maxCells));
    }
    cells[kept++] =
        keep <= SHORT_CELL ? shortCell(buf, offset, keep) : new String(buf, offset, keep);
  }

  /**
   * A cell of at most {@value #SHORT_CELL} characters, taken from a small cache when the same text
   * was seen recently. Codes ({@code S}, {@code C2}, {@code PR1}) make up most of the cells of a
   * return; sharing their strings saves an allocation per cell, and the lookups that follow (code
   * lists, string pools) reuse the hash each string keeps.
   */
  private String shortCell(char[] buf, int offset, int len) {
    if (len == 0) {
      return "";
    }
    long key = len;
    for (int i = offset; i < offset + len; i++) {
      key = (key << 16) | buf[i];
    }
    int slot = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & (SHORT_CACHE - 1);
    String cached = shortStrings[slot];
    if (cached != null && shortKeys[slot] == key && cached.length() == len) {
      return cached;
    }
    String cell = new String(buf, offset, len);
    shortStrings[slot] = cell;
    shortKeys[slot] = key;
    return cell;
  }

  @Override
  protected RecordWrapper<RawRecord> buildRecord() {
    return wrapRecord(
        new RawRecord(
            currentLine,
            Arrays.copyOf(cells, kept),
            count,
            oversized,
            oversizedLengths,
            replaced,
            quotedLineBreak));
  }

  private static int[] append(int[] array, int value) {
    int[] longer = Arrays.copyOf(array, array.length + 1);
    longer[array.length] = value;
    return longer;
  }
}
