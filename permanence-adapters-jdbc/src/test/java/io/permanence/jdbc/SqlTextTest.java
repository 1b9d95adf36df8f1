package io.permanence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(PostgresExtension.class)
class SqlTextTest {

  @BeforeEach
  void createTable(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE x (id serial PRIMARY KEY, body text NOT NULL)");
    }
  }

  static Stream<Arguments> hostileText() {
    String allControlsButNul =
        IntStream.concat(IntStream.rangeClosed(1, 0x1F), IntStream.of(0x7F, 0x85, 0x9F))
            .mapToObj(Character::toString)
            .collect(Collectors.joining());
    return Stream.of(
        Arguments.of("single quote", "O'Brien"),
        Arguments.of("double quotes and backslashes", "\"quoted\" \\ \\\\ \\' \\x00"),
        Arguments.of("injection", "'; DROP TABLE x; --"),
        Arguments.of("injection with dollar quotes", "$$; DROP TABLE x; $$ $tag$"),
        Arguments.of("control characters except NUL", allControlsButNul),
        Arguments.of("tab, CR, LF", "a\tb\r\nc"),
        Arguments.of("Arabic right to left", "مرحبا بالعالم"),
        Arguments.of("Chinese", "你好，世界"),
        Arguments.of("Devanagari combining marks", "नमस्ते"),
        Arguments.of("Cyrillic and Greek", "Привет Γειά"),
        Arguments.of("emoji outside the BMP", "👩‍👧‍👦 🏳️‍🌈 𝕏"),
        Arguments.of("bidi override", "\u202Eevil\u202C"),
        Arguments.of("zero width and BOM", "a\u200Bb\uFEFFc"),
        Arguments.of("empty", ""),
        Arguments.of("10,000 characters", "ab'c;-- ".repeat(1250)),
        Arguments.of("10,000 non-Latin characters", "界".repeat(10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileText")
  void test_bind_hostileText_roundTripsUnchanged(String label, String value, DataSource database)
      throws SQLException {
    assertThat(roundTrip(database, value)).isEqualTo(value);
    assertThat(tableCount(database)).as("table x still exists").isEqualTo(1);
  }

  @Test
  void test_bind_anyWellFormedTextWithoutNul_roundTripsUnchanged(DataSource database)
      throws SQLException {
    try (Connection connection = database.getConnection()) {
      qt().withExamples(300)
          .forAll(
              strings()
                  .betweenCodePoints(1, Character.MAX_CODE_POINT)
                  .ofLengthBetween(0, 200)
                  .map(SqlTextTest::withoutUnpairedSurrogates))
          .check(s -> roundTrip(connection, s).equals(s));
    }
  }

  @Test
  void test_requireStorable_nul_rejectedNamingFieldAndIndexButNotValue() {
    String value = "Secret Name\u0000tail";

    assertThatThrownBy(() -> SqlText.requireStorable("after_state", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "after_state must not contain the NUL character (U+0000), which PostgreSQL text"
                + " cannot store, but it does at index 11")
        .hasMessageNotContaining("Secret");
  }

  @Test
  void test_requireStorable_unpairedSurrogate_rejected() {
    assertThatThrownBy(() -> SqlText.requireStorable("body", "ab\uD83D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("body must be well-formed UTF-16 but has an unpaired surrogate at index 2");
    assertThatThrownBy(() -> SqlText.requireStorable("body", "\uDC00ab"))
        .hasMessage("body must be well-formed UTF-16 but has an unpaired surrogate at index 0");
  }

  @Test
  void test_requireStorable_pairedSurrogates_accepted() {
    assertThat(SqlText.requireStorable("body", "x\uD83D\uDE00y")).isEqualTo("x😀y");
  }

  @Test
  void test_bind_nul_rejectedBeforeDatabaseAndNothingStored(DataSource database)
      throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inTransaction(
                    database,
                    "insert body",
                    c -> {
                      try (PreparedStatement insert =
                          c.prepareStatement("INSERT INTO x (body) VALUES (?)")) {
                        SqlText.bind(insert, 1, "body", "a\u0000b");
                        return insert.executeUpdate();
                      }
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body must not contain the NUL character");
    assertThat(rowCount(database)).isZero();
  }

  @Test
  void test_driver_nulWithoutSqlText_failsAsPersistenceException(DataSource database)
      throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inTransaction(
                    database,
                    "insert body",
                    c -> {
                      try (PreparedStatement insert =
                          c.prepareStatement("INSERT INTO x (body) VALUES (?)")) {
                        insert.setString(1, "a\u0000b");
                        return insert.executeUpdate();
                      }
                    }))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("operation 'insert body' failed");
    assertThat(rowCount(database)).isZero();
  }

  /** Replaces each unpaired surrogate (not storable, see SqlText) with 'x'. */
  private static String withoutUnpairedSurrogates(String s) {
    return s.codePoints()
        .map(cp -> Character.getType(cp) == Character.SURROGATE ? 'x' : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String roundTrip(DataSource database, String value) throws SQLException {
    try (Connection connection = database.getConnection()) {
      return roundTrip(connection, value);
    }
  }

  private static String roundTrip(Connection connection, String value) {
    try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO x (body) VALUES (?) RETURNING id");
        PreparedStatement select = connection.prepareStatement("SELECT body FROM x WHERE id = ?")) {
      SqlText.bind(insert, 1, "body", value);
      int id;
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getInt(1);
      }
      select.setInt(1, id);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int tableCount(DataSource database) throws SQLException {
    return queryInt(
        database,
        "SELECT count(*) FROM information_schema.tables"
            + " WHERE table_schema = 'public' AND table_name = 'x'");
  }

  private static int rowCount(DataSource database) throws SQLException {
    return queryInt(database, "SELECT count(*) FROM x");
  }

  private static int queryInt(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
