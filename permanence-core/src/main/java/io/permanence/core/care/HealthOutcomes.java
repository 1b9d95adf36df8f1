package io.permanence.core.care;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.reference.CollectionYear;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A year's outcomes for a child looked after continuously for at least 12 months at 31 March
 * (SSDA903 OC2 table).
 *
 * <p>Indicators are kept exactly: a present key is the returned 1 ({@code true}) or 0 ({@code
 * false}); an absent key is a blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class HealthOutcomes {

  /** The collection year the outcomes were returned for. */
  public abstract CollectionYear year();

  /** The strengths and difficulties questionnaire score, 0 to 40 ({@code SDQ_SCORE}). */
  public abstract Optional<Integer> sdqScore();

  /** Why no SDQ score was returned ({@code SDQ_REASON}, SDQ1 to SDQ5), as returned. */
  public abstract Optional<String> sdqReason();

  /** The yes/no indicators returned; an absent indicator was blank. */
  public abstract Map<HealthIndicator, Boolean> indicators();

  /** A builder; {@code year} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link HealthOutcomes}; each attribute may be set once. */
  public static final class Builder extends ImmutableHealthOutcomes.Builder {}

  @Value.Check
  final void check() {
    sdqScore()
        .ifPresent(
            score ->
                checkArgument(
                    score >= 0 && score <= 40,
                    "healthOutcomes.sdqScore must be in [0, 40] but was %s",
                    score));
  }
}
