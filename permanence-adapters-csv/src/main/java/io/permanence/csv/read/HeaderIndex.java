package io.permanence.csv.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each declared column of a {@link TableSchema} is in one file, built from the file's header.
 */
final class HeaderIndex {

  private final TableSchema schema;
  private final Map<String, Integer> ordinalByName = new HashMap<>();
  private final int[] cellIndexByOrdinal;
  private final String[] declaredNames;
  private final boolean[] sensitiveByOrdinal;
  private final String[] headerCells;
  private final String[] lastTexts;
  private int nextToScan;

  /**
   * The index of a header.
   *
   * @param schema the table
   * @param headerCells the header's cells as read
   * @param cellIndexByOrdinal for each declared column (required then optional), the index of its
   *     cell in the file, or -1 if absent
   */
  HeaderIndex(TableSchema schema, String[] headerCells, int[] cellIndexByOrdinal) {
    this.schema = schema;
    this.headerCells = headerCells;
    this.cellIndexByOrdinal = cellIndexByOrdinal;
    List<String> declared = schema.declaredColumns();
    this.declaredNames = declared.toArray(new String[0]);
    this.sensitiveByOrdinal = new boolean[declaredNames.length];
    this.lastTexts = new String[declaredNames.length];
    for (int i = 0; i < declaredNames.length; i++) {
      ordinalByName.put(declaredNames[i], i);
      ordinalByName.putIfAbsent(TableSchema.normalize(declaredNames[i]), i);
      sensitiveByOrdinal[i] = schema.isSensitive(declaredNames[i]);
    }
  }

  int width() {
    return headerCells.length;
  }

  /**
   * The ordinal of a declared column; throws for a column the table does not declare. Mappings pass
   * the declared names as constants, so the same instance is looked for first (a scan of a few
   * references, cheaper than hashing the name once per cell); other spellings go through the map.
   * Like the rest of the index, it is used by one row at a time on one thread.
   */
  int ordinal(String column) {
    // Mappings mostly read columns in the order declared, so the scan starts after the column
    // found last (the names are distinct, so where it starts does not change what it finds).
    int n = declaredNames.length;
    int i = nextToScan;
    for (int k = 0; k < n; k++) {
      if (declaredNames[i] == column) {
        nextToScan = i + 1 == n ? 0 : i + 1;
        return i;
      }
      i = i + 1 == n ? 0 : i + 1;
    }
    Integer ordinal = ordinalByName.get(column);
    if (ordinal == null) {
      ordinal = ordinalByName.get(TableSchema.normalize(column));
      if (ordinal == null) {
        throw new UndeclaredColumnException(column, schema);
      }
    }
    return ordinal;
  }

  /** The text a row last made for a declared column (rows are read one at a time), or null. */
  String lastText(int ordinal) {
    return lastTexts[ordinal];
  }

  void setLastText(int ordinal, String text) {
    lastTexts[ordinal] = text;
  }

  int cellIndex(int ordinal) {
    return cellIndexByOrdinal[ordinal];
  }

  String declaredName(int ordinal) {
    return declaredNames[ordinal];
  }

  boolean isSensitive(int ordinal) {
    return sensitiveByOrdinal[ordinal];
  }

  /** The name to report for a cell: the declared name, the header's text, or "column N". */
  String columnNameOfCell(int cellIndex) {
    for (int ordinal = 0; ordinal < cellIndexByOrdinal.length; ordinal++) {
      if (cellIndexByOrdinal[ordinal] == cellIndex) {
        return declaredNames[ordinal];
      }
    }
    if (cellIndex < headerCells.length && !headerCells[cellIndex].isBlank()) {
      return ImportFinding.displayValue(headerCells[cellIndex].strip());
    }
    return "column " + (cellIndex + 1);
  }

  boolean isSensitiveCell(int cellIndex) {
    for (int ordinal = 0; ordinal < cellIndexByOrdinal.length; ordinal++) {
      if (cellIndexByOrdinal[ordinal] == cellIndex) {
        return sensitiveByOrdinal[ordinal];
      }
    }
    return false;
  }

  /** A column the table does not declare was asked for: a mistake in the mapping code. */
  static final class UndeclaredColumnException extends IllegalArgumentException {
    UndeclaredColumnException(String column, TableSchema schema) {
      super(
          "column must be declared in table "
              + schema.name()
              + " "
              + schema.declaredColumns()
              + " but was '"
              + column
              + "'");
    }
  }
}
