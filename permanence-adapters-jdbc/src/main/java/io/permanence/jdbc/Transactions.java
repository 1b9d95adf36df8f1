package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a unit of work in one JDBC transaction on a connection taken from the embedder's {@link
 * DataSource}: no framework, no pool of our own.
 *
 * <p>The connection's auto-commit is switched off for the work, the transaction is committed when
 * the work returns and rolled back when it throws anything; auto-commit is then restored to what it
 * was and the connection is closed (returned to the embedder's pool, if any). An {@link
 * SQLException} is rethrown as an unchecked {@link PersistenceException} naming the operation;
 * runtime exceptions and errors are rethrown unchanged after the rollback.
 */
public final class Transactions {

  private Transactions() {}

  /**
   * Work done with a connection inside a transaction.
   *
   * @param <T> the result, never null
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work; must not commit, roll back or close the connection.
     *
     * @param connection the transaction's connection, auto-commit off
     * @return the result, never null (return a count or {@code Optional} instead)
     * @throws SQLException when the database fails
     */
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction and returns its result.
   *
   * @param dataSource where the connection comes from
   * @param operation the name of the operation for error messages, e.g. {@code "save case file"};
   *     it must not contain personal data
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   * @throws PersistenceException when the database fails, after rolling back
   * @throws NullPointerException when the work returns null
   */
  public static <T> T inTransaction(DataSource dataSource, String operation, Work<T> work) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(operation, "operation");
    requireNonNull(work, "work");
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      T result;
      try {
        result = work.apply(connection);
        requireNonNull(result, () -> "work for operation '" + operation + "' returned null");
        connection.commit();
      } catch (Throwable failure) {
        rollback(connection, failure);
        restore(connection, autoCommit, failure);
        throw failure;
      }
      connection.setAutoCommit(autoCommit);
      return result;
    } catch (SQLException e) {
      throw new PersistenceException(operation, e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static void restore(Connection connection, boolean autoCommit, Throwable failure) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException restoreFailure) {
      failure.addSuppressed(restoreFailure);
    }
  }
}
