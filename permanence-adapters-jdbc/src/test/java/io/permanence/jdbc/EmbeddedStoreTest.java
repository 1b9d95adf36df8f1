package io.permanence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class EmbeddedStoreTest {

  /** A made-up value standing for personal data; it must never reach a log. */
  private static final String MARKER = "Zebedee-Quixote-4711";

  @Test
  void test_startTemporary_servesPostgres14OrLater(EmbeddedStore store) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT current_setting('server_version_num')::int, current_user,"
                    + " current_setting('TimeZone'), current_setting('server_encoding')")) {
      rows.next();
      assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(140000);
      assertThat(rows.getString(2)).isEqualTo("postgres");
      assertThat(rows.getString(4)).isEqualTo("UTF8");
    }
    assertThat(store.port()).isPositive();
  }

  @Test
  void test_start_keepsDataBetweenRuns(@TempDir Path directory) throws SQLException {
    Path storeDirectory = directory.resolve("db");
    try (EmbeddedStore first = EmbeddedStore.start(storeDirectory)) {
      execute(first.dataSource(), "CREATE TABLE kept (v text)");
      execute(first.dataSource(), "INSERT INTO kept VALUES ('still here')");
    }

    try (EmbeddedStore second = EmbeddedStore.start(storeDirectory)) {
      assertThat(queryString(second.dataSource(), "SELECT v FROM kept")).isEqualTo("still here");
      assertThat(queryString(second.dataSource(), "SHOW synchronous_commit")).isEqualTo("on");
    }
    assertThat(storeDirectory.resolve(EmbeddedStore.DATA_DIRECTORY_NAME).resolve("PG_VERSION"))
        .exists();
  }

  @Test
  void test_close_stopsServerDeletesTemporaryDirectoryAndIsIdempotent() {
    EmbeddedStore store = EmbeddedStore.startTemporary();
    DataSource dataSource = store.dataSource();

    store.close();
    store.close();

    assertThatThrownBy(() -> dataSource.getConnection().close()).isInstanceOf(SQLException.class);
  }

  @Test
  void test_dataSource_serverNeverLogsValues() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    String serverLog;
    try (EmbeddedStore store = EmbeddedStore.startTemporary()) {
      DataSource dataSource = store.dataSource();
      execute(dataSource, "CREATE TABLE person (name text PRIMARY KEY, age int)");
      insertPerson(dataSource, MARKER);
      assertThatThrownBy(() -> insertPerson(dataSource, MARKER))
          .as("duplicate key: PostgreSQL's DETAIL would name the value")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(dataSource, "SELECT '" + MARKER + "'::int"))
          .as("invalid input: PostgreSQL's message echoes the value")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  Transactions.inTransaction(
                      dataSource, "insert person", c -> insertPerson(c, MARKER)))
          .isInstanceOf(PersistenceException.class)
          .hasMessageNotContaining(MARKER);
      // A LOG-level line written after the errors: once it is in the log, so would they be.
      execute(dataSource, "SELECT pg_reload_conf()");
      serverLog = awaitLogged(store.logFile(), "reloading configuration files");
    } finally {
      System.setErr(originalErr);
    }
    assertThat(serverLog).contains("database system is ready").doesNotContain(MARKER);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("embedded PostgreSQL started on port")
        .doesNotContain(MARKER);
  }

  @Test
  void test_startTemporary_asUnprivilegedUser(@TempDir Path directory) throws Exception {
    assumeTrue(EmbeddedStore.isRoot(), "runs only as root (as a normal user every test does)");
    Path setpriv = Path.of("/usr/bin/setpriv");
    assumeTrue(Files.isExecutable(setpriv), "needs setpriv (util-linux)");
    Path home = Files.createTempDirectory(Path.of("/tmp"), "permanence-unprivileged-");
    try {
      UserPrincipal nobody =
          home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path lib = Files.createDirectory(home.resolve("lib"));
      List<String> classPath = new ArrayList<>();
      int index = 0;
      for (String entry : System.getProperty("java.class.path").split(":")) {
        Path source = Path.of(entry);
        if (!Files.exists(source)) {
          continue;
        }
        Path target = lib.resolve((index++) + "-" + source.getFileName());
        copyRecursively(source, target);
        classPath.add(target.toString());
      }
      Path tmp = Files.createDirectory(home.resolve("tmp"));
      chownRecursively(home, nobody);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child =
          new ProcessBuilder(
                  setpriv.toString(),
                  "--reuid=65534",
                  "--regid=65534",
                  "--clear-groups",
                  "--",
                  java,
                  "-Djava.io.tmpdir=" + tmp,
                  "-Duser.home=" + home,
                  "-cp",
                  String.join(":", classPath),
                  UnprivilegedStartProbe.class.getName())
              .directory(home.toFile())
              .redirectErrorStream(true)
              .start();
      String output;
      try (var in = child.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).containsPattern("(?m)^OK 1[4-9]\\d{4} \\d+$");
      System.out.println(
          "unprivileged cold start (extraction + initdb + start): "
              + output.lines().filter(l -> l.startsWith("OK ")).findFirst().orElseThrow());
    } finally {
      deleteRecursively(home);
    }
  }

  private static int insertPerson(DataSource dataSource, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return insertPerson(connection, name);
    }
  }

  private static int insertPerson(Connection connection, String name) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO person (name, age) VALUES (?, 7)")) {
      SqlText.bind(insert, 1, "name", name);
      return insert.executeUpdate();
    }
  }

  private static String awaitLogged(Path logFile, String text)
      throws InterruptedException, IOException {
    for (int i = 0; i < 300; i++) {
      String log = Files.readString(logFile, StandardCharsets.UTF_8);
      if (log.contains(text)) {
        return log;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server log never showed: " + text);
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String queryString(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void copyRecursively(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, target.resolve(source.relativize(path).toString()));
      }
    }
  }

  private static void chownRecursively(Path root, UserPrincipal owner) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.setOwner(path, owner);
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
