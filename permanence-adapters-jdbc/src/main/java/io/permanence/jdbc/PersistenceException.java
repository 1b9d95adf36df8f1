package io.permanence.jdbc;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Unchecked failure of a storage operation, naming the operation and the SQLSTATE.
 *
 * <p>The message never contains stored values: it holds the operation name given by the caller and
 * the SQLSTATE only, because PostgreSQL's own messages can echo values (for example a rejected
 * key). The original {@link SQLException} is kept as the cause for debugging; treat its message as
 * personal data and do not write it to shared logs.
 */
public final class PersistenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String sqlState;

  /**
   * Wraps a JDBC failure of {@code operation}.
   *
   * @param operation what was being done, e.g. {@code "append audit entry"}; no personal data
   * @param cause the driver's exception, kept as the cause
   */
  public PersistenceException(String operation, SQLException cause) {
    super(messageFor(operation, cause.getSQLState()), cause);
    this.operation = operation;
    this.sqlState = cause.getSQLState();
  }

  private static String messageFor(String operation, String sqlState) {
    return "operation '"
        + operation
        + "' failed"
        + (sqlState == null ? "" : " with SQLSTATE " + sqlState);
  }

  /** Returns the name of the operation that failed, as given by the caller. */
  public String operation() {
    return operation;
  }

  /** Returns the SQLSTATE reported by the driver, if it gave one. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
