package io.permanence.core.port;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the audit log: who changed which entity how, when, and its state before and after as
 * text.
 *
 * <p>The instant is the caller's ({@code asOf}); nothing in core reads the clock. Before and after
 * are whatever text the adapter uses to render the entity (for example JSON) and may hold personal
 * data: {@link #toString()} leaves them out. A CREATE has no before; a DELETE no after. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditEntry {

  /** Who made the change. */
  public abstract ActorId actor();

  /** The entity type, for example {@code PanelAction} or {@code CaseFile}. */
  public abstract String entityType();

  /** The entity id, for example an action id or a child id. */
  public abstract String entityId();

  /** What the change did. */
  public abstract AuditOperation operation();

  /** When the change was made, as the caller passed it. */
  public abstract Instant at();

  /** The entity before the change, as text. */
  public abstract Optional<String> before();

  /** The entity after the change, as text. */
  public abstract Optional<String> after();

  /** A builder; all but {@code before} and {@code after} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of an {@link AuditEntry}; each attribute may be set once. */
  public static final class Builder extends ImmutableAuditEntry.Builder {}

  @Value.Check
  final void check() {
    checkArgument(!entityType().isBlank(), "auditEntry.entityType must not be blank");
    checkArgument(
        !entityId().isBlank(), "auditEntry.entityId must not be blank (type %s)", entityType());
    checkArgument(
        operation() != AuditOperation.CREATE || before().isEmpty(),
        "auditEntry %s %s: a CREATE must not have a before",
        entityType(),
        entityId());
    checkArgument(
        operation() == AuditOperation.DELETE || after().isPresent(),
        "auditEntry %s %s: a %s must have an after",
        entityType(),
        entityId(),
        operation());
  }

  /** The entry without before and after. */
  @Override
  public final String toString() {
    return "AuditEntry{actor="
        + actor()
        + ", "
        + operation()
        + " "
        + entityType()
        + " "
        + entityId()
        + ", at="
        + at()
        + "}";
  }
}
