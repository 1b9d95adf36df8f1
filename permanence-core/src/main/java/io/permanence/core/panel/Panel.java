package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A panel of an authority: when it meets, by when referrals and papers must be in, the headings of
 * its agenda in the authority's order, and who sits on it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Panel {

  /** The panel's id, for example {@code bcp-permanence}. */
  public abstract PanelId id();

  /** The panel's name as the terms of reference give it. */
  public abstract String name();

  /** The clause that sets the panel's frequency and day. */
  public abstract Citation scheduleCitation();

  /** When the panel meets. */
  public abstract PanelSchedule schedule();

  /**
   * The cut-off a referral must meet to be heard at a meeting (the referral form or papers due); a
   * referral goes to the first meeting whose cut-off has not passed.
   */
  public abstract CutOff referralCutOff();

  /** When the agenda is circulated, where the terms of reference say. */
  public abstract Optional<CutOff> agendaCirculated();

  /** The headings of the agenda, in the authority's order; at least one. */
  public abstract ImmutableList<Heading> headings();

  /** The core members' roles (those who attend every meeting). */
  public abstract ImmutableList<Role> coreMembers();

  /**
   * The heading with the given id.
   *
   * @param headingId the id
   * @return the heading
   * @throws IllegalArgumentException if the panel has no such heading; the message lists them
   */
  public final Heading getHeading(String headingId) {
    return headings().stream()
        .filter(h -> h.id().equals(headingId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "panel "
                        + id()
                        + " has no heading '"
                        + headingId
                        + "'; its headings are "
                        + headings().stream().map(Heading::id).toList()));
  }

  /** A builder of panels. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Panel}. */
  public static final class Builder extends ImmutablePanel.Builder {}

  @Value.Check
  final void check() {
    checkArgument(!headings().isEmpty(), "panel %s must have at least one heading", id());
    long distinct = headings().stream().map(Heading::id).distinct().count();
    checkArgument(
        distinct == headings().size(),
        "panel %s has duplicate heading ids: %s",
        id(),
        headings().stream().map(Heading::id).toList());
  }

  @Override
  public final String toString() {
    return "Panel{" + id() + ": " + name() + "}";
  }
}
