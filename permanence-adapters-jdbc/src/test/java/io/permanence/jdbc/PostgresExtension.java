package io.permanence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one temporary {@link EmbeddedStore} per test JVM, and a fresh, migrated
 * database for every test.
 *
 * <p>The store starts on first use and stops when the test plan ends (it is an {@code
 * AutoCloseable} in the root extension store). A template database is migrated once with {@link
 * PermanenceSchema#migrate}; before each test, {@code CREATE DATABASE ... TEMPLATE} copies it (tens
 * of milliseconds) and after the test it is dropped, so tests never see each other's rows and the
 * append-only audit log needs no cleaning.
 *
 * <p>Test methods (or constructors, lifecycle methods) declare what they need as parameters: a
 * {@link DataSource} for the test's own migrated database, or the shared {@link EmbeddedStore}.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class JdbcCaseFileRepositoryTest {
 *   @Test
 *   void test_save_roundTrips(DataSource database) { ... }
 * }
 * }</pre>
 */
public final class PostgresExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);
  private static final String TEMPLATE = "permanence_template";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The shared store, closed by JUnit at the end of the test plan. */
  static final class SharedStore implements AutoCloseable {
    final EmbeddedStore store;

    SharedStore() {
      store = EmbeddedStore.startTemporary();
      execute(store.dataSource(), "CREATE DATABASE " + TEMPLATE);
      PermanenceSchema.migrate(store.dataSource(TEMPLATE));
    }

    @Override
    public void close() {
      store.close();
    }
  }

  private static EmbeddedStore store(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedStore.class, key -> new SharedStore(), SharedStore.class)
        .store;
  }

  /**
   * Creates a new empty (unmigrated) database in {@code store} and returns its name.
   *
   * @param store the store
   * @return the new database's name
   */
  static String createEmptyDatabase(EmbeddedStore store) {
    String name = "empty_" + DATABASES.incrementAndGet();
    execute(store.dataSource(), "CREATE DATABASE " + name);
    return name;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    EmbeddedStore store = store(context);
    String name = "test_" + DATABASES.incrementAndGet();
    execute(store.dataSource(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    context.getStore(NAMESPACE).put(String.class, name);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String name = context.getStore(NAMESPACE).remove(String.class, String.class);
    if (name != null) {
      execute(store(context).dataSource(), "DROP DATABASE " + name + " WITH (FORCE)");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DataSource.class || type == EmbeddedStore.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    EmbeddedStore store = store(context);
    if (parameter.getParameter().getType() == EmbeddedStore.class) {
      return store;
    }
    String name = context.getStore(NAMESPACE).get(String.class, String.class);
    if (name == null) {
      throw new IllegalStateException("a test database exists only for test methods");
    }
    return store.dataSource(name);
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }
}
