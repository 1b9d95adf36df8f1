package io.permanence.jdbc;

import io.permanence.core.casefile.CaseFile;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whole case files: first the child rows a condition selects, then every other table for
 * those children with one query each ({@code child_id = ANY(?)}), so a cohort of any size costs one
 * query per table.
 */
final class CaseFileReader {

  private static final String CHILD_SELECT =
      "SELECT " + Table.CHILD.selectList() + " FROM " + Table.CHILD.qualified() + " ";

  private CaseFileReader() {}

  /** Binds the parameters of a condition. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Starts a read-only transaction that sees one snapshot for all its statements; the connection's
   * auto-commit must be off.
   */
  static void beginSnapshot(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
  }

  /**
   * The case files whose child rows match {@code condition} (SQL after {@code FROM child}, e.g.
   * {@code "WHERE authority_id = ? ORDER BY child_id"}), in the order it gives.
   */
  static List<CaseFile> read(Connection connection, String condition, Binder binder)
      throws SQLException {
    Map<String, CaseFile.Builder> builders = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(CHILD_SELECT + condition)) {
      binder.bind(select);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          builders.put(rs.getString("child_id"), CaseFileCodec.readChild(rs));
        }
      }
    }
    if (builders.isEmpty()) {
      return List.of();
    }
    Array ids = connection.createArrayOf("text", builders.keySet().toArray());
    for (Table table : Table.values()) {
      if (table == Table.CHILD) {
        continue;
      }
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT "
                  + table.selectList()
                  + " FROM "
                  + table.qualified()
                  + " WHERE child_id = ANY(?) ORDER BY "
                  + table.order())) {
        select.setArray(1, ids);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            CaseFileCodec.read(table, rs, builders.get(rs.getString("child_id")));
          }
        }
      }
    }
    ids.free();
    List<CaseFile> files = new ArrayList<>(builders.size());
    for (CaseFile.Builder builder : builders.values()) {
      files.add(builder.build());
    }
    return files;
  }
}
