package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One child's row on the authority's tracker on a date ({@link Evaluator#tracker}).
 *
 * <p>Weeks count "beginning with" the start day: the day proceedings were issued is day 1 of week
 * 1, so week N runs from {@code issue + 7(N-1)} to {@code issue + 7N - 1}, and week 26 ends on the
 * last day compliant with Children Act 1989 s.32(1)(a); the PLO week counts the same way from the
 * start of pre-proceedings. {@link #toString()} names ids, codes and dates of records only.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class TrackerRow {

  /** Weeks allowed for care proceedings before extensions (Children Act 1989 s.32(1)(a)). */
  public static final int PROCEEDINGS_WEEKS = 26;

  /** The child. */
  public abstract ChildId child();

  /** The legal status on the date. */
  public abstract Optional<LegalStatusCode> legalStatus();

  /** The first day of the unbroken run of that legal status. */
  public abstract Optional<LocalDate> legalStatusSince();

  /** The permanence plan in force (primary and contingency). */
  public abstract Optional<PermanencePlan> plan();

  /** The day the child became looked after, for the period of care on the date. */
  public abstract Optional<LocalDate> becameLookedAfter();

  /** The due date of the earliest unmet looked-after review deadline ({@link DriftKind#REVIEW}). */
  public abstract Optional<LocalDate> nextReviewDue();

  /** The week of care proceedings the date falls in, week 1 beginning with the day of issue. */
  public abstract Optional<Integer> proceedingsWeek();

  /** The weeks the proceedings are allowed: 26 plus the extensions granted. */
  public abstract Optional<Integer> proceedingsWeeksAllowed();

  /** The week of pre-proceedings (PLO) the date falls in, week 1 beginning with their start. */
  public abstract Optional<Integer> ploWeek();

  /** The latest panel appearance on or before the date. */
  public abstract Optional<PanelAppearance> lastPanel();

  /** The first meeting the child is listed at in the ten-week agenda plan from the date. */
  public abstract Optional<PanelAppearance> nextPanel();

  /** The open actions, by due day, each with its owner. */
  public abstract ImmutableList<PanelAction> openActions();

  /** The child's drift items (overdue and due soon), sorted. */
  public abstract ImmutableList<DriftItem> drift();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrackerRow}. */
  public static final class Builder extends ImmutableTrackerRow.Builder {}

  /** The drift flags: the kinds of the child's overdue items. */
  public final ImmutableSortedSet<DriftKind> driftFlags() {
    return drift().stream()
        .filter(item -> item.status() == DeadlineStatus.OVERDUE)
        .map(DriftItem::kind)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo));
  }

  /** {@code TrackerRow{C1 C2 since 2025-02-03, week 12 of 26, next review 2026-05-01, ...}}. */
  @Override
  public final String toString() {
    return "TrackerRow{"
        + child()
        + legalStatus().map(code -> " " + code).orElse(" not looked after")
        + legalStatusSince().map(d -> " since " + d).orElse("")
        + plan()
            .map(p -> ", plan " + p.primary() + p.contingency().map(c -> "/" + c).orElse(""))
            .orElse("")
        + becameLookedAfter().map(d -> ", looked after from " + d).orElse("")
        + nextReviewDue().map(d -> ", next review " + d).orElse("")
        + proceedingsWeek()
            .map(w -> ", week " + w + " of " + proceedingsWeeksAllowed().orElse(PROCEEDINGS_WEEKS))
            .orElse("")
        + ploWeek().map(w -> ", PLO week " + w).orElse("")
        + lastPanel().map(a -> ", last panel " + a.panel() + " " + a.meetingOn()).orElse("")
        + nextPanel().map(a -> ", next panel " + a.panel() + " " + a.meetingOn()).orElse("")
        + ", open actions "
        + openActions().size()
        + ", flags "
        + driftFlags()
        + "}";
  }
}
