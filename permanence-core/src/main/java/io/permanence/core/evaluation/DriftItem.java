package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One entry of the drift report: a deadline of a child that is overdue, due soon or was met late,
 * or an action agreed at panel that is past its due day; with the clause and the role to escalate
 * to.
 *
 * <p>{@link #detail()} says how the due date was reached (a deadline's trace) and may hold dates
 * that identify the child, so {@link #toString()} leaves it out. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class DriftItem implements Comparable<DriftItem> {

  /** The report's order: due date, child, kind, title. */
  private static final Comparator<DriftItem> ORDER =
      Comparator.comparing(DriftItem::dueDate)
          .thenComparing(DriftItem::child)
          .thenComparing(DriftItem::kind)
          .thenComparing(DriftItem::title);

  /** The child. */
  public abstract ChildId child();

  /** What kind of drift. */
  public abstract DriftKind kind();

  /** What is due, for example {@code "Second review"} or an action's type and id. */
  public abstract String title();

  /** The last compliant day. */
  public abstract LocalDate dueDate();

  /** Where it stands on the report's date: OVERDUE, DUE_SOON or (history) MET_LATE. */
  public abstract DeadlineStatus status();

  /** The clause that sets the deadline or makes the action binding. */
  public abstract Citation citation();

  /** The role to escalate to: the rule's, or the authority's default. */
  public abstract Role escalateTo();

  /** How the due date was reached, or what the action is; may identify the child. */
  public abstract String detail();

  /** A builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DriftItem}. */
  public static final class Builder extends ImmutableDriftItem.Builder {}

  /** Orders by due date, child, kind, then title. */
  @Override
  public final int compareTo(DriftItem other) {
    return ORDER.compare(this, other);
  }

  /** {@code DriftItem{C3 REVIEW 'Second review' due 2026-03-02 OVERDUE (cite) -> iro}}. */
  @Override
  public final String toString() {
    return "DriftItem{"
        + child()
        + " "
        + kind()
        + " '"
        + title()
        + "' due "
        + dueDate()
        + " "
        + status()
        + " ("
        + citation()
        + ") -> "
        + escalateTo()
        + "}";
  }
}
