package io.permanence.benchmarks;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.port.ActorId;
import io.permanence.jdbc.EmbeddedStore;
import io.permanence.jdbc.ImportSummary;
import io.permanence.jdbc.JdbcBulkImport;
import io.permanence.jdbc.JdbcCaseFileRepository;
import io.permanence.jdbc.PermanenceSchema;
import io.permanence.testkit.contract.ContractFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDBC adapter on embedded PostgreSQL 17 (temporary store, {@code fsync=off}):
 *
 * <ul>
 *   <li>{@link #bulkImport100k}: {@link JdbcBulkImport} of {@value #CHILDREN} synthetic children
 *       ({@link ContractFixtures#syntheticCaseFile}, 12 rows each: child, 2 legal statuses, 2
 *       placements, a period of care, 2 reviews, 2 plans, a decision, an action) into an empty
 *       migrated database, in one transaction with its audit entries. Single shot; rows per second
 *       = {@value #CHILDREN} × 12 / score.
 *   <li>{@link #loadCohort2000}: {@link JdbcCaseFileRepository#loadCohort} of one authority's
 *       {@value #COHORT} children out of {@value #STORED} stored (the load alone).
 *   <li>{@link #loadCohort2000AndTracker}: the same load, then {@link Evaluator#tracker} of the
 *       cohort on {@link #AS_OF} by the {@code bcp} authority ({@link
 *       EvaluationBenchmark#resolve}): the "load a cohort and build its tracker".
 *   <li>{@link #loadCohort2000ReusedConnection} and {@link
 *       #loadCohort2000AndTrackerReusedConnection}: the same on one connection kept open between
 *       loads, as an embedder's connection pool gives it. The embedded store's own data source
 *       opens a new connection (a new server process, with cold catalog caches) for every load.
 * </ul>
 *
 * <p>Run: {@code java -jar permanence-benchmarks/target/benchmarks.jar JdbcBenchmark -f 1}.
 */
@State(Scope.Benchmark)
public class JdbcBenchmark {

  /** Children in a bulk import. */
  static final int CHILDREN = 100_000;

  /** Children of the authority whose cohort is loaded. */
  static final int COHORT = 2_000;

  /** Children stored for the cohort load, across ten authorities. */
  static final int STORED = 20_000;

  private static final ActorId ACTOR = ActorId.of("system:benchmark");
  private static final Instant AT = Instant.parse("2026-03-16T09:30:00Z");

  /** The tracker's evaluation date. */
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  private static final String[] AUTHORITIES = {
    "barnet", "bcp", "north-somerset", "knowsley", "buckinghamshire", "a6", "a7", "a8", "a9", "a10"
  };

  private final AtomicInteger databases = new AtomicInteger();
  private EmbeddedStore store;
  private List<CaseFile> files;
  private JdbcCaseFileRepository cohortRepository;
  private Connection reused;
  private JdbcCaseFileRepository reusedRepository;
  private Evaluator evaluator;

  /** Starts the store, generates the children and fills the cohort database. */
  @Setup(Level.Trial)
  public void start() throws SQLException {
    store = EmbeddedStore.startTemporary();
    files =
        IntStream.range(0, CHILDREN)
            .mapToObj(n -> ContractFixtures.syntheticCaseFile(n, "bcp"))
            .collect(Collectors.toList());
    DataSource cohortDatabase = newDatabase();
    ImportSummary stored =
        new JdbcBulkImport(cohortDatabase)
            .importCaseFiles(
                IntStream.range(0, STORED)
                    .mapToObj(n -> ContractFixtures.syntheticCaseFile(n, AUTHORITIES[n % 10]))
                    .collect(Collectors.toList()),
                ACTOR,
                AT);
    System.out.println("cohort database: " + stored);
    cohortRepository = new JdbcCaseFileRepository(cohortDatabase);
    reused = cohortDatabase.getConnection();
    reusedRepository = new JdbcCaseFileRepository(reusing(reused));
    evaluator = Evaluator.of(EvaluationBenchmark.resolve("bcp"));
  }

  /**
   * A new empty migrated database before each bulk import (its own state, so that the other
   * benchmarks of this class do not create one per invocation).
   */
  @State(Scope.Thread)
  public static class ImportTarget {
    DataSource dataSource;

    /**
     * Creates the database.
     *
     * @param benchmark the benchmark's store
     * @throws SQLException if the database cannot be created
     */
    @Setup(Level.Invocation)
    public void emptyDatabase(JdbcBenchmark benchmark) throws SQLException {
      dataSource = benchmark.newDatabase();
    }
  }

  /** A data source that always hands out the one connection given; closing it keeps it open. */
  private static DataSource reusing(Connection connection) {
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return handle;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private DataSource newDatabase() throws SQLException {
    String name = "bench_" + databases.incrementAndGet();
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    DataSource dataSource = store.dataSource(name);
    PermanenceSchema.migrate(dataSource);
    return dataSource;
  }

  /** Stops the store. */
  @TearDown(Level.Trial)
  public void stop() throws SQLException {
    reused.close();
    store.close();
  }

  /**
   * Bulk import of 100,000 children into an empty database.
   *
   * @param target the empty database
   * @return the summary (rows copied)
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ImportSummary bulkImport100k(ImportTarget target) {
    return new JdbcBulkImport(target.dataSource).importCaseFiles(files, ACTOR, AT);
  }

  /**
   * Loads one authority's cohort of 2,000 children.
   *
   * @return the cohort
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<CaseFile> loadCohort2000() {
    return cohortRepository.loadCohort(AuthorityId.of("bcp"));
  }

  /**
   * Loads one authority's cohort of 2,000 children and builds its tracker.
   *
   * @return the tracker
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Tracker loadCohort2000AndTracker() {
    return evaluator.tracker(cohortRepository.loadCohort(AuthorityId.of("bcp")), AS_OF);
  }

  /**
   * Loads one authority's cohort of 2,000 children on a connection kept open between loads.
   *
   * @return the cohort
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<CaseFile> loadCohort2000ReusedConnection() {
    return reusedRepository.loadCohort(AuthorityId.of("bcp"));
  }

  /**
   * Loads one authority's cohort of 2,000 children on a connection kept open between loads, and
   * builds its tracker.
   *
   * @return the tracker
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Tracker loadCohort2000AndTrackerReusedConnection() {
    return evaluator.tracker(reusedRepository.loadCohort(AuthorityId.of("bcp")), AS_OF);
  }
}
