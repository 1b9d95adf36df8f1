package io.permanence.core.port;

/**
 * An update named a version that is no longer the stored one: someone else changed the entity first
 * (or, when adding, it already exists; or, when updating, it does not exist).
 *
 * <p>The message names the entity type, its id, and the expected and actual versions (0 means "does
 * not exist"), for example {@code "concurrent update of PanelAction A-17: expected version 3 but
 * was 4"}. The caller reloads and retries or reports the conflict.
 */
public final class ConcurrentUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String entityId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param entityType the entity type, for example {@code PanelAction}
   * @param entityId the entity id
   * @param expectedVersion the version the caller read (0: expected not to exist)
   * @param actualVersion the version stored (0: does not exist)
   */
  public ConcurrentUpdateException(
      String entityType, String entityId, long expectedVersion, long actualVersion) {
    super(
        "concurrent update of "
            + entityType
            + " "
            + entityId
            + ": expected version "
            + expectedVersion
            + " but was "
            + actualVersion);
    this.entityType = entityType;
    this.entityId = entityId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The entity type, for example {@code PanelAction}. */
  public String entityType() {
    return entityType;
  }

  /** The entity id. */
  public String entityId() {
    return entityId;
  }

  /** The version the caller expected (0: expected not to exist). */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored (0: does not exist). */
  public long actualVersion() {
    return actualVersion;
  }
}
