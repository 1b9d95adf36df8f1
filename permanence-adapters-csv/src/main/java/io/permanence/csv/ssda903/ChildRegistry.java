package io.permanence.csv.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The children of one import, each given a dense index in the order first seen (the Header table is
 * read first, so children come out in its order), with the first row of each child that was
 * rejected while reading (which rejects the child as a whole).
 */
final class ChildRegistry {

  private final Map<String, Integer> indexById = new HashMap<>(1 << 17);
  private final List<String> ids = new ArrayList<>();
  private int[] problemTable = new int[1024];
  private int[] problemLine = new int[1024];
  private String lastId = "";
  private int lastIndex;

  /**
   * The index of a child id, registering it if new. A child's rows are usually next to each other,
   * so the last child looked up is checked first.
   */
  int index(String id) {
    if (id == lastId || id.equals(lastId)) {
      return lastIndex;
    }
    Integer index = indexById.get(id);
    if (index == null) {
      index = register(id);
    }
    lastId = id;
    lastIndex = index;
    return index;
  }

  private int register(String id) {
    int next = ids.size();
    indexById.put(id, next);
    ids.add(id);
    if (next == problemLine.length) {
      problemTable = Arrays.copyOf(problemTable, next * 2);
      problemLine = Arrays.copyOf(problemLine, next * 2);
    }
    return next;
  }

  int size() {
    return ids.size();
  }

  String id(int index) {
    return ids.get(index);
  }

  /** Records that a row of the child was rejected while reading; the first is kept. */
  void markRejectedRow(String id, Ssda903Table table, long line) {
    int index = index(id);
    if (problemLine[index] == 0) {
      problemTable[index] = table.ordinal();
      problemLine[index] = (int) line;
    }
  }

  /** Whether a row of the child was rejected while reading. */
  boolean hasRejectedRow(int index) {
    return problemLine[index] != 0;
  }

  /** The table of the child's first rejected row. */
  Ssda903Table rejectedRowTable(int index) {
    return Ssda903Table.values()[problemTable[index]];
  }

  /** The line of the child's first rejected row, 0 if none. */
  int rejectedRowLine(int index) {
    return problemLine[index];
  }
}
