package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a child must go to a panel, under which heading, and between which meeting dates.
 *
 * <p>A referral is produced by a {@code Remit} for a child on a date. The agenda planner places it
 * at the first meeting of the panel whose referral cut-off has not passed and whose date lies in
 * the half-open window [{@link #earliestMeeting()}, {@link #latestMeetingExclusive()}).
 */
@Value.Immutable
@PermanenceStyle
public abstract class Referral {

  /** The child referred. */
  public abstract ChildId child();

  /** The child's sibling group, so that siblings are listed together. */
  public abstract Optional<SiblingGroupId> siblingGroup();

  /** The panel the child is referred to. */
  public abstract PanelId panel();

  /** The heading the child is listed under. */
  public abstract Heading heading();

  /** The name of the remit that produced the referral. */
  public abstract String remit();

  /** Why the child is referred, in words a panel administrator would use. */
  public abstract String reason();

  /** The clause that requires the referral. */
  public abstract Citation citation();

  /** The earliest acceptable meeting date (inclusive). */
  public abstract LocalDate earliestMeeting();

  /** The end of the window of acceptable meeting dates (exclusive). */
  public abstract LocalDate latestMeetingExclusive();

  /** Papers this referral needs beyond its heading's paperwork. */
  public abstract ImmutableList<DocumentType> extraPaperwork();

  /** The papers required: the heading's and this referral's, without repeats. */
  @Value.Lazy
  public ImmutableList<DocumentType> paperwork() {
    return ImmutableList.<DocumentType>builder()
        .addAll(heading().paperwork())
        .addAll(extraPaperwork())
        .build()
        .stream()
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether a meeting on the date may hear this referral.
   *
   * @param meetingDate the meeting's date
   * @return true if the date lies in the window
   */
  public final boolean acceptsMeetingOn(LocalDate meetingDate) {
    return !meetingDate.isBefore(earliestMeeting())
        && meetingDate.isBefore(latestMeetingExclusive());
  }

  /** A builder of referrals. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {}

  @Value.Check
  final void check() {
    checkArgument(
        latestMeetingExclusive().isAfter(earliestMeeting()),
        "referral window of child %s must not be empty but was [%s, %s)",
        child(),
        earliestMeeting(),
        latestMeetingExclusive());
  }

  @Override
  public final String toString() {
    return "Referral{"
        + child()
        + " to "
        + panel()
        + "/"
        + heading().id()
        + " in ["
        + earliestMeeting()
        + ", "
        + latestMeetingExclusive()
        + "): "
        + reason()
        + " ("
        + citation()
        + ")}";
  }
}
