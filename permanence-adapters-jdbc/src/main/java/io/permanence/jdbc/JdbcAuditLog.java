package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.permanence.core.port.ActorId;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditLog;
import io.permanence.core.port.AuditOperation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The audit log in {@code permanence.audit_log} (V1), which PostgreSQL keeps append-only: a trigger
 * rejects UPDATE, DELETE and TRUNCATE.
 *
 * <p>{@link #append} writes an entry in its own transaction; the repositories of this adapter write
 * theirs on the connection of the change, so a change and its entry commit together. The instant is
 * stored exactly: {@code occurred_at} holds it to the microsecond and {@code occurred_at_nanos} the
 * rest. Before and after are stored as given (the repositories write JSON of the stored rows).
 * Instances are immutable and thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {

  private final DataSource dataSource;

  /**
   * The audit log of the data source's {@code permanence} schema.
   *
   * @param dataSource the embedder's data source
   */
  public JdbcAuditLog(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  /** {@inheritDoc} Runs in its own transaction. */
  @Override
  public void append(AuditEntry entry) {
    requireNonNull(entry, "entry");
    Transactions.inTransaction(dataSource, "append audit entry", c -> append(c, entry));
  }

  /** Appends on the connection, in its transaction. */
  static int append(Connection connection, AuditEntry entry) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO permanence.audit_log (actor_id, entity_type, entity_id, operation,"
                + " occurred_at, occurred_at_nanos, before_state, after_state)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      SqlText.bind(insert, 1, "actor_id", entry.actor().id());
      SqlText.bind(insert, 2, "entity_type", entry.entityType());
      SqlText.bind(insert, 3, "entity_id", entry.entityId());
      insert.setString(4, entry.operation().name());
      insert.setObject(5, timestamp(entry.at()));
      insert.setShort(6, nanos(entry.at()));
      bindOptional(insert, 7, "before_state", entry.before());
      bindOptional(insert, 8, "after_state", entry.after());
      return insert.executeUpdate();
    }
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

  @Override
  public List<AuditEntry> findEntries(String entityType, String entityId) {
    requireNonNull(entityType, "entityType");
    requireNonNull(entityId, "entityId");
    return Transactions.inTransaction(
        dataSource,
        "find audit entries",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT actor_id, entity_type, entity_id, operation, occurred_at,"
                      + " occurred_at_nanos, before_state, after_state FROM permanence.audit_log"
                      + " WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
            SqlText.bind(select, 1, "entityType", entityType);
            SqlText.bind(select, 2, "entityId", entityId);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                entries.add(
                    AuditEntry.builder()
                        .actor(ActorId.of(rs.getString("actor_id")))
                        .entityType(rs.getString("entity_type"))
                        .entityId(rs.getString("entity_id"))
                        .operation(AuditOperation.valueOf(rs.getString("operation")))
                        .at(
                            rs.getObject("occurred_at", OffsetDateTime.class)
                                .toInstant()
                                .plusNanos(rs.getShort("occurred_at_nanos")))
                        .before(Optional.ofNullable(rs.getString("before_state")))
                        .after(Optional.ofNullable(rs.getString("after_state")))
                        .build());
              }
            }
            return List.copyOf(entries);
          }
        });
  }

  /** The instant to the microsecond, as PostgreSQL {@code timestamptz} holds it. */
  static OffsetDateTime timestamp(Instant at) {
    return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The nanoseconds below the microsecond. */
  static short nanos(Instant at) {
    return (short) (at.getNano() % 1000);
  }
}
