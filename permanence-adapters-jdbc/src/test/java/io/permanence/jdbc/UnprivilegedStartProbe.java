package io.permanence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Started by {@link EmbeddedStoreTest} in a child JVM as an unprivileged user: starts a temporary
 * store, queries it, stops it and prints {@code OK <server_version_num> <start ms>}.
 */
final class UnprivilegedStartProbe {

  private UnprivilegedStartProbe() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    try (EmbeddedStore store = EmbeddedStore.startTemporary()) {
      long startMillis = (System.nanoTime() - started) / 1_000_000;
      try (Connection connection = store.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
        rows.next();
        System.out.println("OK " + rows.getString(1) + " " + startMillis);
      }
    }
  }
}
