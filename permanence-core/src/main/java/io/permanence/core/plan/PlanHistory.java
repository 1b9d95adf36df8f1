package io.permanence.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A child's permanence plans in the order recorded, and which was in force on a date.
 *
 * <p>Plans are sorted by the day recorded; plans recorded on the same day keep their given order
 * and the last of them is the one in force (a correction made the same day). A plan is in force
 * from the day it is recorded (inclusive) until the day the next is recorded (exclusive). Instances
 * are immutable and thread-safe.
 */
public final class PlanHistory {

  private static final PlanHistory EMPTY = new PlanHistory(ImmutableList.of());

  private final ImmutableList<PermanencePlan> plans;

  private PlanHistory(ImmutableList<PermanencePlan> plans) {
    this.plans = plans;
  }

  /**
   * The history of the plans, in any order.
   *
   * @param plans the plans
   * @return the history, sorted by the day recorded (stable)
   */
  public static PlanHistory of(Iterable<PermanencePlan> plans) {
    ImmutableList<PermanencePlan> sorted =
        ImmutableList.sortedCopyOf(Comparator.comparing(PermanencePlan::recordedOn), plans);
    return sorted.isEmpty() ? EMPTY : new PlanHistory(sorted);
  }

  /** The plans, sorted by the day recorded. */
  public List<PermanencePlan> plans() {
    return plans;
  }

  /** Whether no plan has been recorded. */
  public boolean isEmpty() {
    return plans.isEmpty();
  }

  /**
   * The plan in force on the date: the last recorded on or before it.
   *
   * @param date the date
   * @return the plan, or empty if none had been recorded by then
   */
  public Optional<PermanencePlan> findInForceOn(LocalDate date) {
    for (PermanencePlan plan : Lists.reverse(plans)) {
      if (!plan.recordedOn().isAfter(date)) {
        return Optional.of(plan);
      }
    }
    return Optional.empty();
  }

  /** The latest plan recorded. */
  public Optional<PermanencePlan> findLatest() {
    return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
  }

  /**
   * The first plan recorded on or after the date, for example the first plan after a child became
   * looked after.
   *
   * @param date the date
   * @return the plan, or empty if none was recorded on or after it
   */
  public Optional<PermanencePlan> findFirstRecordedOnOrAfter(LocalDate date) {
    return plans.stream().filter(plan -> !plan.recordedOn().isBefore(date)).findFirst();
  }

  /** Equal if the plans are equal in order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PlanHistory && ((PlanHistory) other).plans.equals(plans);
  }

  /** A hash of the plans. */
  @Override
  public int hashCode() {
    return plans.hashCode();
  }

  /** The plans as text. */
  @Override
  public String toString() {
    return "PlanHistory" + plans;
  }
}
