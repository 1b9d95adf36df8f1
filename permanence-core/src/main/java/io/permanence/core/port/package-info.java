/**
 * The ports adapters implement: storage of case files and panel records, and the audit log.
 *
 * <p>{@link io.permanence.core.port.CaseFileRepository} stores whole {@link
 * io.permanence.core.casefile.CaseFile} snapshots. {@link
 * io.permanence.core.port.PanelRecordRepository} stores what panels write (appearances, decisions,
 * actions, documents), with optimistic concurrency on decisions and actions through {@link
 * io.permanence.core.port.Versioned} and {@link io.permanence.core.port.ConcurrentUpdateException}.
 * {@link io.permanence.core.port.AuditLog} is an append-only record of {@link
 * io.permanence.core.port.AuditEntry}: who ({@link io.permanence.core.port.ActorId}) did what to
 * which entity, when (an instant the caller passes; core never reads the clock).
 *
 * <p>Ports are small: a JDBC adapter and an in-memory implementation both implement them.
 * Implementations must be thread-safe. No method accepts or returns {@code null}.
 */
@PermanenceStyle
package io.permanence.core.port;

import io.permanence.core.PermanenceStyle;
