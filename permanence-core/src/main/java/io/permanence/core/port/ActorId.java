package io.permanence.core.port;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Who made a change: a user account id or a system process id (for example {@code
 * system:ssda903-import}) from the embedding system, never a person's name. Not blank, at most 128
 * characters.
 *
 * <p>{@link #toString()} is the id. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActorId {

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The actor id of the given text.
   *
   * @param id not blank, at most 128 characters
   * @return the id
   */
  public static ActorId of(String id) {
    return ImmutableActorId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !id().isBlank() && id().length() <= 128,
        "actor id must be non-blank and at most 128 characters but was '%s'",
        id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
