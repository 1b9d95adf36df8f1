package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Imports many case files at once with PostgreSQL {@code COPY}, for example the case files of a CSV
 * import result: each child's whole record is saved or replaced, exactly as {@link
 * JdbcCaseFileRepository#saveOrReplace} does for one.
 *
 * <p><b>How.</b> In one transaction the case files are encoded, in batches of {@value
 * #BATCH_CHILDREN} children, into COPY text and copied into temporary staging tables (dropped at
 * commit); then, set-based: the child rows are inserted or updated, the changes to decisions,
 * actions and plans are written to the audit log (before and after as JSON of the stored rows, by
 * the actor at the instant given), every other record of the imported children is deleted and
 * inserted from the staging tables, and decisions and actions are merged by id so that an unchanged
 * one keeps its version and a changed one gets the next.
 *
 * <p><b>Idempotent.</b> Importing the same case files twice leaves the same rows, the same versions
 * and appends no audit entry the second time. <b>Atomic.</b> Nothing is visible before the commit;
 * if the connection dies half-way (a killed backend, a closed socket), PostgreSQL rolls the whole
 * import back and the previous state is intact.
 *
 * <p>The input must not hold two case files of one child, nor one decision or action id twice; it
 * may be a lazy stream (it is read once, a batch at a time). Instances are immutable and
 * thread-safe; the data source is the embedder's.
 */
public final class JdbcBulkImport {

  /** How many children are encoded and copied per COPY batch. */
  public static final int BATCH_CHILDREN = 10_000;

  private static final int ANALYZE_THRESHOLD = 1_000;

  private final DataSource dataSource;

  /**
   * An importer writing to the data source's {@code permanence} schema (see {@link
   * PermanenceSchema#migrate}).
   *
   * @param dataSource the embedder's data source
   */
  public JdbcBulkImport(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /**
   * Imports the case files in one transaction.
   *
   * @param caseFiles the case files, for example a CSV import result's
   * @param actor who imports them, for the audit log
   * @param at when, for the audit log
   * @return how many children and rows were imported
   * @throws IllegalArgumentException if a child, decision or action id appears twice, a decision or
   *     action id is stored for another child, or a text cannot be stored exactly (see {@link
   *     SqlText}); nothing is imported then
   * @throws PersistenceException if the database fails; nothing is imported then
   */
  public ImportSummary importCaseFiles(Collection<CaseFile> caseFiles, ActorId actor, Instant at) {
    requireNonNull(caseFiles, "caseFiles");
    return importCaseFiles(caseFiles.stream(), actor, at);
  }

  /**
   * Imports the case files of a stream (read once, lazily) in one transaction.
   *
   * @param caseFiles the case files
   * @param actor who imports them, for the audit log
   * @param at when, for the audit log
   * @return how many children and rows were imported
   * @throws IllegalArgumentException as {@link #importCaseFiles(Collection, ActorId, Instant)}
   * @throws PersistenceException if the database fails; nothing is imported then
   */
  public ImportSummary importCaseFiles(Stream<CaseFile> caseFiles, ActorId actor, Instant at) {
    requireNonNull(caseFiles, "caseFiles");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    return Transactions.inTransaction(
        dataSource,
        "import case files",
        connection -> importInto(connection, caseFiles.iterator(), actor, at));
  }

  /** Imports into the connection's current transaction. */
  static ImportSummary importInto(
      Connection connection, Iterator<CaseFile> caseFiles, ActorId actor, Instant at)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Table table : Table.values()) {
        statement.execute(
            "CREATE TEMPORARY TABLE "
                + table.staging()
                + " (LIKE "
                + table.qualified()
                + " INCLUDING DEFAULTS) ON COMMIT DROP");
      }
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    Set<String> children = new HashSet<>();
    Set<String> decisions = new HashSet<>();
    Set<String> actions = new HashSet<>();
    long rows = 0;
    while (caseFiles.hasNext()) {
      Map<Table, StringBuilder> buffers = new EnumMap<>(Table.class);
      Map<Table, CopyLine> lines = new EnumMap<>(Table.class);
      for (Table table : Table.values()) {
        StringBuilder buffer = new StringBuilder();
        buffers.put(table, buffer);
        lines.put(table, new CopyLine(buffer));
      }
      for (int n = 0; n < BATCH_CHILDREN && caseFiles.hasNext(); n++) {
        CaseFile file = caseFiles.next();
        checkUnique(children, file.childId().id(), "child id");
        for (PanelDecision decision : file.decisions()) {
          checkUnique(decisions, decision.id().id(), "panel decision id");
        }
        for (PanelAction action : file.actions()) {
          checkUnique(actions, action.id().id(), "panel action id");
        }
        CaseFileCodec.encode(file, lines);
      }
      for (Table table : Table.values()) {
        if (lines.get(table).rows() == 0) {
          continue;
        }
        try {
          rows +=
              copy.copyIn(
                  "COPY " + table.staging() + " (" + table.columns() + ") FROM STDIN",
                  new StringReader(buffers.get(table).toString()));
        } catch (IOException e) {
          throw new SQLException("COPY into staging failed", "08006", e);
        }
      }
    }
    if (children.isEmpty()) {
      return ImportSummary.of(0, 0);
    }
    merge(connection, children.size() >= ANALYZE_THRESHOLD, actor, at);
    return ImportSummary.of(children.size(), rows);
  }

  private static void checkUnique(Set<String> seen, String id, String what) {
    if (!seen.add(id)) {
      throw new IllegalArgumentException(
          "an import must hold each " + what + " once but " + id + " appears twice");
    }
  }

  private static final String STAGED_CHILDREN =
      "(SELECT child_id FROM " + Table.CHILD.staging() + ")";

  private static void merge(Connection connection, boolean analyze, ActorId actor, Instant at)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (analyze) {
        for (Table table : Table.values()) {
          statement.execute("ANALYZE " + table.staging());
        }
      }
      // The child rows first: this locks every imported child against concurrent saves.
      statement.executeUpdate(
          "INSERT INTO "
              + Table.CHILD.qualified()
              + " SELECT * FROM "
              + Table.CHILD.staging()
              + " ORDER BY child_id ON CONFLICT (child_id) DO UPDATE SET "
              + assignments(Table.CHILD, "child_id"));
      // Lock the stored decisions and actions so that concurrent updates wait for this import.
      for (Table table : new Table[] {Table.PANEL_DECISION, Table.PANEL_ACTION}) {
        String key = key(table);
        statement
            .executeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM "
                    + table.qualified()
                    + " WHERE child_id IN "
                    + STAGED_CHILDREN
                    + " ORDER BY "
                    + key
                    + " FOR UPDATE) locked")
            .close();
        try (ResultSet rs =
            statement.executeQuery(
                "SELECT s."
                    + key
                    + " FROM "
                    + table.staging()
                    + " s JOIN "
                    + table.qualified()
                    + " t USING ("
                    + key
                    + ") WHERE t.child_id <> s.child_id LIMIT 1")) {
          if (rs.next()) {
            throw new IllegalArgumentException(
                (table == Table.PANEL_DECISION ? "panel decision " : "panel action ")
                    + rs.getString(1)
                    + " is stored for another child");
          }
        }
      }
    }
    auditPlans(connection, actor, at);
    auditVersioned(
        connection, Table.PANEL_DECISION, PanelRecordRepository.DECISION_ENTITY, actor, at);
    auditVersioned(connection, Table.PANEL_ACTION, PanelRecordRepository.ACTION_ENTITY, actor, at);
    try (Statement statement = connection.createStatement()) {
      for (Table table : Table.values()) {
        if (table == Table.CHILD || table == Table.PANEL_DECISION || table == Table.PANEL_ACTION) {
          continue;
        }
        statement.executeUpdate(
            "DELETE FROM " + table.qualified() + " WHERE child_id IN " + STAGED_CHILDREN);
        statement.executeUpdate(
            "INSERT INTO " + table.qualified() + " SELECT * FROM " + table.staging());
      }
      for (Table table : new Table[] {Table.PANEL_DECISION, Table.PANEL_ACTION}) {
        String key = key(table);
        statement.executeUpdate(
            "DELETE FROM "
                + table.qualified()
                + " t WHERE child_id IN "
                + STAGED_CHILDREN
                + " AND NOT EXISTS (SELECT 1 FROM "
                + table.staging()
                + " s WHERE s."
                + key
                + " = t."
                + key
                + ")");
        statement.executeUpdate(
            "INSERT INTO "
                + table.qualified()
                + " AS t SELECT * FROM "
                + table.staging()
                + " ORDER BY "
                + key
                + " ON CONFLICT ("
                + key
                + ") DO UPDATE SET "
                + assignments(table, key + ", version")
                + ", seq = EXCLUDED.seq, version = t.version + CASE WHEN "
                + tuple(table, "t", key + ", child_id, version")
                + " IS DISTINCT FROM "
                + tuple(table, "EXCLUDED", key + ", child_id, version")
                + " THEN 1 ELSE 0 END");
      }
    }
  }

  private static String key(Table table) {
    return table == Table.PANEL_DECISION ? "decision_id" : "action_id";
  }

  /** {@code col = EXCLUDED.col, ...} for the COPY columns except those listed. */
  private static String assignments(Table table, String except) {
    Set<String> skip = Set.of(except.split(",\\s*"));
    StringBuilder out = new StringBuilder();
    for (String column : table.columns().split(",\\s*")) {
      if (!skip.contains(column)) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(column)
            .append(" = EXCLUDED.")
            .append(column);
      }
    }
    return out.toString();
  }

  /** {@code ROW(alias.col, ...)} of the COPY columns except those listed. */
  private static String tuple(Table table, String alias, String except) {
    Set<String> skip = Set.of(except.split(",\\s*"));
    StringBuilder out = new StringBuilder("ROW(");
    boolean first = true;
    for (String column : table.columns().split(",\\s*")) {
      if (!skip.contains(column)) {
        out.append(first ? "" : ", ").append(alias).append('.').append(column);
        first = false;
      }
    }
    return out.append(')').toString();
  }

  private static final String AUDIT_INSERT =
      "INSERT INTO permanence.audit_log (actor_id, entity_type, entity_id, operation, occurred_at,"
          + " occurred_at_nanos, before_state, after_state) ";

  private static void auditPlans(Connection connection, ActorId actor, Instant at)
      throws SQLException {
    String plans = "jsonb_agg(to_jsonb(p) - 'child_id' - 'ordinal' ORDER BY p.ordinal)";
    try (PreparedStatement insert =
        connection.prepareStatement(
            AUDIT_INSERT
                + "SELECT ?, ?, c.child_id, CASE WHEN o.doc IS NULL THEN 'CREATE'"
                + " WHEN n.doc IS NULL THEN 'DELETE' ELSE 'UPDATE' END, ?, ?, o.doc::text,"
                + " n.doc::text FROM "
                + Table.CHILD.staging()
                + " c LEFT JOIN (SELECT child_id, "
                + plans
                + " AS doc FROM "
                + Table.PERMANENCE_PLAN.qualified()
                + " p WHERE child_id IN "
                + STAGED_CHILDREN
                + " GROUP BY child_id) o USING (child_id) LEFT JOIN (SELECT child_id, "
                + plans
                + " AS doc FROM "
                + Table.PERMANENCE_PLAN.staging()
                + " p GROUP BY child_id) n USING (child_id)"
                + " WHERE o.doc IS DISTINCT FROM n.doc ORDER BY c.child_id")) {
      bindAudit(insert, actor, CaseFileRepository.PLANS_ENTITY, at);
      insert.executeUpdate();
    }
  }

  private static void auditVersioned(
      Connection connection, Table table, String entity, ActorId actor, Instant at)
      throws SQLException {
    String key = key(table);
    String doc = "to_jsonb(r) - 'seq' - 'version'";
    try (PreparedStatement insert =
        connection.prepareStatement(
            AUDIT_INSERT
                + "SELECT ?, ?, coalesce(n.id, o.id), CASE WHEN o.id IS NULL THEN 'CREATE'"
                + " WHEN n.id IS NULL THEN 'DELETE' ELSE 'UPDATE' END, ?, ?, o.doc::text,"
                + " n.doc::text FROM (SELECT r."
                + key
                + " AS id, "
                + doc
                + " AS doc FROM "
                + table.qualified()
                + " r WHERE r.child_id IN "
                + STAGED_CHILDREN
                + ") o FULL JOIN (SELECT r."
                + key
                + " AS id, "
                + doc
                + " AS doc FROM "
                + table.staging()
                + " r) n ON n.id = o.id WHERE o.doc IS DISTINCT FROM n.doc ORDER BY 3")) {
      bindAudit(insert, actor, entity, at);
      insert.executeUpdate();
    }
  }

  private static void bindAudit(PreparedStatement insert, ActorId actor, String entity, Instant at)
      throws SQLException {
    SqlText.bind(insert, 1, "actor_id", actor.id());
    insert.setString(2, entity);
    insert.setObject(3, JdbcAuditLog.timestamp(at));
    insert.setShort(4, JdbcAuditLog.nanos(at));
  }
}
