package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identifier of a panel: lower case letters, digits and hyphens, conventionally the authority
 * id then the panel, for example {@code bcp-permanence} or {@code barnet-permanency-planning}.
 *
 * <p>{@link #toString()} is the id. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelId implements Comparable<PanelId> {

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  /** The id text. */
  @Value.Parameter
  public abstract String id();

  /**
   * The panel id of the given text.
   *
   * @param id lower case letters, digits and hyphens
   * @return the id
   */
  public static PanelId of(String id) {
    return ImmutablePanelId.of(id);
  }

  @Value.Check
  final void check() {
    checkArgument(ID.matcher(id()).matches(), "panel id must match [a-z0-9-]+ but was '%s'", id());
  }

  /** Orders ids by their text. */
  @Override
  public final int compareTo(PanelId other) {
    return id().compareTo(other.id());
  }

  /** The id text. */
  @Override
  public final String toString() {
    return id();
  }
}
