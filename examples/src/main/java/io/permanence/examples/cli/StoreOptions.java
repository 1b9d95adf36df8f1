package io.permanence.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that choose the store: the embedded PostgreSQL store in a directory (the default,
 * {@code ./.permanence/db}) or a PostgreSQL server by JDBC URL.
 */
final class StoreOptions {

  /** The default directory of the embedded store, relative to the working directory. */
  static final Path DEFAULT_DIRECTORY = Path.of(".permanence", "db");

  @Option(
      names = "--db-dir",
      paramLabel = "DIR",
      description = "The embedded store's directory (default: ./.permanence/db).")
  Path directory = DEFAULT_DIRECTORY;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "A PostgreSQL JDBC URL to use instead of the embedded store, for example"
              + " jdbc:postgresql://localhost:5432/permanence?user=me")
  Optional<String> url = Optional.empty();

  /**
   * Opens the store.
   *
   * @param create whether to create an embedded store that does not exist yet
   * @return the open store, migrated
   */
  Store open(boolean create) {
    return url.isPresent() ? Store.connect(url.get()) : Store.embedded(directory, create);
  }
}
