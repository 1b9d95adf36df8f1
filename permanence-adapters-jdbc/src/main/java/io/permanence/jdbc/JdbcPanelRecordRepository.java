package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.permanence.core.child.ChildId;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditOperation;
import io.permanence.core.port.ConcurrentUpdateException;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.core.port.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Panel records in PostgreSQL (tables {@code permanence.panel_*} of V2), on the embedder's data
 * source; they are part of the child's case file as {@link JdbcCaseFileRepository} reads it.
 *
 * <p><b>Optimistic concurrency.</b> Adding a decision or action inserts version 1 ({@code ON
 * CONFLICT DO NOTHING}; no row means the id exists: {@link ConcurrentUpdateException}, expected 0).
 * Updating locks the row ({@code SELECT ... FOR UPDATE}), reads its state for the audit entry and
 * runs {@code UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?}; a stored version
 * other than the expected one (0 if the id is unknown) fails with {@link ConcurrentUpdateException}
 * naming the entity, the id and both versions. Of two concurrent updates from the same version, the
 * second waits for the first's lock, then sees the new version and fails: no update is lost.
 *
 * <p><b>Audit.</b> Every change appends an entry in the same transaction: by the actor, at the
 * instant given, with before and after as JSON of the stored row (without {@code seq} and {@code
 * version}). Recording for a child without a stored case file fails with {@link
 * IllegalArgumentException} (the foreign key to {@code permanence.child}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JdbcPanelRecordRepository implements PanelRecordRepository {

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private final DataSource dataSource;

  /**
   * The repository of the data source's {@code permanence} schema (see {@link
   * PermanenceSchema#migrate}).
   *
   * @param dataSource the embedder's data source
   */
  public JdbcPanelRecordRepository(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  private static String doc(String alias) {
    return "(to_jsonb(" + alias + ") - 'seq' - 'version')::text";
  }

  @Override
  public void addAppearance(ChildId child, PanelAppearance appearance, ActorId actor, Instant at) {
    requireNonNull(child, "child");
    requireNonNull(appearance, "appearance");
    Transactions.inTransaction(
        dataSource,
        "add panel appearance",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO permanence.panel_appearance AS r (child_id, panel_id, meeting_on,"
                      + " heading, outcome) VALUES (?, ?, ?, ?, ?) RETURNING "
                      + doc("r"))) {
            SqlText.bind(insert, 1, "child_id", child.id());
            SqlText.bind(insert, 2, "panel_id", appearance.panel().id());
            insert.setObject(3, appearance.meetingOn());
            SqlText.bind(insert, 4, "heading", appearance.heading());
            bindOptional(insert, 5, "outcome", appearance.outcome());
            String after = insertReturning(insert, child);
            return JdbcAuditLog.append(c, created(APPEARANCE_ENTITY, child.id(), actor, at, after));
          }
        });
  }

  @Override
  public List<PanelAppearance> findAppearances(ChildId child) {
    requireNonNull(child, "child");
    return Transactions.inTransaction(
        dataSource,
        "find panel appearances",
        c -> {
          List<PanelAppearance> found = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT * FROM permanence.panel_appearance WHERE child_id = ?"
                      + " ORDER BY meeting_on, seq")) {
            SqlText.bind(select, 1, "child_id", child.id());
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                found.add(CaseFileCodec.readAppearance(rs));
              }
            }
          }
          return List.copyOf(found);
        });
  }

  @Override
  public Versioned<PanelDecision> addDecision(
      ChildId child, PanelDecision decision, ActorId actor, Instant at) {
    requireNonNull(child, "child");
    requireNonNull(decision, "decision");
    return Transactions.inTransaction(
        dataSource,
        "add panel decision",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO permanence.panel_decision AS r (decision_id, child_id, panel_id,"
                      + " made_on, signed_off_on, sign_off_by_id, sign_off_by_name,"
                      + " decision_text, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"
                      + " ON CONFLICT (decision_id) DO NOTHING RETURNING "
                      + doc("r"))) {
            SqlText.bind(insert, 1, "decision_id", decision.id().id());
            SqlText.bind(insert, 2, "child_id", child.id());
            bindDecision(insert, 3, decision);
            String after = insertReturning(insert, child);
            if (after == null) {
              throw conflict(
                  c, "panel_decision", "decision_id", DECISION_ENTITY, decision.id().id(), 0);
            }
            JdbcAuditLog.append(c, created(DECISION_ENTITY, decision.id().id(), actor, at, after));
            return Versioned.of(decision, 1);
          }
        });
  }

  private static void bindDecision(PreparedStatement statement, int first, PanelDecision decision)
      throws SQLException {
    SqlText.bind(statement, first, "panel_id", decision.panel().id());
    statement.setObject(first + 1, decision.madeOn());
    bindDate(statement, first + 2, decision.signedOffOn());
    SqlText.bind(statement, first + 3, "sign_off_by_id", decision.signOffBy().id());
    SqlText.bind(statement, first + 4, "sign_off_by_name", decision.signOffBy().name());
    SqlText.bind(statement, first + 5, "decision_text", decision.text());
  }

  @Override
  public Versioned<PanelDecision> updateDecision(
      PanelDecision decision, long expectedVersion, ActorId actor, Instant at) {
    requireNonNull(decision, "decision");
    return Transactions.inTransaction(
        dataSource,
        "update panel decision",
        c -> {
          String id = decision.id().id();
          String before =
              lockExpected(
                  c, "panel_decision", "decision_id", DECISION_ENTITY, id, expectedVersion);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE permanence.panel_decision AS r SET panel_id = ?, made_on = ?,"
                      + " signed_off_on = ?, sign_off_by_id = ?, sign_off_by_name = ?,"
                      + " decision_text = ?, version = r.version + 1"
                      + " WHERE decision_id = ? AND version = ? RETURNING "
                      + doc("r"))) {
            bindDecision(update, 1, decision);
            SqlText.bind(update, 7, "decision_id", id);
            update.setLong(8, expectedVersion);
            String after =
                updateReturning(
                    update,
                    c,
                    "panel_decision",
                    "decision_id",
                    DECISION_ENTITY,
                    id,
                    expectedVersion);
            JdbcAuditLog.append(c, updated(DECISION_ENTITY, id, actor, at, before, after));
            return Versioned.of(decision, expectedVersion + 1);
          }
        });
  }

  @Override
  public Optional<Versioned<PanelDecision>> findDecision(DecisionId id) {
    requireNonNull(id, "id");
    return Transactions.inTransaction(
        dataSource,
        "find panel decision",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT * FROM permanence.panel_decision WHERE decision_id = ?")) {
            SqlText.bind(select, 1, "decision_id", id.id());
            try (ResultSet rs = select.executeQuery()) {
              return rs.next()
                  ? Optional.of(CaseFileCodec.readDecision(rs))
                  : Optional.<Versioned<PanelDecision>>empty();
            }
          }
        });
  }

  @Override
  public List<Versioned<PanelDecision>> findDecisions(ChildId child) {
    requireNonNull(child, "child");
    return Transactions.inTransaction(
        dataSource,
        "find panel decisions",
        c -> {
          List<Versioned<PanelDecision>> found = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT * FROM permanence.panel_decision WHERE child_id = ?"
                      + " ORDER BY made_on, seq")) {
            SqlText.bind(select, 1, "child_id", child.id());
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                found.add(CaseFileCodec.readDecision(rs));
              }
            }
          }
          return List.copyOf(found);
        });
  }

  @Override
  public Versioned<PanelAction> addAction(
      ChildId child, PanelAction action, ActorId actor, Instant at) {
    requireNonNull(child, "child");
    requireNonNull(action, "action");
    return Transactions.inTransaction(
        dataSource,
        "add panel action",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO permanence.panel_action AS r (action_id, child_id, decision_id,"
                      + " type_id, type_name, description, owner_id, owner_name, due_on, status,"
                      + " completed_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                      + " ON CONFLICT (action_id) DO NOTHING RETURNING "
                      + doc("r"))) {
            SqlText.bind(insert, 1, "action_id", action.id().id());
            SqlText.bind(insert, 2, "child_id", child.id());
            bindAction(insert, 3, action);
            String after = insertReturning(insert, child);
            if (after == null) {
              throw conflict(c, "panel_action", "action_id", ACTION_ENTITY, action.id().id(), 0);
            }
            JdbcAuditLog.append(c, created(ACTION_ENTITY, action.id().id(), actor, at, after));
            return Versioned.of(action, 1);
          }
        });
  }

  private static void bindAction(PreparedStatement statement, int first, PanelAction action)
      throws SQLException {
    bindOptional(statement, first, "decision_id", action.decision().map(DecisionId::id));
    SqlText.bind(statement, first + 1, "type_id", action.type().id());
    SqlText.bind(statement, first + 2, "type_name", action.type().name());
    SqlText.bind(statement, first + 3, "description", action.description());
    SqlText.bind(statement, first + 4, "owner_id", action.owner().id());
    SqlText.bind(statement, first + 5, "owner_name", action.owner().name());
    statement.setObject(first + 6, action.dueOn());
    statement.setString(first + 7, action.status().name());
    bindDate(statement, first + 8, action.completedOn());
  }

  @Override
  public Versioned<PanelAction> updateAction(
      PanelAction action, long expectedVersion, ActorId actor, Instant at) {
    requireNonNull(action, "action");
    return Transactions.inTransaction(
        dataSource,
        "update panel action",
        c -> {
          String id = action.id().id();
          String before =
              lockExpected(c, "panel_action", "action_id", ACTION_ENTITY, id, expectedVersion);
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE permanence.panel_action AS r SET decision_id = ?, type_id = ?,"
                      + " type_name = ?, description = ?, owner_id = ?, owner_name = ?,"
                      + " due_on = ?, status = ?, completed_on = ?, version = r.version + 1"
                      + " WHERE action_id = ? AND version = ? RETURNING "
                      + doc("r"))) {
            bindAction(update, 1, action);
            SqlText.bind(update, 10, "action_id", id);
            update.setLong(11, expectedVersion);
            String after =
                updateReturning(
                    update, c, "panel_action", "action_id", ACTION_ENTITY, id, expectedVersion);
            JdbcAuditLog.append(c, updated(ACTION_ENTITY, id, actor, at, before, after));
            return Versioned.of(action, expectedVersion + 1);
          }
        });
  }

  @Override
  public Optional<Versioned<PanelAction>> findAction(ActionId id) {
    requireNonNull(id, "id");
    return Transactions.inTransaction(
        dataSource,
        "find panel action",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT * FROM permanence.panel_action WHERE action_id = ?")) {
            SqlText.bind(select, 1, "action_id", id.id());
            try (ResultSet rs = select.executeQuery()) {
              return rs.next()
                  ? Optional.of(CaseFileCodec.readAction(rs))
                  : Optional.<Versioned<PanelAction>>empty();
            }
          }
        });
  }

  @Override
  public List<Versioned<PanelAction>> findActions(ChildId child) {
    requireNonNull(child, "child");
    return Transactions.inTransaction(
        dataSource,
        "find panel actions",
        c -> {
          List<Versioned<PanelAction>> found = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT * FROM permanence.panel_action WHERE child_id = ? ORDER BY due_on, seq")) {
            SqlText.bind(select, 1, "child_id", child.id());
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                found.add(CaseFileCodec.readAction(rs));
              }
            }
          }
          return List.copyOf(found);
        });
  }

  @Override
  public void addDocument(ChildId child, DocumentOnFile document, ActorId actor, Instant at) {
    requireNonNull(child, "child");
    requireNonNull(document, "document");
    Transactions.inTransaction(
        dataSource,
        "add document",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO permanence.panel_document AS r (child_id, type_id, type_name,"
                      + " date_on_file) VALUES (?, ?, ?, ?) RETURNING "
                      + doc("r"))) {
            SqlText.bind(insert, 1, "child_id", child.id());
            SqlText.bind(insert, 2, "type_id", document.type().id());
            SqlText.bind(insert, 3, "type_name", document.type().name());
            insert.setObject(4, document.dateOnFile());
            String after = insertReturning(insert, child);
            return JdbcAuditLog.append(c, created(DOCUMENT_ENTITY, child.id(), actor, at, after));
          }
        });
  }

  @Override
  public List<DocumentOnFile> findDocuments(ChildId child) {
    requireNonNull(child, "child");
    return Transactions.inTransaction(
        dataSource,
        "find documents",
        c -> {
          List<DocumentOnFile> found = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT * FROM permanence.panel_document WHERE child_id = ?"
                      + " ORDER BY date_on_file, seq")) {
            SqlText.bind(select, 1, "child_id", child.id());
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                found.add(CaseFileCodec.readDocument(rs));
              }
            }
          }
          return List.copyOf(found);
        });
  }

  // ------------------------------------------------------------------ helpers

  /** Runs an INSERT ... RETURNING doc; null if no row (conflict); unknown child: IAE. */
  private static String insertReturning(PreparedStatement insert, ChildId child)
      throws SQLException {
    try (ResultSet rs = insert.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalArgumentException(
            "no case file is stored for child " + child + "; save it before its panel records", e);
      }
      throw e;
    }
  }

  /** Locks the row and returns its state, or throws if its version is not the expected one. */
  private static String lockExpected(
      Connection c, String table, String key, String entity, String id, long expected)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT version, "
                + doc("r")
                + " FROM permanence."
                + table
                + " r WHERE "
                + key
                + " = ? FOR UPDATE")) {
      SqlText.bind(select, 1, key, id);
      try (ResultSet rs = select.executeQuery()) {
        long actual = rs.next() ? rs.getLong(1) : 0;
        if (actual != expected || actual == 0) {
          throw new ConcurrentUpdateException(entity, id, expected, actual);
        }
        return rs.getString(2);
      }
    }
  }

  private static String updateReturning(
      PreparedStatement update,
      Connection c,
      String table,
      String key,
      String entity,
      String id,
      long expected)
      throws SQLException {
    try (ResultSet rs = update.executeQuery()) {
      if (rs.next()) {
        return rs.getString(1);
      }
    }
    throw conflict(c, table, key, entity, id, expected);
  }

  /** The conflict exception with the stored version (0 if none). */
  private static ConcurrentUpdateException conflict(
      Connection c, String table, String key, String entity, String id, long expected)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT version FROM permanence." + table + " WHERE " + key + " = ?")) {
      SqlText.bind(select, 1, key, id);
      try (ResultSet rs = select.executeQuery()) {
        return new ConcurrentUpdateException(entity, id, expected, rs.next() ? rs.getLong(1) : 0);
      }
    }
  }

  private static AuditEntry created(
      String entity, String id, ActorId actor, Instant at, String after) {
    return AuditEntry.builder()
        .actor(requireNonNull(actor, "actor"))
        .entityType(entity)
        .entityId(id)
        .operation(AuditOperation.CREATE)
        .at(requireNonNull(at, "at"))
        .after(after)
        .build();
  }

  private static AuditEntry updated(
      String entity, String id, ActorId actor, Instant at, String before, String after) {
    return AuditEntry.builder()
        .actor(requireNonNull(actor, "actor"))
        .entityType(entity)
        .entityId(id)
        .operation(AuditOperation.UPDATE)
        .at(requireNonNull(at, "at"))
        .before(before)
        .after(after)
        .build();
  }

  private static void bindOptional(
      PreparedStatement statement, int index, String field, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      SqlText.bind(statement, index, field, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static void bindDate(PreparedStatement statement, int index, Optional<LocalDate> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setObject(index, value.get());
    } else {
      statement.setNull(index, Types.DATE);
    }
  }
}
