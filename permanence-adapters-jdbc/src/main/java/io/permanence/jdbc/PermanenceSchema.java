package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades Permanence's tables with Flyway, using the embedder's {@link DataSource}.
 *
 * <p>All tables live in their own PostgreSQL schema, {@value #SCHEMA}, so that they never collide
 * with the embedder's tables in {@code public}; SQL in this adapter qualifies every table with it
 * (e.g. {@code permanence.audit_log}). Flyway creates the schema if needed and records applied
 * migrations in {@code permanence.}{@value #HISTORY_TABLE}, apart from any Flyway history the
 * embedder keeps for its own schema. The migrations ship inside this jar under {@code
 * db/migration/permanence} ({@code V<n>__<description>.sql}); {@code clean} is disabled.
 */
public final class PermanenceSchema {

  /** The PostgreSQL schema that holds every Permanence table. */
  public static final String SCHEMA = "permanence";

  /** The Flyway schema history table, inside {@link #SCHEMA}. */
  public static final String HISTORY_TABLE = "permanence_schema_history";

  /** Where the migrations are on the class path. */
  public static final String MIGRATIONS_LOCATION = "classpath:db/migration/permanence";

  private PermanenceSchema() {}

  /**
   * Applies every pending migration; applying none when the schema is up to date.
   *
   * @param dataSource the embedder's data source; its user needs to create schemas and tables
   * @return the number of migrations applied by this call (0 when already up to date)
   * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied migration
   *     was changed since
   */
  public static int migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    MigrateResult result =
        Flyway.configure(PermanenceSchema.class.getClassLoader())
            .dataSource(dataSource)
            .schemas(SCHEMA)
            .table(HISTORY_TABLE)
            .locations(MIGRATIONS_LOCATION)
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .cleanDisabled(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
