package io.permanence.examples.cli;

import io.permanence.jdbc.EmbeddedStore;
import io.permanence.jdbc.PermanenceSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open store for the command line program: the embedded PostgreSQL store in a directory, or a
 * server reached by JDBC URL; its schema migrated on opening. Closing stops an embedded server.
 */
final class Store implements AutoCloseable {

  private final Optional<EmbeddedStore> embedded;
  private final DataSource dataSource;
  private final String description;

  private Store(Optional<EmbeddedStore> embedded, DataSource dataSource, String description) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.description = description;
  }

  /**
   * Starts the embedded store in a directory and migrates it.
   *
   * @param directory the store's directory
   * @param create whether to create the store if the directory holds none
   * @return the store
   * @throws IllegalArgumentException naming {@code --db-dir} if there is no store and {@code
   *     create} is false
   */
  static Store embedded(Path directory, boolean create) {
    Path data = directory.resolve(EmbeddedStore.DATA_DIRECTORY_NAME);
    if (!create && !Files.isDirectory(data)) {
      throw new IllegalArgumentException(
          "--db-dir "
              + directory
              + ": no store there; run 'permanence demo' or 'permanence import --input DIR'"
              + " first, or read CSV files directly with --input DIR");
    }
    EmbeddedStore store = EmbeddedStore.start(directory);
    try {
      PermanenceSchema.migrate(store.dataSource());
      return new Store(
          Optional.of(store),
          store.dataSource(),
          "embedded store " + directory.toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Connects to a PostgreSQL server and migrates its {@code permanence} schema.
   *
   * @param url the JDBC URL
   * @return the store
   * @throws IllegalArgumentException naming {@code --db} if the URL is wrong or the server cannot
   *     be reached
   */
  static Store connect(String url) {
    String shown = url.replaceAll("\\?.*", "?...");
    PGSimpleDataSource source = new PGSimpleDataSource();
    try {
      source.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--db " + shown + ": not a PostgreSQL JDBC URL", e);
    }
    try {
      PermanenceSchema.migrate(source);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--db " + shown + ": could not open the store (" + e.getMessage() + ")", e);
    }
    return new Store(Optional.empty(), source, "PostgreSQL " + shown);
  }

  /** The data source. */
  DataSource dataSource() {
    return dataSource;
  }

  /** Where the store is, for messages. */
  String description() {
    return description;
  }

  /** Stops the embedded server, if any. */
  @Override
  public void close() {
    embedded.ifPresent(EmbeddedStore::close);
  }
}
