package io.permanence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(PostgresExtension.class)
class PermanenceSchemaTest {

  private static final OffsetDateTime MON_2026_03_16_0930 =
      OffsetDateTime.of(2026, 3, 16, 9, 30, 0, 0, ZoneOffset.UTC);

  @Test
  void test_migrate_emptyDatabase_appliesEveryMigrationIntoPermanenceSchema(EmbeddedStore store)
      throws SQLException {
    DataSource empty = store.dataSource(PostgresExtension.createEmptyDatabase(store));

    int applied = PermanenceSchema.migrate(empty);

    assertThat(applied).isEqualTo(3);
    assertThat(
            queryString(
                empty,
                "SELECT string_agg(table_name, ',' ORDER BY table_name)"
                    + " FROM information_schema.tables WHERE table_schema = 'permanence'"))
        .isEqualTo(
            "adoption_milestones,audit_log,care_leaver_outcome,care_proceedings,case_flag,child,"
                + "court_order,health_outcomes,legal_status_period,missing_episode,panel_action,"
                + "panel_appearance,panel_decision,panel_document,period_of_care,"
                + "permanence_plan,permanence_schema_history,placement,pre_proceedings,"
                + "previous_permanence,review,social_worker_episode");
    assertThat(
            queryString(
                empty,
                "SELECT count(*)::text FROM information_schema.tables"
                    + " WHERE table_schema = 'public'"))
        .isEqualTo("0");
  }

  @Test
  void test_migrate_secondTime_isNoOp(EmbeddedStore store) throws SQLException {
    DataSource database = store.dataSource(PostgresExtension.createEmptyDatabase(store));
    PermanenceSchema.migrate(database);

    int applied = PermanenceSchema.migrate(database);

    assertThat(applied).isZero();
    assertThat(
            queryString(
                database,
                "SELECT string_agg(version || ':' || success, ',' ORDER BY installed_rank)"
                    + " FROM permanence.permanence_schema_history WHERE type = 'SQL'"))
        .isEqualTo("1:true,2:true,3:true");
  }

  @Test
  void test_migrate_recordTablesHaveNoForeignKeyPanelTablesKeepTheirs(DataSource database)
      throws SQLException {
    assertThat(
            queryString(
                database,
                "SELECT string_agg(conrelid::regclass::text, ',' ORDER BY conrelid::regclass::text)"
                    + " FROM pg_constraint WHERE contype = 'f'"
                    + " AND connamespace = 'permanence'::regnamespace"))
        .isEqualTo(
            "permanence.panel_action,permanence.panel_appearance,permanence.panel_decision,"
                + "permanence.panel_document");
  }

  @Test
  void test_migrate_auditLogAcceptsInsert(DataSource database) throws SQLException {
    long id = insertAuditEntry(database);

    assertThat(
            queryString(
                database,
                "SELECT actor_id || '|' || operation || '|'"
                    + " || (occurred_at = timestamptz '2026-03-16 09:30:00+00')"
                    + " FROM permanence.audit_log WHERE id = "
                    + id))
        .isEqualTo("role:panel-administrator|create|true");
  }

  static Stream<String> changesRejectedByAuditLog() {
    return Stream.of(
        "UPDATE permanence.audit_log SET after_state = 'changed'",
        "UPDATE permanence.audit_log SET after_state = 'changed' WHERE id = -1",
        "DELETE FROM permanence.audit_log",
        "DELETE FROM permanence.audit_log WHERE id = -1",
        "TRUNCATE permanence.audit_log");
  }

  @ParameterizedTest
  @MethodSource("changesRejectedByAuditLog")
  void test_migrate_auditLogRejectsChange(String change, DataSource database) throws SQLException {
    insertAuditEntry(database);

    assertThatThrownBy(() -> execute(database, change))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("permanence.audit_log is append-only")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("23000");
    assertThat(queryString(database, "SELECT count(*)::text FROM permanence.audit_log"))
        .isEqualTo("1");
    assertThat(queryString(database, "SELECT coalesce(after_state, '') FROM permanence.audit_log"))
        .isEqualTo("{\"status\":\"open\"}");
  }

  private static long insertAuditEntry(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO permanence.audit_log (actor_id, entity_type, entity_id, operation,"
                    + " occurred_at, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " RETURNING id")) {
      insert.setString(1, "role:panel-administrator");
      insert.setString(2, "case-file");
      insert.setString(3, "C123");
      insert.setString(4, "create");
      insert.setObject(5, MON_2026_03_16_0930);
      insert.setNull(6, java.sql.Types.VARCHAR);
      insert.setString(7, "{\"status\":\"open\"}");
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void execute(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String queryString(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
