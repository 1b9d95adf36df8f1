/**
 * JDBC adapter: PostgreSQL storage behind the core's ports, with Flyway migrations and an embedded
 * default store.
 *
 * <p>{@link io.permanence.jdbc.EmbeddedStore} starts an embedded PostgreSQL 17 (persistent in a
 * store directory, or temporary for tests) and exposes a {@link javax.sql.DataSource}; it works as
 * a normal user and as root (through a user namespace, see its documentation).
 *
 * <p>{@link io.permanence.jdbc.PermanenceSchema} applies the migrations shipped in this jar to the
 * embedder's data source; every table lives in the {@code permanence} schema. V1 creates {@code
 * permanence.audit_log}, which rejects UPDATE, DELETE and TRUNCATE.
 *
 * <p>{@link io.permanence.jdbc.Transactions} runs work in one transaction on the embedder's data
 * source and turns {@link java.sql.SQLException} into {@link
 * io.permanence.jdbc.PersistenceException}, whose message names the operation and SQLSTATE but
 * never a stored value. {@link io.permanence.jdbc.SqlText} binds text parameters and rejects the
 * values PostgreSQL cannot store exactly (NUL, unpaired surrogates). SQL is always parameterised.
 *
 * <p>{@link io.permanence.jdbc.JdbcCaseFileRepository}, {@link
 * io.permanence.jdbc.JdbcPanelRecordRepository} and {@link io.permanence.jdbc.JdbcAuditLog}
 * implement the core's ports on the V2 tables (one row per child in {@code permanence.child}, one
 * table per kind of record, panel decisions and actions with a {@code version} for optimistic
 * concurrency). Every change to a decision, an action or the plans appends its audit entry in the
 * same transaction. {@link io.permanence.jdbc.JdbcBulkImport} imports many case files with
 * PostgreSQL {@code COPY} into staging tables and a set-based replace, in one transaction:
 * idempotent, and all or nothing if the connection dies. {@link io.permanence.jdbc.ImportSummary}
 * counts what it stored.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
package io.permanence.jdbc;
