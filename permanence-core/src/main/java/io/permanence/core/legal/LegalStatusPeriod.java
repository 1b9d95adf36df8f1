package io.permanence.core.legal;

import io.permanence.core.DateSpan;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period during which a looked-after child has one legal status (SSDA903 {@code LS}).
 *
 * <p>Half-open {@code [start, end)}: {@code start} is the first day under the status ({@code DECOM}
 * of the first episode with it) and {@code end} the first day under another status or no longer
 * looked after ({@code DEC} of the last such episode). Consecutive SSDA903 episodes with the same
 * legal status may be kept as separate periods or merged; the queries in {@link
 * io.permanence.core.casefile.CaseFile} treat abutting periods as continuous.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalStatusPeriod implements DateSpan {

  /** The legal status. */
  @Value.Parameter
  public abstract LegalStatusCode code();

  /** The first day under the status. */
  @Value.Parameter
  @Override
  public abstract LocalDate start();

  /** The first day no longer under the status; empty while it continues. */
  @Value.Parameter
  @Override
  public abstract Optional<LocalDate> end();

  /**
   * An open period.
   *
   * @param code the legal status
   * @param start the first day under it
   * @return the period
   */
  public static LegalStatusPeriod of(LegalStatusCode code, LocalDate start) {
    return ImmutableLegalStatusPeriod.of(code, start, Optional.empty());
  }

  /**
   * A closed period {@code [start, end)}.
   *
   * @param code the legal status
   * @param start the first day under it
   * @param end the first day no longer under it, not before start
   * @return the period
   */
  public static LegalStatusPeriod of(LegalStatusCode code, LocalDate start, LocalDate end) {
    return ImmutableLegalStatusPeriod.of(code, start, Optional.of(end));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link LegalStatusPeriod}; each attribute may be set once. */
  public static final class Builder extends ImmutableLegalStatusPeriod.Builder {}

  @Value.Check
  final void check() {
    // Read here rather than in DateSpan.endsBeforeStart: a check runs for every value built, and a
    // call site of this type alone lets the compiler inline end() (no Optional is made).
    Optional<LocalDate> end = end();
    if (end.isPresent() && end.get().isBefore(start())) {
      throw DateSpan.endBeforeStart("legalStatusPeriod", this);
    }
  }
}
