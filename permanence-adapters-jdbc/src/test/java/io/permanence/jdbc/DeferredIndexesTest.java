package io.permanence.jdbc;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.syntheticCaseFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class DeferredIndexesTest {

  @Test
  void test_deferIfEmpty_emptyStore_dropsEveryIndexAndRebuildRestoresTheSameSchema(
      DataSource database) throws SQLException {
    String before = schema(database);
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);

      DeferredIndexes deferred = DeferredIndexes.deferIfEmpty(connection);

      assertThat(deferred.caseFileTables()).isTrue();
      assertThat(indexCount(connection)).isZero();
      deferred.rebuild(connection);
      connection.commit();
    }
    assertThat(schema(database)).isEqualTo(before);
  }

  @Test
  void test_deferIfEmpty_storedCaseFile_defersNothing(DataSource database) throws SQLException {
    new JdbcBulkImport(database).importCaseFiles(List.of(syntheticCaseFile(1, "bcp")), ACTOR, AT);
    String before = schema(database);
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);

      DeferredIndexes deferred = DeferredIndexes.deferIfEmpty(connection);

      assertThat(deferred.caseFileTables()).isFalse();
      assertThat(schemaOn(connection)).isEqualTo(before);
      connection.rollback();
    }
  }

  @Test
  void test_deferIfEmpty_tableInUseByAnotherTransaction_defersNothingAndDoesNotWait(
      DataSource database) throws SQLException {
    String before = schema(database);
    try (Connection reader = database.getConnection();
        Connection connection = database.getConnection()) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement
            .executeQuery("SELECT count(*) FROM permanence.review, permanence.audit_log")
            .close();
      }
      connection.setAutoCommit(false);

      DeferredIndexes deferred = DeferredIndexes.deferIfEmpty(connection);

      assertThat(deferred.caseFileTables()).isFalse();
      assertThat(schemaOn(connection)).isEqualTo(before);
      connection.rollback();
      reader.rollback();
    }
  }

  private static int indexCount(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                    + " WHERE c.relnamespace = 'permanence'::regnamespace"
                    + " AND c.relname <> 'permanence_schema_history'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Every constraint, index and NOT NULL column of the schema, as one text. */
  static String schema(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection()) {
      return schemaOn(connection);
    }
  }

  private static String schemaOn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT string_agg(d, E'\\n' ORDER BY d) FROM ("
                    + " SELECT conrelid::regclass || ' ' || conname || ' ' ||"
                    + " pg_get_constraintdef(oid) AS d FROM pg_constraint"
                    + " WHERE connamespace = 'permanence'::regnamespace"
                    + " UNION ALL SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indrelid"
                    + " WHERE c.relnamespace = 'permanence'::regnamespace"
                    + " UNION ALL SELECT a.attrelid::regclass || '.' || a.attname || ' not null'"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " WHERE c.relnamespace = 'permanence'::regnamespace AND a.attnotnull"
                    + " AND a.attnum > 0) s")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
