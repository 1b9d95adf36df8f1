package io.permanence.core.care;

import io.permanence.core.DateSpan;
import io.permanence.core.reference.MissingCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time the child was missing from care or away without authorisation (SSDA903 Missing table).
 *
 * <p>Half-open {@code [start, end)}: {@code end} ({@code MIS_END}) is the day the child returned.
 * Episodes may overlap placements and one another as recorded. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class MissingEpisode implements DateSpan {

  /** Missing (M) or away (A). */
  @Value.Parameter
  public abstract MissingCode type();

  /** The day the child went missing ({@code MIS_START}). */
  @Value.Parameter
  @Override
  public abstract LocalDate start();

  /** The day the child returned ({@code MIS_END}); empty while missing. */
  @Value.Parameter
  @Override
  public abstract Optional<LocalDate> end();

  /**
   * An episode that has not ended.
   *
   * @param type missing or away
   * @param start the day it began
   * @return the episode
   */
  public static MissingEpisode of(MissingCode type, LocalDate start) {
    return ImmutableMissingEpisode.of(type, start, Optional.empty());
  }

  /**
   * An ended episode.
   *
   * @param type missing or away
   * @param start the day it began
   * @param end the day the child returned
   * @return the episode
   */
  public static MissingEpisode of(MissingCode type, LocalDate start, LocalDate end) {
    return ImmutableMissingEpisode.of(type, start, Optional.of(end));
  }

  @Value.Check
  final void check() {
    DateSpan.checkEndNotBeforeStart("missingEpisode", this);
  }
}
