package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why a child is, or is not, on one panel's next agenda: every remit's decision (met and not met,
 * each with reason and citation), the exclusions that keep a met referral off the agenda, and the
 * referrals that would be listed.
 *
 * <p>A met decision whose referral window does not contain the meeting date is neither listed nor
 * excluded: its {@link Referral#earliestMeeting()} says when it becomes due. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class PanelExplanation {

  /** The panel. */
  public abstract PanelId panel();

  /**
   * The meeting considered: the first whose referral cut-off date is on or after the date asked.
   */
  public abstract Optional<ScheduledMeeting> meeting();

  /** The date the remits were evaluated on: the meeting's cut-off date, or the date asked. */
  public abstract LocalDate evaluatedOn();

  /** Every remit's decision, in the authority's order of remits. */
  public abstract ImmutableList<RemitDecision> decisions();

  /** The met referrals the meeting can hear that an exclusion policy keeps off the agenda. */
  public abstract ImmutableList<Exclusion> exclusions();

  /** The met referrals the meeting can hear and no policy excludes: the child's inclusions. */
  public abstract ImmutableList<Referral> listed();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PanelExplanation}. */
  public static final class Builder extends ImmutablePanelExplanation.Builder {}

  /** The decisions that are met. */
  public final ImmutableList<RemitDecision> met() {
    return decisions().stream()
        .filter(RemitDecision::isMet)
        .collect(ImmutableList.toImmutableList());
  }

  /** The decisions that are not met. */
  public final ImmutableList<RemitDecision> notMet() {
    return decisions().stream().filter(d -> !d.isMet()).collect(ImmutableList.toImmutableList());
  }

  /** {@code PanelExplanation{panel on Thu 2026-04-02: met [a], not met [b], excluded [c]}}. */
  @Override
  public final String toString() {
    return "PanelExplanation{"
        + panel()
        + meeting().map(m -> " on " + m).orElse(" (no meeting)")
        + ": met "
        + met().stream().map(RemitDecision::remit).collect(Collectors.toList())
        + ", not met "
        + notMet().stream().map(RemitDecision::remit).collect(Collectors.toList())
        + ", excluded "
        + exclusions().stream().map(Exclusion::policy).collect(Collectors.toList())
        + "}";
  }
}
