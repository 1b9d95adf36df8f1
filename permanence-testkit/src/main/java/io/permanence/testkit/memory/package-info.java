/**
 * An in-memory implementation of the core's storage ports, for tests and examples.
 *
 * <p>{@link io.permanence.testkit.memory.InMemoryStore} implements {@link
 * io.permanence.core.port.CaseFileRepository}, {@link
 * io.permanence.core.port.PanelRecordRepository} and {@link io.permanence.core.port.AuditLog} over
 * one shared state, with the same semantics as the JDBC adapter: whole case files replaced
 * atomically, panel records part of the child's case file, optimistic concurrency on decisions and
 * actions, and an audit entry for every change to a decision, an action or the plans, appended
 * atomically with the change. The contract suite in {@code io.permanence.testkit.contract} holds
 * both implementations to it.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 */
package io.permanence.testkit.memory;
