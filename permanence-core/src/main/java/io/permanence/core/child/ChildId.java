package io.permanence.core.child;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a child's record in the authority's case management system (SSDA903 {@code
 * CHILD}): not blank, at most 64 characters, no leading or trailing white space.
 *
 * <p>Ids are not personal data: {@link #toString()} is the id. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ChildId implements Comparable<ChildId> {

  /** The maximum length of an id. */
  public static final int MAX_LENGTH = 64;

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The child id of the given text.
   *
   * @param id the id, not blank, at most 64 characters, already trimmed
   * @return the id
   * @throws IllegalArgumentException naming the value if it is blank, too long or not trimmed
   */
  public static ChildId of(String id) {
    return ImmutableChildId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(!id().isBlank(), "child id must not be blank but was '%s'", id());
    checkArgument(
        id().length() <= MAX_LENGTH,
        "child id must be at most %s characters but was %s: '%s'",
        MAX_LENGTH,
        id().length(),
        id());
    checkArgument(
        id().strip().equals(id()), "child id must not start or end with white space: '%s'", id());
  }

  /** Orders ids by their text. */
  @Override
  public final int compareTo(ChildId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
