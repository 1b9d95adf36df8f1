package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.AuditOperation;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Imports many case files at once with PostgreSQL {@code COPY}, for example the case files of a CSV
 * import result: each child's whole record is saved or replaced, exactly as {@link
 * JdbcCaseFileRepository#saveOrReplace} does for one.
 *
 * <p><b>How.</b> In one transaction the case files are read in batches of {@value #BATCH_CHILDREN}
 * children. The batch's children that are stored already are locked ({@code FOR NO KEY UPDATE});
 * the others are new, and their rows are encoded into COPY text and copied straight into the final
 * tables, with their audit entries (plans, decisions and actions created, after as the JSON the
 * database renders from the stored row) copied into the audit log. The rows of the stored children
 * go into temporary staging tables (dropped at commit) and are merged once at the end, set-based:
 * the child rows are updated, the changes to decisions, actions and plans are written to the audit
 * log (before and after as JSON of the stored rows, by the actor at the instant given), every other
 * record of those children is deleted and inserted from the staging tables, and decisions and
 * actions are merged by id so that an unchanged one keeps its version and a changed one gets the
 * next. The case-file record tables have no foreign key to {@code child} (V3 migration: the child
 * row is always written in the same batch as its records); the panel tables keep theirs.
 *
 * <p><b>Into an empty store</b> (the first import of a new database), an import of at least {@value
 * #BATCH_CHILDREN} children locks the empty tables ({@code ACCESS EXCLUSIVE}, until the commit),
 * drops their indexes, keys and foreign keys, copies, and builds them again at the end, in the same
 * transaction (see {@code DeferredIndexes}): building an index over the loaded rows costs far less
 * than keeping it up row by row. The resulting schema and rows are the same.
 *
 * <p><b>Idempotent.</b> Importing the same case files twice leaves the same rows, the same versions
 * and appends no audit entry the second time. <b>Atomic.</b> Nothing is visible before the commit;
 * if the connection dies half-way (a killed backend, a closed socket), PostgreSQL rolls the whole
 * import back and the previous state is intact. A child that another transaction stores while this
 * import runs, after this import found it new, makes this import fail (a unique violation, as a
 * {@link PersistenceException}); nothing is imported then, and importing again replaces it.
 *
 * <p>The input must not hold two case files of one child, nor one decision or action id twice; it
 * may be a lazy stream (it is read once, a batch at a time). Instances are immutable and
 * thread-safe; the data source is the embedder's.
 */
public final class JdbcBulkImport {

  /** How many children are encoded and copied per COPY batch. */
  public static final int BATCH_CHILDREN = 10_000;

  private static final int ANALYZE_THRESHOLD = 1_000;

  private static final String UNIQUE_VIOLATION = "23505";

  /** Memory for the sorts and hashes of the set-based merge (per transaction, SET LOCAL). */
  private static final String WORK_MEM = "64MB";

  /** Memory for building the deferred indexes of an import into an empty store (SET LOCAL). */
  private static final String MAINTENANCE_WORK_MEM = "256MB";

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
      statement.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
      statement.execute("SET LOCAL maintenance_work_mem = '" + MAINTENANCE_WORK_MEM + "'");
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    Set<String> children = new HashSet<>();
    Set<String> decisions = new HashSet<>();
    Set<String> actions = new HashSet<>();
    Copies fresh = new Copies();
    Copies replacing = new Copies();
    StringBuilder auditBuffer = new StringBuilder();
    CopyLine audit = new CopyLine(auditBuffer);
    String auditPrefix = auditPrefix(actor, at);
    long rows = 0;
    int staged = 0;
    List<CaseFile> batch = new ArrayList<>(BATCH_CHILDREN);
    DeferredIndexes deferred = null;
    while (caseFiles.hasNext()) {
      batch.clear();
      for (int n = 0; n < BATCH_CHILDREN && caseFiles.hasNext(); n++) {
        CaseFile file = caseFiles.next();
        checkUnique(children, file.childId().id(), "child id");
        for (PanelDecision decision : file.decisions()) {
          checkUnique(decisions, decision.id().id(), "panel decision id");
        }
        for (PanelAction action : file.actions()) {
          checkUnique(actions, action.id().id(), "panel action id");
        }
        batch.add(file);
      }
      if (deferred == null) {
        // A large import into an empty store builds the indexes once, at the end.
        deferred =
            batch.size() == BATCH_CHILDREN
                ? DeferredIndexes.deferIfEmpty(connection)
                : DeferredIndexes.none();
      }
      // Into empty case-file tables (locked until the commit), every child is new.
      Set<String> stored = deferred.caseFileTables() ? Set.of() : lockStored(connection, batch);
      List<CaseFile> replaced = new ArrayList<>(stored.size());
      for (CaseFile file : batch) {
        if (stored.contains(file.childId().id())) {
          CaseFileCodec.encode(file, replacing.lines);
          replaced.add(file);
        } else {
          CaseFileCodec.encode(file, fresh.lines);
          auditCreated(file, audit, auditPrefix);
        }
      }
      // The merge by id would move a decision or action of another child: check first. For new
      // children the primary keys reject such an id; the check then only names it.
      checkPanelIdsOwned(connection, replaced);
      Savepoint beforeCopy = connection.setSavepoint();
      try {
        rows += fresh.copy(copy, Table::qualified);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        connection.rollback(beforeCopy);
        checkPanelIdsOwned(connection, batch);
        throw e;
      }
      connection.releaseSavepoint(beforeCopy);
      copyIn(copy, AUDIT_COPY, auditBuffer);
      if (!stored.isEmpty()) {
        if (staged == 0) {
          createStaging(connection);
        }
        staged += stored.size();
        rows += replacing.copy(copy, Table::staging);
      }
    }
    if (children.isEmpty()) {
      return ImportSummary.of(0, 0);
    }
    deferred.rebuild(connection);
    if (staged > 0) {
      merge(connection, staged >= ANALYZE_THRESHOLD, actor, at);
    }
    return ImportSummary.of(children.size(), rows);
  }

  /** Per-table COPY buffers, reused from batch to batch. */
  private static final class Copies {
    final Map<Table, StringBuilder> buffers = new EnumMap<>(Table.class);
    final Map<Table, CopyLine> lines = new EnumMap<>(Table.class);

    Copies() {
      for (Table table : Table.values()) {
        StringBuilder buffer = new StringBuilder();
        buffers.put(table, buffer);
        lines.put(table, new CopyLine(buffer));
      }
    }

    /** Copies every non-empty buffer into the tables named, in table order, and empties it. */
    long copy(CopyManager copy, Function<Table, String> target) throws SQLException {
      long rows = 0;
      for (Table table : Table.values()) {
        rows +=
            copyIn(
                copy,
                "COPY " + target.apply(table) + " (" + table.columns() + ") FROM STDIN",
                buffers.get(table));
      }
      return rows;
    }
  }

  private static long copyIn(CopyManager copy, String sql, StringBuilder buffer)
      throws SQLException {
    if (buffer.length() == 0) {
      return 0;
    }
    try {
      return copy.copyIn(sql, new StringBuilderReader(buffer));
    } catch (IOException e) {
      throw new SQLException("COPY failed", "08006", e);
    } finally {
      buffer.setLength(0);
    }
  }

  /** Reads a buffer without copying it into a String first. */
  private static final class StringBuilderReader extends Reader {
    private final StringBuilder buffer;
    private int position;

    StringBuilderReader(StringBuilder buffer) {
      this.buffer = buffer;
    }

    @Override
    public int read(char[] target, int offset, int length) {
      if (position >= buffer.length()) {
        return -1;
      }
      int n = Math.min(length, buffer.length() - position);
      buffer.getChars(position, position + n, target, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static void createStaging(Connection connection) throws SQLException {
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
  }

  /**
   * Which of the batch's children are stored already, locking their rows ({@code FOR NO KEY
   * UPDATE}, in id order) against concurrent imports until the commit.
   */
  private static Set<String> lockStored(Connection connection, List<CaseFile> batch)
      throws SQLException {
    Set<String> stored = new HashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT child_id FROM "
                + Table.CHILD.qualified()
                + " WHERE child_id = ANY(?) ORDER BY child_id FOR NO KEY UPDATE")) {
      select.setArray(
          1,
          connection.createArrayOf(
              "text", batch.stream().map(f -> f.childId().id()).toArray(String[]::new)));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
    }
    return stored;
  }

  /** Fails if a decision or action id of the batch is stored for another child. */
  private static void checkPanelIdsOwned(Connection connection, List<CaseFile> batch)
      throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (Table table : new Table[] {Table.PANEL_DECISION, Table.PANEL_ACTION}) {
      ids.clear();
      owners.clear();
      for (CaseFile file : batch) {
        List<String> fileIds =
            table == Table.PANEL_DECISION
                ? file.decisions().stream().map(d -> d.id().id()).toList()
                : file.actions().stream().map(a -> a.id().id()).toList();
        ids.addAll(fileIds);
        fileIds.forEach(id -> owners.add(file.childId().id()));
      }
      if (ids.isEmpty()) {
        continue;
      }
      // A correlated subquery per id: always a probe of the primary key, whatever the statistics
      // of a table this transaction is filling say (a join could be planned as a scan per id).
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT s.id FROM unnest(?::text[], ?::text[]) AS s (id, child_id) WHERE (SELECT"
                  + " t.child_id FROM "
                  + table.qualified()
                  + " t WHERE t."
                  + key(table)
                  + " = s.id) <> s.child_id")) {
        select.setArray(1, connection.createArrayOf("text", ids.toArray()));
        select.setArray(2, connection.createArrayOf("text", owners.toArray()));
        Optional<String> first = Optional.empty();
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            first = first.filter(f -> f.compareTo(id) < 0).or(() -> Optional.of(id));
          }
        }
        if (first.isPresent()) {
          throw new IllegalArgumentException(
              (table == Table.PANEL_DECISION ? "panel decision " : "panel action ")
                  + first.get()
                  + " is stored for another child");
        }
      }
    }
  }

  private static void checkUnique(Set<String> seen, String id, String what) {
    if (!seen.add(id)) {
      throw new IllegalArgumentException(
          "an import must hold each " + what + " once but " + id + " appears twice");
    }
  }

  private static final String AUDIT_COPY =
      "COPY permanence.audit_log (actor_id, occurred_at, occurred_at_nanos, entity_type,"
          + " entity_id, operation, before_state, after_state) FROM STDIN";

  /** The first three COPY fields of every audit row of this import: actor and instant. */
  private static String auditPrefix(ActorId actor, Instant at) {
    StringBuilder prefix = new StringBuilder();
    new CopyLine(prefix)
        .text("actor_id", actor.id())
        .text("occurred_at", at.truncatedTo(ChronoUnit.MICROS).toString())
        .number(JdbcAuditLog.nanos(at));
    return prefix.append('\t').toString();
  }

  /**
   * The audit rows of a child that is not stored yet: its plans (if any), decisions and actions are
   * created, after as the JSON the database would render from the stored rows.
   */
  private static void auditCreated(CaseFile file, CopyLine audit, String prefix) {
    String child = file.childId().id();
    if (!file.plans().isEmpty()) {
      audit
          .raw(prefix)
          .text("entity_type", CaseFileRepository.PLANS_ENTITY)
          .text("entity_id", child)
          .name(AuditOperation.CREATE)
          .nul()
          .text("after_state", CaseFileCodec.plansDocument(file))
          .end();
    }
    for (PanelDecision d : file.decisions()) {
      audit
          .raw(prefix)
          .text("entity_type", PanelRecordRepository.DECISION_ENTITY)
          .text("entity_id", d.id().id())
          .name(AuditOperation.CREATE)
          .nul()
          .text("after_state", CaseFileCodec.decisionDocument(child, d))
          .end();
    }
    for (PanelAction a : file.actions()) {
      audit
          .raw(prefix)
          .text("entity_type", PanelRecordRepository.ACTION_ENTITY)
          .text("entity_id", a.id().id())
          .name(AuditOperation.CREATE)
          .nul()
          .text("after_state", CaseFileCodec.actionDocument(child, a))
          .end();
    }
  }

  private static final String STAGED_CHILDREN =
      "(SELECT child_id FROM " + Table.CHILD.staging() + ")";

  /**
   * Replaces the stored children's records by the staged ones, set-based: updates the child rows,
   * audits the changed plans, decisions and actions, replaces every other record and merges
   * decisions and actions by id (a changed one gets the next version).
   */
  private static void merge(Connection connection, boolean analyze, ActorId actor, Instant at)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (analyze) {
        for (Table table : Table.values()) {
          statement.execute("ANALYZE " + table.staging());
        }
      }
      statement.executeUpdate(
          "UPDATE "
              + Table.CHILD.qualified()
              + " t SET "
              + assignments(Table.CHILD, "child_id", "s")
              + " FROM "
              + Table.CHILD.staging()
              + " s WHERE t.child_id = s.child_id");
      // Lock the stored decisions and actions so that concurrent updates wait for this import.
      for (Table table : new Table[] {Table.PANEL_DECISION, Table.PANEL_ACTION}) {
        statement
            .executeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM "
                    + table.qualified()
                    + " WHERE child_id IN "
                    + STAGED_CHILDREN
                    + " ORDER BY "
                    + key(table)
                    + " FOR UPDATE) locked")
            .close();
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
                + assignments(table, key + ", version", "EXCLUDED")
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

  /** {@code col = source.col, ...} for the COPY columns except those listed. */
  private static String assignments(Table table, String except, String source) {
    Set<String> skip = Set.of(except.split(",\\s*"));
    StringBuilder out = new StringBuilder();
    for (String column : table.columns().split(",\\s*")) {
      if (!skip.contains(column)) {
        out.append(out.length() == 0 ? "" : ", ")
            .append(column)
            .append(" = ")
            .append(source)
            .append('.')
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
