package io.permanence.rules.northsomerset;

import io.permanence.core.child.ChildId;
import org.immutables.value.Value;

/**
 * One difference between two sources of legal data for a child (NSomerset §4 s2): the field, where
 * (a date or which record), and the value in each source ("none" when absent).
 *
 * <p>Holds no date of birth, name or free text. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Discrepancy {

  /** The child. */
  @Value.Parameter
  public abstract ChildId child();

  /** The field that differs. */
  @Value.Parameter
  public abstract LegalDataReconciliation.Field field();

  /** Where: "on Mon 2026-03-02", "proceedings #1", "legal status C1 #1". */
  @Value.Parameter
  public abstract String where();

  /** The first source's value. */
  @Value.Parameter
  public abstract String firstValue();

  /** The second source's value. */
  @Value.Parameter
  public abstract String secondValue();

  /**
   * A discrepancy.
   *
   * @param child the child
   * @param field the field
   * @param where a date or which record
   * @param firstValue the first source's value
   * @param secondValue the second source's value
   * @return the discrepancy
   */
  public static Discrepancy of(
      ChildId child,
      LegalDataReconciliation.Field field,
      String where,
      String firstValue,
      String secondValue) {
    return ImmutableDiscrepancy.of(child, field, where, firstValue, secondValue);
  }

  /** The discrepancy as text: {@code "C1 LEGAL_STATUS on Mon 2026-03-02: C1 vs V2"}. */
  @Override
  public final String toString() {
    return child() + " " + field() + " " + where() + ": " + firstValue() + " vs " + secondValue();
  }
}
