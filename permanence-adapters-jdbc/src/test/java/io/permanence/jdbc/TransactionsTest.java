package io.permanence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class TransactionsTest {

  @BeforeEach
  void createTable(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)");
    }
  }

  @Test
  void test_inTransaction_commitsAndReturnsResult(DataSource database) throws SQLException {
    int inserted =
        Transactions.inTransaction(database, "insert notes", c -> insert(c, 1) + insert(c, 2));

    assertThat(inserted).isEqualTo(2);
    assertThat(count(database)).isEqualTo(2);
  }

  @Test
  void test_inTransaction_runtimeException_rollsBackAndRethrows(DataSource database)
      throws SQLException {
    IllegalStateException failure = new IllegalStateException("stop");

    assertThatThrownBy(
            () ->
                Transactions.inTransaction(
                    database,
                    "insert notes",
                    c -> {
                      insert(c, 1);
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(count(database)).isZero();
  }

  @Test
  void test_inTransaction_sqlException_rollsBackAndWrapsNamingOperation(DataSource database)
      throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inTransaction(
                    database, "insert notes", c -> insert(c, 1) + insert(c, 1)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("operation 'insert notes' failed with SQLSTATE 23505")
        .hasCauseInstanceOf(SQLException.class)
        .satisfies(
            e -> {
              PersistenceException p = (PersistenceException) e;
              assertThat(p.operation()).isEqualTo("insert notes");
              assertThat(p.sqlState()).contains("23505");
            });
    assertThat(count(database)).isZero();
  }

  @Test
  void test_inTransaction_nullResult_rollsBackAndThrows(DataSource database) throws SQLException {
    assertThatThrownBy(
            () ->
                Transactions.inTransaction(
                    database,
                    "insert notes",
                    c -> {
                      insert(c, 1);
                      return null;
                    }))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("work for operation 'insert notes' returned null");
    assertThat(count(database)).isZero();
  }

  @Test
  void test_inTransaction_restoresAutoCommitAndClosesConnection(DataSource database)
      throws SQLException {
    try (Connection real = database.getConnection()) {
      boolean[] closed = {false};
      Connection tracked = nonClosing(real, closed);
      DataSource single = singleConnection(tracked);

      Transactions.inTransaction(single, "insert note", c -> insert(c, 1));
      assertThat(real.getAutoCommit()).isTrue();
      assertThat(closed[0]).isTrue();

      closed[0] = false;
      assertThatThrownBy(
              () ->
                  Transactions.inTransaction(
                      single,
                      "insert note",
                      c -> {
                        throw new IllegalArgumentException("stop");
                      }))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(real.getAutoCommit()).isTrue();
      assertThat(closed[0]).isTrue();

      real.setAutoCommit(false);
      Transactions.inTransaction(single, "insert note", c -> insert(c, 2));
      assertThat(real.getAutoCommit()).isFalse();
      real.setAutoCommit(true);
    }
    assertThat(count(database)).isEqualTo(2);
  }

  private static int insert(Connection connection, int id) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO note (id, body) VALUES (?, ?)")) {
      insert.setInt(1, id);
      SqlText.bind(insert, 2, "body", "note " + id);
      return insert.executeUpdate();
    }
  }

  private static int count(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM note")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** A view of {@code real} whose close() only records that it was called. */
  private static Connection nonClosing(Connection real, boolean[] closed) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                closed[0] = true;
                return null;
              }
              try {
                return method.invoke(real, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static DataSource singleConnection(Connection connection) {
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return connection;
      }

      @Override
      public Connection getConnection(String user, String password) {
        return connection;
      }

      @Override
      public PrintWriter getLogWriter() {
        throw new UnsupportedOperationException();
      }

      @Override
      public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void setLoginTimeout(int seconds) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int getLoginTimeout() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Logger getParentLogger() {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }
}
