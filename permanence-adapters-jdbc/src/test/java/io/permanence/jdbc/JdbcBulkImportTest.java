package io.permanence.jdbc;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.LATER;
import static io.permanence.testkit.contract.ContractFixtures.syntheticCaseFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.testkit.contract.ContractFixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class JdbcBulkImportTest {

  private static List<CaseFile> cohort(int size, String authority) {
    return IntStream.range(0, size)
        .mapToObj(n -> syntheticCaseFile(n, authority))
        .collect(Collectors.toList());
  }

  @Test
  void test_importCaseFiles_storesEveryCaseFileExactly(DataSource database) {
    List<CaseFile> files = cohort(1_203, "bcp");

    ImportSummary summary = new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT);

    assertThat(summary.children()).isEqualTo(1_203);
    assertThat(summary.rows()).isGreaterThan(10L * 1_203);
    JdbcCaseFileRepository repository = new JdbcCaseFileRepository(database);
    try (Stream<CaseFile> all = repository.streamAll()) {
      assertThat(all.collect(Collectors.toList())).isEqualTo(files);
    }
    assertThat(repository.loadCohort(AuthorityId.of("bcp"))).isEqualTo(files);
    assertThat(
            new JdbcAuditLog(database)
                .findEntries(CaseFileRepository.PLANS_ENTITY, files.get(7).childId().id()))
        .hasSize(1);
  }

  @Test
  void test_importCaseFiles_twice_sameStateAndNoNewAuditEntries(DataSource database)
      throws SQLException {
    List<CaseFile> files = cohort(500, "knowsley");
    JdbcBulkImport importer = new JdbcBulkImport(database);
    importer.importCaseFiles(files, ACTOR, AT);
    String before = fingerprint(database);

    importer.importCaseFiles(files.stream(), ACTOR, LATER);

    assertThat(fingerprint(database)).isEqualTo(before);
    assertThat(new JdbcCaseFileRepository(database).loadCohort(AuthorityId.of("knowsley")))
        .isEqualTo(files);
    assertThat(
            new JdbcPanelRecordRepository(database)
                .findAction(files.get(0).actions().get(0).id())
                .orElseThrow()
                .version())
        .isEqualTo(1);
  }

  @Test
  void test_importCaseFiles_sameChildTwice_rejectedAndNothingStored(DataSource database)
      throws SQLException {
    List<CaseFile> files = List.of(syntheticCaseFile(1, "bcp"), syntheticCaseFile(1, "barnet"));

    assertThatThrownBy(() -> new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an import must hold each child id once but S0000001 appears twice");
    assertThat(count(database, "permanence.child")).isZero();
  }

  @Test
  void test_importCaseFiles_connectionKilledHalfway_previousStateIntact(DataSource database)
      throws SQLException {
    List<CaseFile> previous = cohort(50, "bcp");
    new JdbcBulkImport(database).importCaseFiles(previous, ACTOR, AT);
    String before = fingerprint(database);
    int total = JdbcBulkImport.BATCH_CHILDREN * 2 + 10;
    int killAt = JdbcBulkImport.BATCH_CHILDREN + 10;
    Stream<CaseFile> replacement =
        IntStream.range(0, total)
            .mapToObj(
                n -> {
                  if (n == killAt) {
                    // The first batch is in the staging tables; the import's connection is idle
                    // in its transaction while this stream encodes the next batch.
                    terminateOtherBackends(database);
                  }
                  return syntheticCaseFile(n, "barnet");
                });

    assertThatThrownBy(
            () -> new JdbcBulkImport(database).importCaseFiles(replacement, ACTOR, LATER))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("operation 'import case files' failed");

    assertThat(fingerprint(database)).isEqualTo(before);
    assertThat(new JdbcCaseFileRepository(database).loadCohort(AuthorityId.of("bcp")))
        .isEqualTo(previous);
    assertThat(new JdbcCaseFileRepository(database).loadCohort(AuthorityId.of("barnet"))).isEmpty();
  }

  @Test
  void test_importCaseFiles_largeImportIntoEmptyStore_indexesBuiltAfterCopySameSchemaAndRows(
      DataSource database) throws SQLException {
    String schema = DeferredIndexesTest.schema(database);
    long index = indexOid(database);
    List<CaseFile> files = cohort(JdbcBulkImport.BATCH_CHILDREN + 7, "bcp");

    ImportSummary summary = new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT);

    assertThat(summary.children()).isEqualTo(files.size());
    assertThat(indexOid(database)).as("the cohort index was built again").isNotEqualTo(index);
    assertThat(DeferredIndexesTest.schema(database)).isEqualTo(schema);
    assertThat(new JdbcCaseFileRepository(database).loadCohort(AuthorityId.of("bcp")))
        .isEqualTo(files);
    assertThat(count(database, "permanence.audit_log")).isEqualTo(3L * files.size());
    String fingerprint = fingerprint(database);
    new JdbcBulkImport(database).importCaseFiles(files, ACTOR, LATER);
    assertThat(fingerprint(database)).isEqualTo(fingerprint);
  }

  @Test
  void test_importCaseFiles_emptyStoreConnectionKilledHalfway_emptyAndIndexesIntact(
      DataSource database) throws SQLException {
    String schema = DeferredIndexesTest.schema(database);
    long index = indexOid(database);
    int killAt = JdbcBulkImport.BATCH_CHILDREN + 10;
    Stream<CaseFile> files =
        IntStream.range(0, JdbcBulkImport.BATCH_CHILDREN * 2)
            .mapToObj(
                n -> {
                  if (n == killAt) {
                    // The first batch is copied and the indexes are dropped.
                    terminateOtherBackends(database);
                  }
                  return syntheticCaseFile(n, "barnet");
                });

    assertThatThrownBy(() -> new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT))
        .isInstanceOf(PersistenceException.class);

    assertThat(DeferredIndexesTest.schema(database)).isEqualTo(schema);
    assertThat(indexOid(database)).isEqualTo(index);
    assertThat(count(database, "permanence.child")).isZero();
    assertThat(count(database, "permanence.audit_log")).isZero();
  }

  private static long indexOid(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT 'permanence.child_authority'::regclass::oid")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void test_importCaseFiles_hostileText_roundTripsUnchanged(DataSource database) {
    List<String> texts = ContractFixtures.hostileTexts();
    List<CaseFile> files =
        IntStream.range(0, texts.size())
            .mapToObj(i -> ContractFixtures.richCaseFile("H" + i, "bcp", texts.get(i)))
            .collect(Collectors.toList());

    new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT);

    assertThat(new JdbcCaseFileRepository(database).loadCohort(AuthorityId.of("bcp")))
        .containsExactlyInAnyOrderElementsOf(files);
    assertThat(
            new JdbcAuditLog(database)
                .findEntries(PanelRecordRepository.DECISION_ENTITY, "D-H4")
                .get(0)
                .after()
                .orElseThrow())
        .contains("\\u0003");
  }

  @Test
  void test_importCaseFiles_nulCharacter_rejectedNamingFieldNotValue(DataSource database)
      throws SQLException {
    CaseFile file = ContractFixtures.richCaseFile("C1", "bcp", "Secret\u0000Name");

    assertThatThrownBy(() -> new JdbcBulkImport(database).importCaseFiles(List.of(file), ACTOR, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain the NUL character")
        .hasMessageNotContaining("Secret");
    assertThat(count(database, "permanence.child")).isZero();
  }

  @Test
  void test_importCaseFiles_newChildren_auditDocumentsEqualTheDatabasesRenderingOfStoredRows(
      DataSource database) throws SQLException {
    List<String> texts = ContractFixtures.hostileTexts();
    List<CaseFile> files =
        IntStream.range(0, texts.size())
            .mapToObj(i -> ContractFixtures.richCaseFile("H" + i, "bcp", texts.get(i)))
            .collect(Collectors.toList());

    new JdbcBulkImport(database).importCaseFiles(files, ACTOR, AT);

    long decisions = files.stream().mapToLong(f -> f.decisions().size()).sum();
    long actions = files.stream().mapToLong(f -> f.actions().size()).sum();
    long plans = files.stream().filter(f -> !f.plans().isEmpty()).count();
    assertThat(List.of(decisions, actions, plans)).allMatch(n -> n >= texts.size());
    assertAuditedAsRendered(
        database,
        "SELECT decision_id AS id, (to_jsonb(r) - 'seq' - 'version')::text AS doc"
            + " FROM permanence.panel_decision r",
        PanelRecordRepository.DECISION_ENTITY,
        decisions);
    assertAuditedAsRendered(
        database,
        "SELECT action_id AS id, (to_jsonb(r) - 'seq' - 'version')::text AS doc"
            + " FROM permanence.panel_action r",
        PanelRecordRepository.ACTION_ENTITY,
        actions);
    assertAuditedAsRendered(
        database,
        "SELECT child_id AS id, jsonb_agg(to_jsonb(p) - 'child_id' - 'ordinal'"
            + " ORDER BY p.ordinal)::text AS doc FROM permanence.permanence_plan p"
            + " GROUP BY child_id",
        CaseFileRepository.PLANS_ENTITY,
        plans);
  }

  /**
   * Every audit entry of the entity is a creation whose after is the text of {@code rendered}'s doc
   * for its id (PostgreSQL's own rendering), and there are {@code expected} of them.
   */
  private static void assertAuditedAsRendered(
      DataSource database, String rendered, String entity, long expected) throws SQLException {
    String sql =
        "SELECT count(*), count(*) FILTER (WHERE a.after_state = r.doc AND a.before_state IS NULL"
            + " AND a.operation = 'CREATE' AND a.actor_id = '"
            + ACTOR.id()
            + "') FROM permanence.audit_log a JOIN ("
            + rendered
            + ") r ON a.entity_id = r.id WHERE a.entity_type = '"
            + entity
            + "'";
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      assertThat(rows.getLong(1) + "," + rows.getLong(2)).isEqualTo(expected + "," + expected);
    }
  }

  @Test
  void test_importCaseFiles_storedAndNewChildren_replacesStoredCreatesNewAuditsOnlyNew(
      DataSource database) throws SQLException {
    JdbcBulkImport importer = new JdbcBulkImport(database);
    importer.importCaseFiles(cohort(100, "bcp"), ACTOR, AT);
    List<CaseFile> moved =
        IntStream.range(50, 150)
            .mapToObj(n -> syntheticCaseFile(n, "barnet"))
            .collect(Collectors.toList());

    ImportSummary summary = importer.importCaseFiles(moved, ACTOR, LATER);

    assertThat(summary.children()).isEqualTo(100);
    JdbcCaseFileRepository repository = new JdbcCaseFileRepository(database);
    assertThat(repository.loadCohort(AuthorityId.of("barnet"))).isEqualTo(moved);
    assertThat(repository.loadCohort(AuthorityId.of("bcp"))).isEqualTo(cohort(50, "bcp"));
    assertThat(count(database, "permanence.review")).isEqualTo(2 * 150);
    // Plans, decision and action: 3 entries per child, once; the stored ones did not change.
    assertThat(count(database, "permanence.audit_log")).isEqualTo(3 * 150);
    assertThat(
            new JdbcPanelRecordRepository(database)
                .findDecision(moved.get(0).decisions().get(0).id())
                .orElseThrow()
                .version())
        .isEqualTo(1);
  }

  @Test
  void test_importCaseFiles_newChildWithDecisionIdOfAnotherChild_rejectedAndNothingStored(
      DataSource database) throws SQLException {
    CaseFile stored = syntheticCaseFile(1, "bcp");
    new JdbcBulkImport(database).importCaseFiles(List.of(stored), ACTOR, AT);
    CaseFile other = syntheticCaseFile(2, "bcp");
    CaseFile thief =
        CaseFile.builder()
            .authority(other.authority())
            .child(other.child())
            .addAllDecisions(stored.decisions())
            .build();

    assertThatThrownBy(
            () ->
                new JdbcBulkImport(database)
                    .importCaseFiles(List.of(syntheticCaseFile(3, "bcp"), thief), ACTOR, LATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("panel decision D-S0000001 is stored for another child");
    assertThat(count(database, "permanence.child")).isEqualTo(1);
    assertThat(count(database, "permanence.audit_log")).isEqualTo(3);
  }

  private static void terminateOtherBackends(DataSource database) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    + " AND state = 'idle in transaction'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the import's backend").isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every row of the Permanence tables (in a stable order), as one text; without {@code seq}, the
   * internal order key of panel records, which a re-import renumbers in the same order.
   */
  private static String fingerprint(DataSource database) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "child",
              "legal_status_period",
              "placement",
              "period_of_care",
              "review",
              "permanence_plan",
              "panel_decision",
              "panel_action",
              "audit_log")) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT string_agg(r, E'\\n' ORDER BY r) FROM (SELECT (to_jsonb(x) - 'seq')::text"
                    + " AS r FROM permanence."
                    + table
                    + " x) y")) {
          rows.next();
          all.append(table).append(':').append(rows.getString(1)).append('\n');
        }
      }
    }
    return all.toString();
  }

  private static int count(DataSource database, String table) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
