package io.permanence.core.legal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An extension of a court order: the day the court granted it and the order's new end (exclusive:
 * the first day the order no longer has effect).
 *
 * <p>For example a supervision order extended (Children Act 1989 Sch 3 para 6(3), not beyond three
 * years from the date made) or an emergency protection order extended by up to 7 days (s.45(5)).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CourtOrderExtension {

  /** The day the extension was granted. */
  @Value.Parameter
  public abstract LocalDate grantedOn();

  /** The order's new end: the first day it no longer has effect. */
  @Value.Parameter
  public abstract LocalDate newEnd();

  /**
   * An extension.
   *
   * @param grantedOn the day granted
   * @param newEnd the new exclusive end, after the day granted
   * @return the extension
   */
  public static CourtOrderExtension of(LocalDate grantedOn, LocalDate newEnd) {
    return ImmutableCourtOrderExtension.of(grantedOn, newEnd);
  }

  @Value.Check
  final void check() {
    checkArgument(
        newEnd().isAfter(grantedOn()),
        "courtOrderExtension.newEnd must be after grantedOn but was %s <= %s",
        newEnd(),
        grantedOn());
  }
}
