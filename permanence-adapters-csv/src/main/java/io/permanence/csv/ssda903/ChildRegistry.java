package io.permanence.csv.ssda903;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The children of one import, each given a dense index in the order first seen (the Header table is
 * read first, so children come out in its order), with the first row of each child that was
 * rejected while reading (which rejects the child as a whole).
 */
final class ChildRegistry {

  // An open-addressing table of the ids (linear probing, at most half full), with each id's hash
  // and index: a child is looked up for every row and registered for every Header row, and a hash
  // map would make a node and a boxed index per child. A probe compares hashes before it touches
  // another id's characters.
  private String[] slots = new String[1 << 17];
  private int[] slotHash = new int[1 << 17];
  private int[] slotIndex = new int[1 << 17];
  private final List<String> ids = new ArrayList<>();
  private int[] problemTable = new int[1024];
  private int[] problemLine = new int[1024];
  private String lastId;
  private int lastIndex = -1;

  /**
   * The index of a child id, registering it if new. A child's rows are usually next to each other,
   * and the other tables usually list the children in the order of the Header table, so the last
   * child looked up and the one registered after it are checked before the table.
   */
  int index(String id) {
    if (id == lastId || id.equals(lastId)) {
      return lastIndex;
    }
    int next = lastIndex + 1;
    if (next < ids.size() && ids.get(next).equals(id)) {
      lastId = id;
      lastIndex = next;
      return next;
    }
    int hash = spread(id.hashCode());
    int mask = slots.length - 1;
    int slot = hash & mask;
    String key;
    while ((key = slots[slot]) != null) {
      if (slotHash[slot] == hash && key.equals(id)) {
        lastId = id;
        lastIndex = slotIndex[slot];
        return lastIndex;
      }
      slot = (slot + 1) & mask;
    }
    int index = register(id, hash, slot);
    lastId = id;
    lastIndex = index;
    return index;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private int register(String id, int hash, int slot) {
    int next = ids.size();
    slots[slot] = id;
    slotHash[slot] = hash;
    slotIndex[slot] = next;
    ids.add(id);
    if (2 * ids.size() > slots.length) {
      grow();
    }
    if (next == problemLine.length) {
      problemTable = Arrays.copyOf(problemTable, next * 2);
      problemLine = Arrays.copyOf(problemLine, next * 2);
    }
    return next;
  }

  private void grow() {
    String[] bigger = new String[slots.length * 2];
    int[] biggerHash = new int[bigger.length];
    int[] biggerIndex = new int[bigger.length];
    int mask = bigger.length - 1;
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != null) {
        int slot = slotHash[i] & mask;
        while (bigger[slot] != null) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = slots[i];
        biggerHash[slot] = slotHash[i];
        biggerIndex[slot] = slotIndex[i];
      }
    }
    slots = bigger;
    slotHash = biggerHash;
    slotIndex = biggerIndex;
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
