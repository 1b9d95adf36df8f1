/**
 * The contract test suite of the core's storage ports, as abstract JUnit 5 classes: an
 * implementation passes the contract when a concrete subclass of each passes.
 *
 * <p>{@link io.permanence.testkit.contract.StoreContract} is the base: a subclass supplies a fresh
 * {@link io.permanence.core.port.CaseFileRepository}, {@link
 * io.permanence.core.port.PanelRecordRepository} and {@link io.permanence.core.port.AuditLog} over
 * one empty store for each test. {@link io.permanence.testkit.contract.CaseFileRepositoryContract}
 * checks whole case files (exact round trips, replacement, cohorts, streams, the audit of plans,
 * decisions and actions, idempotent saves, hostile text). {@link
 * io.permanence.testkit.contract.PanelRecordRepositoryContract} checks panel records (optimistic
 * concurrency, conflicts naming both versions, concurrent updates with no lost update, audit in the
 * same change). {@link io.permanence.testkit.contract.AuditLogContract} checks the audit log.
 * {@link io.permanence.testkit.contract.ContractFixtures} holds the records they use, including a
 * case file with every kind of record and a table of hostile texts.
 *
 * <p>Null policy: no method accepts or returns null.
 */
package io.permanence.testkit.contract;
