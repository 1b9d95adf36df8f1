package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a panel action, unique within a panel record repository: not blank, at most 64
 * characters.
 *
 * <p>{@link #toString()} is the id. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionId implements Comparable<ActionId> {

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The id of the given text.
   *
   * @param id not blank, at most 64 characters
   * @return the id
   */
  public static ActionId of(String id) {
    return ImmutableActionId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !id().isBlank() && id().length() <= 64,
        "panel action id must be non-blank and at most 64 characters but was '%s'",
        id());
  }

  /** Orders ids by their text. */
  @Override
  public final int compareTo(ActionId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
