package io.permanence.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identifier of a local authority as used in configuration and on the command line: lower case
 * letters, digits and hyphens, for example {@code barnet}, {@code bcp}, {@code north-somerset},
 * {@code knowsley} or {@code buckinghamshire}.
 *
 * <p>{@link #toString()} is the id itself. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class AuthorityId implements Comparable<AuthorityId> {

  private static final Pattern PATTERN = Pattern.compile("[a-z0-9-]+");

  /** The id text, for example {@code north-somerset}. */
  @Value.Parameter
  public abstract String id();

  /**
   * The authority id of the given text.
   *
   * @param id lower-case letters, digits and hyphens, for example {@code bcp}
   * @return the id
   * @throws IllegalArgumentException if the text does not match {@code [a-z0-9-]+}
   */
  public static AuthorityId of(String id) {
    return ImmutableAuthorityId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(
        PATTERN.matcher(id()).matches(), "authority id must match [a-z0-9-]+ but was '%s'", id());
  }

  /** Orders ids alphabetically. */
  @Override
  public final int compareTo(AuthorityId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
