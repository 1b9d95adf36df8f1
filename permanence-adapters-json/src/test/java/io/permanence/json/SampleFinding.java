package io.permanence.json;

import io.permanence.core.PermanenceStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding shaped like the CSV adapter's {@code ImportFinding} (which this module must not depend
 * on): required, optional and default attributes, and a derived query that is not an attribute.
 */
@Value.Immutable
@PermanenceStyle
public abstract class SampleFinding {

  /** Whether a finding rejects its row. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public abstract String fileName();

  public abstract long lineNumber();

  public abstract Optional<String> column();

  public abstract Optional<String> value();

  public abstract String reason();

  public abstract Severity severity();

  @Value.Default
  public boolean isSensitive() {
    return false;
  }

  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  static ImmutableSampleFinding.Builder builder() {
    return ImmutableSampleFinding.builder();
  }
}
