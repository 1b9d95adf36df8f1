package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Where every child's plan is drifting on a date ({@link Evaluator#drift}): the deadlines that are
 * {@code OVERDUE} or {@code DUE_SOON} and the open actions past their due day ({@link #items()}),
 * the deadlines met late ({@link #history()}), and the findings on case files.
 *
 * <p>Items and history are sorted by due date, child, kind and title; the counts are by kind and by
 * status over the items. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class DriftReport {

  /** The report's date. */
  public abstract LocalDate asOf();

  /** Overdue and due-soon deadlines, and overdue actions, sorted. */
  public abstract ImmutableList<DriftItem> items();

  /** Deadlines met late, sorted: history, not action. */
  public abstract ImmutableList<DriftItem> history();

  /** The findings on case files, sorted. */
  public abstract ImmutableList<DataQualityFinding> findings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DriftReport}. */
  public static final class Builder extends ImmutableDriftReport.Builder {}

  /** The number of items of each kind, every kind present (zero if none), in the enum's order. */
  @Value.Lazy
  public ImmutableSortedMap<DriftKind, Integer> countsByKind() {
    Map<DriftKind, Integer> counts = new EnumMap<>(DriftKind.class);
    for (DriftKind kind : DriftKind.values()) {
      counts.put(kind, 0);
    }
    items().forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /** The number of items of each status found among the items, in the enum's order. */
  @Value.Lazy
  public ImmutableSortedMap<DeadlineStatus, Integer> countsByStatus() {
    Map<DeadlineStatus, Integer> counts = new EnumMap<>(DeadlineStatus.class);
    items().forEach(item -> counts.merge(item.status(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * The items of a child.
   *
   * @param child the child
   * @return the items, sorted
   */
  public final ImmutableList<DriftItem> itemsOf(ChildId child) {
    return items().stream()
        .filter(item -> item.child().equals(child))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@code DriftReport{2026-04-01: {DEADLINE=3, ...}, {OVERDUE=2, DUE_SOON=1}, 1 late}}. */
  @Override
  public final String toString() {
    return "DriftReport{"
        + asOf()
        + ": "
        + countsByKind()
        + ", "
        + countsByStatus()
        + ", "
        + history().size()
        + " met late, "
        + findings().size()
        + " findings}";
  }
}
