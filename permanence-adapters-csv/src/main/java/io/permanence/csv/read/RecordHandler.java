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

  private final int maxCellLength;
  private final int maxCells;

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
    cells[kept++] = keep == 0 ? "" : new String(buf, offset, keep);
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
