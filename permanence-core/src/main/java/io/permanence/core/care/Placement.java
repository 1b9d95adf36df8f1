package io.permanence.core.care;

import io.permanence.core.DateSpan;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A placement: where and with whom the child lives, by SSDA903 placement type.
 *
 * <p>Half-open {@code [start, end)}: {@code end} is the day the child moved on ({@code DEC} of the
 * last episode in the placement). The reason for change is recorded when the placement ends
 * (SSDA903 {@code REASON_PLACE_CHANGE}). {@link #longTermMatchOn()} is the day the placement was
 * approved as the child's long-term (permanent) home, for example by a fostering panel, which the
 * BCP Permanence Panel tracks ("children who are not long-term matched with their foster carers");
 * it is kept as recorded and is independent of the U1/U4 placement codes. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Placement implements DateSpan {

  /** The placement type. */
  public abstract PlacementCode code();

  /** The provider (SSDA903 {@code PLACE_PROVIDER}); not required for some types. */
  public abstract Optional<PlacementProviderCode> provider();

  /** The day the child moved in. */
  @Override
  public abstract LocalDate start();

  /** The first day the child no longer lives there; empty while placed. */
  @Override
  public abstract Optional<LocalDate> end();

  /** Why the placement changed, once it has. */
  public abstract Optional<ReasonPlaceChangeCode> reasonForChange();

  /** The day the placement was matched as the child's long-term home. */
  public abstract Optional<LocalDate> longTermMatchOn();

  /** Staying put, staying close or a standard placement. */
  @Value.Default
  public PlacementArrangement arrangement() {
    return PlacementArrangement.STANDARD;
  }

  /**
   * An open placement.
   *
   * @param code the type
   * @param start the day the child moved in
   * @return the placement
   */
  public static Placement of(PlacementCode code, LocalDate start) {
    return builder().code(code).start(start).build();
  }

  /**
   * An ended placement.
   *
   * @param code the type
   * @param start the day the child moved in
   * @param end the first day the child no longer lived there
   * @return the placement
   */
  public static Placement of(PlacementCode code, LocalDate start, LocalDate end) {
    return builder().code(code).start(start).end(end).build();
  }

  /** A builder; {@code code} and {@code start} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link Placement}; each attribute may be set once. */
  public static final class Builder extends ImmutablePlacement.Builder {}

  /**
   * Whether the placement had been matched as long-term by the date (the match day counts).
   *
   * @param date the date
   * @return true if a long-term match is recorded on or before that date
   */
  public final boolean isLongTermMatchedOn(LocalDate date) {
    return longTermMatchOn().map(match -> !match.isAfter(date)).orElse(false);
  }

  @Value.Check
  final void check() {
    // Read here rather than in DateSpan.endsBeforeStart: a check runs for every value built, and a
    // call site of this type alone lets the compiler inline end() (no Optional is made).
    Optional<LocalDate> end = end();
    if (end.isPresent() && end.get().isBefore(start())) {
      throw DateSpan.endBeforeStart("placement(" + code() + ")", this);
    }
  }
}
