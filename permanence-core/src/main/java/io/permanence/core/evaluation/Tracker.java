package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.child.ChildId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The authority's tracker on a date ({@link Evaluator#tracker}): a row per child in its {@link
 * TrackerScope}, sorted by child id, and the findings on case files.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Tracker {

  /** The tracker's date. */
  public abstract LocalDate asOf();

  /** The rows, by child id. */
  public abstract ImmutableList<TrackerRow> rows();

  /** The findings on case files, sorted. */
  public abstract ImmutableList<DataQualityFinding> findings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tracker}. */
  public static final class Builder extends ImmutableTracker.Builder {}

  /**
   * The row of a child.
   *
   * @param child the child
   * @return the row, or empty if the child is not in the tracker's scope
   */
  public final Optional<TrackerRow> findRow(ChildId child) {
    return rows().stream().filter(row -> row.child().equals(child)).findFirst();
  }

  /** {@code Tracker{2026-04-01: 120 rows, 2 findings}}. */
  @Override
  public final String toString() {
    return "Tracker{"
        + asOf()
        + ": "
        + rows().size()
        + " rows, "
        + findings().size()
        + " findings}";
  }
}
