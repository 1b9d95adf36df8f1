package io.permanence.core.legal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Comparators;
import io.permanence.core.DateSpan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A court order about the child: its type, the day it was made, its end and any extensions.
 *
 * <p>As a {@link DateSpan} the order runs from the day made ({@link #start()}) to its effective
 * end, exclusive: the latest extension's new end if extended, else the recorded {@link
 * #originalEnd()} (the day it expired, was discharged or revoked, or is due to expire). For an
 * order "for one year beginning with the date made" made on 2025-03-10 the exclusive end is
 * 2026-03-10. An absent end means the order has no end date (for example a care order until 18,
 * unless discharged).
 *
 * <p>Extensions are kept in order of the day granted; each must be granted while the order is in
 * force and extend it. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CourtOrder implements DateSpan {

  /** The type of order. */
  public abstract CourtOrderType type();

  /** The day the order was made. */
  public abstract LocalDate madeOn();

  /** The end set when the order was made or recorded (exclusive), before any extension. */
  public abstract Optional<LocalDate> originalEnd();

  /** The extensions, in order of the day granted. */
  public abstract List<CourtOrderExtension> extensions();

  /** The day the order was made: the first day in force. */
  @Override
  public final LocalDate start() {
    return madeOn();
  }

  /** The effective end (exclusive): the latest extension's new end, else the original end. */
  @Override
  public final Optional<LocalDate> end() {
    return extensions().isEmpty()
        ? originalEnd()
        : Optional.of(extensions().get(extensions().size() - 1).newEnd());
  }

  /** Whether the order has been extended. */
  public final boolean isExtended() {
    return !extensions().isEmpty();
  }

  /**
   * An order with no end date.
   *
   * @param type the type
   * @param madeOn the day made
   * @return the order
   */
  public static CourtOrder of(CourtOrderType type, LocalDate madeOn) {
    return builder().type(type).madeOn(madeOn).build();
  }

  /**
   * An order with an end.
   *
   * @param type the type
   * @param madeOn the day made
   * @param end the first day it no longer has effect
   * @return the order
   */
  public static CourtOrder of(CourtOrderType type, LocalDate madeOn, LocalDate end) {
    return builder().type(type).madeOn(madeOn).originalEnd(end).build();
  }

  /** A builder; {@code type} and {@code madeOn} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link CourtOrder}; each attribute may be set once. */
  public static final class Builder extends ImmutableCourtOrder.Builder {}

  @Value.Check
  final CourtOrder normalize() {
    originalEnd()
        .ifPresent(
            end ->
                checkArgument(
                    !end.isBefore(madeOn()),
                    "courtOrder(%s).originalEnd must not be before madeOn but was %s < %s",
                    type(),
                    end,
                    madeOn()));
    if (!Comparators.isInOrder(extensions(), BY_GRANTED)) {
      return ((ImmutableCourtOrder) this)
          .withExtensions(
              extensions().stream().sorted(BY_GRANTED).toArray(CourtOrderExtension[]::new));
    }
    Optional<LocalDate> end = originalEnd();
    for (CourtOrderExtension extension : extensions()) {
      checkArgument(
          !extension.grantedOn().isBefore(madeOn()),
          "courtOrder(%s).extensions: grantedOn must not be before madeOn but was %s < %s",
          type(),
          extension.grantedOn(),
          madeOn());
      LocalDate previous = end.orElse(madeOn());
      checkArgument(
          extension.newEnd().isAfter(previous),
          "courtOrder(%s).extensions: newEnd must be after the previous end but was %s <= %s",
          type(),
          extension.newEnd(),
          previous);
      end = Optional.of(extension.newEnd());
    }
    return this;
  }

  private static final Comparator<CourtOrderExtension> BY_GRANTED =
      Comparator.comparing(CourtOrderExtension::grantedOn);
}
