package io.permanence.core.panel;

import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import org.immutables.value.Value;

/**
 * Why a child who matched a panel's remit is not listed: for example "aged 17: accommodation
 * reviewed at the Placement and Resource Panel" (BCP Permanence Panel ToR section 5).
 *
 * <p>So a user can ask "why is this child not on the agenda?" and get an answer with its clause.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Exclusion {

  /** The child not listed. */
  public abstract ChildId child();

  /** The panel the child is not listed at. */
  public abstract PanelId panel();

  /** The remit the child matched before the exclusion applied. */
  public abstract String remit();

  /** The name of the exclusion policy that applied. */
  public abstract String policy();

  /** Why the child is not listed. */
  public abstract String reason();

  /** The clause that excludes the child. */
  public abstract Citation citation();

  /** A builder of exclusions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exclusion}. */
  public static final class Builder extends ImmutableExclusion.Builder {}

  @Override
  public final String toString() {
    return "Exclusion{" + child() + " from " + panel() + ": " + reason() + " (" + citation() + ")}";
  }
}
