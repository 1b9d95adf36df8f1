package io.permanence.csv.ssda903;

import java.util.Arrays;

/**
 * The accepted rows of one table in compact form: fixed-width records of {@code int}s (the child's
 * index, the line, then the table's fields: dates as epoch days, codes as ordinals or string-pool
 * indexes, {@link #NONE} for a blank), stored in chunks so that growing never copies.
 *
 * <p>This is what keeps a national-scale import within a small heap: no raw row and no object per
 * row is kept, only {@code 4 * (2 + fields)} bytes. After reading, {@link #indexByChild(int)} sorts
 * the records by child (a counting sort, stable, so each child's records stay in file order).
 */
final class RecordStore {

  /** A blank field. */
  static final int NONE = Integer.MIN_VALUE;

  private static final int RECORDS_PER_CHUNK = 4096;

  private final int width;
  private int[][] chunks = new int[0][];
  private int chunkCount;
  private int size;
  private int[] offsets = new int[1];
  private int[] order = new int[0];

  RecordStore(int fields) {
    this.width = fields + 2;
  }

  /** Adds a record; returns its index. */
  int add(int child, int line, int[] fields) {
    int chunk = size / RECORDS_PER_CHUNK;
    if (chunk == chunkCount) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, chunkCount * 2));
      }
      chunks[chunkCount++] = new int[RECORDS_PER_CHUNK * width];
    }
    int base = (size % RECORDS_PER_CHUNK) * width;
    int[] data = chunks[chunk];
    data[base] = child;
    data[base + 1] = line;
    System.arraycopy(fields, 0, data, base + 2, width - 2);
    return size++;
  }

  int size() {
    return size;
  }

  int child(int record) {
    return at(record, 0);
  }

  int line(int record) {
    return at(record, 1);
  }

  /** A field of a record, 0-based among the table's fields. */
  int field(int record, int field) {
    return at(record, field + 2);
  }

  private int at(int record, int offset) {
    return chunks[record / RECORDS_PER_CHUNK][(record % RECORDS_PER_CHUNK) * width + offset];
  }

  /** Groups the records by child; call once all records are added. */
  void indexByChild(int children) {
    offsets = new int[children + 1];
    for (int r = 0; r < size; r++) {
      offsets[child(r) + 1]++;
    }
    for (int c = 0; c < children; c++) {
      offsets[c + 1] += offsets[c];
    }
    int[] next = Arrays.copyOf(offsets, children);
    order = new int[size];
    for (int r = 0; r < size; r++) {
      order[next[child(r)]++] = r;
    }
  }

  /** The number of records of a child. */
  int count(int child) {
    return child + 1 < offsets.length ? offsets[child + 1] - offsets[child] : 0;
  }

  /** The k-th record of a child, in file order. */
  int recordOf(int child, int k) {
    return order[offsets[child] + k];
  }
}
