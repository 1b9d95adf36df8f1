package io.permanence.core.child;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a group of siblings, shared by the case files of brothers and sisters planned
 * for together (North Somerset ToR section 5: oversight "as individuals and as part of a sibling
 * group"; Knowsley: consolidated reports for sibling groups). Not blank, at most 64 characters.
 *
 * <p>{@link #toString()} is the id. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SiblingGroupId implements Comparable<SiblingGroupId> {

  /** The maximum length of an id. */
  public static final int MAX_LENGTH = 64;

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The sibling group id of the given text.
   *
   * @param id the id, not blank, at most 64 characters, already trimmed
   * @return the id
   * @throws IllegalArgumentException naming the value if it is blank, too long or not trimmed
   */
  public static SiblingGroupId of(String id) {
    return ImmutableSiblingGroupId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(!id().isBlank(), "sibling group id must not be blank but was '%s'", id());
    checkArgument(
        id().length() <= MAX_LENGTH,
        "sibling group id must be at most %s characters but was %s: '%s'",
        MAX_LENGTH,
        id().length(),
        id());
    checkArgument(
        id().strip().equals(id()),
        "sibling group id must not start or end with white space: '%s'",
        id());
  }

  /** Orders ids by their text. */
  @Override
  public final int compareTo(SiblingGroupId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
