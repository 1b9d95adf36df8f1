package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a panel decision, unique within a panel record repository: not blank, at most
 * 64 characters.
 *
 * <p>{@link #toString()} is the id. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionId implements Comparable<DecisionId> {

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The id of the given text.
   *
   * @param id not blank, at most 64 characters
   * @return the id
   */
  public static DecisionId of(String id) {
    return ImmutableDecisionId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !id().isBlank() && id().length() <= 64,
        "panel decision id must be non-blank and at most 64 characters but was '%s'",
        id());
  }

  /** Orders ids by their text. */
  @Override
  public final int compareTo(DecisionId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
