package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's appearance at a panel meeting: which panel, the meeting day, the heading under which
 * the child was listed (the authority's own category, for example "PLO review – week 6") and the
 * outcome as recorded.
 *
 * <p>The outcome is free text written by staff: it may hold personal data and is never logged.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelAppearance {

  /** The panel. */
  public abstract PanelId panel();

  /** The day of the meeting. */
  public abstract LocalDate meetingOn();

  /** The heading under which the child was listed. */
  public abstract String heading();

  /** The outcome as recorded. */
  public abstract Optional<String> outcome();

  /**
   * An appearance with no outcome recorded yet.
   *
   * @param panel the panel
   * @param meetingOn the day of the meeting
   * @param heading the heading, not blank
   * @return the appearance
   */
  public static PanelAppearance of(PanelId panel, LocalDate meetingOn, String heading) {
    return builder().panel(panel).meetingOn(meetingOn).heading(heading).build();
  }

  /** A builder; {@code panel}, {@code meetingOn} and {@code heading} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PanelAppearance}; each attribute may be set once. */
  public static final class Builder extends ImmutablePanelAppearance.Builder {}

  @Value.Check
  final void check() {
    checkArgument(
        !heading().isBlank(),
        "panelAppearance.heading must not be blank (panel %s, meeting %s)",
        panel(),
        meetingOn());
  }

  /** The appearance without the outcome text. */
  @Override
  public final String toString() {
    return "PanelAppearance{panel="
        + panel()
        + ", meetingOn="
        + meetingOn()
        + ", heading="
        + heading()
        + "}";
  }
}
