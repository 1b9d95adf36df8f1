package io.permanence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The empty-store fast path of a large import: inside the import's transaction, the indexes and key
 * constraints of tables that are empty are dropped before the COPY and built again after it
 * (building an index over loaded rows sorts them once, much cheaper than keeping it up row by row).
 *
 * <p>Two groups of tables are considered separately: the case-file tables (all of {@link Table},
 * only if every one is empty) and the audit log (if it is empty). A group is deferred only if the
 * current user owns its tables, no foreign key from outside the group refers to them, and its
 * tables can be locked at once ({@code ACCESS EXCLUSIVE ... NOWAIT}; otherwise the import takes the
 * ordinary path). The exclusive locks are held until the import commits or rolls back: readers of
 * those tables wait for it, as they would see nothing before the commit anyway (if a group is found
 * not empty once locked, because another transaction filled it in between, nothing is dropped but
 * the locks are kept too). The statements that rebuild the indexes and constraints are read from
 * the catalog ({@code pg_get_indexdef}, {@code pg_get_constraintdef}) before they are dropped, so
 * the rebuilt schema is the same; the foreign keys are added last, each validated by one query over
 * the loaded rows. Everything is transactional: if the import fails or its connection dies,
 * PostgreSQL restores the indexes with the rest.
 */
final class DeferredIndexes {

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private static final String AUDIT_LOG = PermanenceSchema.SCHEMA + ".audit_log";

  private static final DeferredIndexes NONE = new DeferredIndexes(false, List.of());

  private final boolean caseFileTables;
  private final List<String> rebuild;

  private DeferredIndexes(boolean caseFileTables, List<String> rebuild) {
    this.caseFileTables = caseFileTables;
    this.rebuild = rebuild;
  }

  /** Nothing deferred: the ordinary path. */
  static DeferredIndexes none() {
    return NONE;
  }

  /** Defers the indexes of each group of tables that is empty (see the class comment). */
  static DeferredIndexes deferIfEmpty(Connection connection) throws SQLException {
    List<String> caseFiles = new ArrayList<>();
    for (Table table : Table.values()) {
      caseFiles.add(table.qualified());
    }
    List<String> rebuild = new ArrayList<>();
    boolean caseFileTables = defer(connection, caseFiles, rebuild);
    defer(connection, List.of(AUDIT_LOG), rebuild);
    return new DeferredIndexes(caseFileTables, List.copyOf(rebuild));
  }

  /**
   * Whether the case-file tables were empty (and so every child of the import is new) and their
   * indexes are deferred.
   */
  boolean caseFileTables() {
    return caseFileTables;
  }

  /** Builds the deferred indexes and constraints again. */
  void rebuild(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : rebuild) {
        long t = System.nanoTime();
        statement.execute(sql);
      }
    }
  }

  private static boolean defer(Connection connection, List<String> tables, List<String> rebuild)
      throws SQLException {
    if (!isEmpty(connection, tables) || !isOwnedAndSelfContained(connection, tables)) {
      return false;
    }
    Savepoint beforeLock = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE NOWAIT");
    } catch (SQLException e) {
      if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        throw e;
      }
      connection.rollback(beforeLock);
      return false;
    }
    connection.releaseSavepoint(beforeLock);
    if (!isEmpty(connection, tables)) {
      return false;
    }
    List<String> drop = new ArrayList<>();
    List<String> addForeignKeys = new ArrayList<>();
    // Foreign keys first (they depend on the keys they refer to), then keys, then other indexes.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.contype = 'f', format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass,"
                + " c.conname), format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass,"
                + " c.conname, pg_get_constraintdef(c.oid)) FROM pg_constraint c"
                + " WHERE c.conrelid = ANY(?::text[]::regclass[]) AND c.contype IN ('p', 'u', 'f')"
                + " ORDER BY c.contype <> 'f', c.conrelid::regclass::text, c.conname")) {
      select.setArray(1, connection.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          drop.add(rs.getString(2));
          (rs.getBoolean(1) ? addForeignKeys : rebuild).add(rs.getString(3));
        }
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)"
                + " FROM pg_index i WHERE i.indrelid = ANY(?::text[]::regclass[]) AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
                + " AND c.contype IN ('p', 'u', 'x')) ORDER BY i.indexrelid::regclass::text")) {
      select.setArray(1, connection.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          drop.add(rs.getString(1));
          rebuild.add(rs.getString(2));
        }
      }
    }
    rebuild.addAll(addForeignKeys);
    try (Statement statement = connection.createStatement()) {
      for (String sql : drop) {
        statement.execute(sql);
      }
    }
    return true;
  }

  private static boolean isEmpty(Connection connection, List<String> tables) throws SQLException {
    String[] exists =
        tables.stream().map(t -> "EXISTS (SELECT 1 FROM " + t + ")").toArray(String[]::new);
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT " + String.join(" OR ", exists))) {
      rs.next();
      return !rs.getBoolean(1);
    }
  }

  /**
   * Whether the current user owns the tables (may drop and create their indexes) and no foreign key
   * from another table refers to them (their keys can be dropped).
   */
  private static boolean isOwnedAndSelfContained(Connection connection, List<String> tables)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) AND NOT EXISTS (SELECT 1 FROM"
                + " pg_constraint f WHERE f.contype = 'f' AND f.confrelid = ANY(?::text[]::regclass[])"
                + " AND NOT f.conrelid = ANY(?::text[]::regclass[])) FROM pg_class c"
                + " WHERE c.oid = ANY(?::text[]::regclass[])")) {
      for (int i = 1; i <= 3; i++) {
        select.setArray(i, connection.createArrayOf("text", tables.toArray()));
      }
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  @Override
  public String toString() {
    return "DeferredIndexes{caseFileTables=" + caseFileTables + ", rebuild=" + rebuild.size() + "}";
  }
}
