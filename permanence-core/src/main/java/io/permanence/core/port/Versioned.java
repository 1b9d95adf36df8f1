package io.permanence.core.port;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A stored value with its version, for optimistic concurrency: version 1 when first stored, one
 * more on each update. An update names the version it read; if the stored version has moved on, the
 * update fails with {@link ConcurrentUpdateException}.
 *
 * <p>Instances are immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
@Value.Immutable
public abstract class Versioned<T> {

  /** The stored value. */
  @Value.Parameter
  public abstract T value();

  /** The version, from 1. */
  @Value.Parameter
  public abstract long version();

  /**
   * A versioned value.
   *
   * @param value the value
   * @param version the version, from 1
   * @param <T> the type of the value
   * @return the versioned value
   */
  public static <T> Versioned<T> of(T value, long version) {
    return ImmutableVersioned.of(value, version);
  }

  /**
   * The next version of the stored value.
   *
   * @param newValue the updated value
   * @return the value with version one more
   */
  public final Versioned<T> next(T newValue) {
    return of(newValue, version() + 1);
  }

  @Value.Check
  final void check() {
    checkArgument(version() >= 1, "version must be >= 1 but was %s", version());
  }
}
