package io.permanence.core.care;

import io.permanence.core.reference.CollectionYear;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A care leaver's outcome around a birthday from the 17th to the 21st (SSDA903 OC3 table), with the
 * codes kept as returned: {@code IN_TOUCH} (YES, NO, DIED, REFU, NREQ, RHOM), {@code ACTIV} (F1 to
 * G6, 0) and {@code ACCOM} (B1 to Z2, 0).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareLeaverOutcome {

  /** The collection year the outcome was returned for. */
  public abstract CollectionYear year();

  /** Whether the authority is in touch ({@code IN_TOUCH}), as returned. */
  public abstract Optional<String> inTouch();

  /** The main activity ({@code ACTIV}), as returned. */
  public abstract Optional<String> activity();

  /** The accommodation and its suitability ({@code ACCOM}), as returned. */
  public abstract Optional<String> accommodation();

  /** A builder; {@code year} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link CareLeaverOutcome}; each attribute may be set once. */
  public static final class Builder extends ImmutableCareLeaverOutcome.Builder {}
}
