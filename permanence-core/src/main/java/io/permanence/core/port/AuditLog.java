package io.permanence.core.port;

import java.util.List;

/**
 * The append-only audit log: every change to stored records, who made it and when.
 *
 * <p>Implementations are thread-safe. Entries are never changed or removed. {@link
 * #append(AuditEntry)} is atomic and, when called inside a transaction of the same store, part of
 * that transaction (a change and its entry are committed together or not at all).
 */
public interface AuditLog {

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  void append(AuditEntry entry);

  /**
   * The entries for an entity, oldest first (in the order appended).
   *
   * @param entityType the entity type, for example {@code PanelAction}
   * @param entityId the entity id
   * @return the entries, possibly empty
   */
  List<AuditEntry> findEntries(String entityType, String entityId);
}
