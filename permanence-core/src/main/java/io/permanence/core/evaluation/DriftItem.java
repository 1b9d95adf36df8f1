package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
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

  /**
   * How the due date was reached, or what the action is; may identify the child.
   *
   * <p>Built when first read, from the text or function the item was built with (a deadline's
   * {@link io.permanence.core.time.Deadline#trace() trace} is itself built on first read); being an
   * explanation, it takes no part in {@code equals} and {@code hashCode}.
   */
  @Value.Lazy
  public String detail() {
    return Objects.requireNonNull(detailSource().get(), "detail");
  }

  /** Where {@link #detail()} comes from; set through {@code Builder.detail}. */
  @Value.Auxiliary
  abstract Supplier<String> detailSource();

  /** A builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DriftItem}. */
  public static final class Builder extends ImmutableDriftItem.Builder {

    /**
     * Sets the detail.
     *
     * @param detail the text
     * @return this builder
     * @throws IllegalStateException if the detail was set already
     */
    public Builder detail(String detail) {
      Objects.requireNonNull(detail, "detail");
      return detail(() -> detail);
    }

    /**
     * Sets the detail as a function called once, when {@link DriftItem#detail()} is first read. The
     * function must be pure (it may run on any thread) and must not return null.
     *
     * @param detail the function building the text
     * @return this builder
     * @throws IllegalStateException if the detail was set already
     */
    public Builder detail(Supplier<String> detail) {
      detailSource(detail);
      return this;
    }
  }

  /** Orders by due date, child, kind, then title. */
  @Override
  public final int compareTo(DriftItem other) {
    int order = dueDate().compareTo(other.dueDate());
    if (order == 0) {
      order = child().compareTo(other.child());
    }
    if (order == 0) {
      order = kind().compareTo(other.kind());
    }
    return order != 0 ? order : title().compareTo(other.title());
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
