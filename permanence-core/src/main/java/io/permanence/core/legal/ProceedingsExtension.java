package io.permanence.core.legal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An extension of the 26-week time limit for care or supervision proceedings: granted only if
 * necessary to resolve the proceedings justly, each for at most 8 weeks (Children Act 1989 s.32(5),
 * (8)).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProceedingsExtension {

  /** The maximum length of one extension in weeks (s.32(8)). */
  public static final int MAX_WEEKS = 8;

  /** The day the court granted the extension. */
  @Value.Parameter
  public abstract LocalDate grantedOn();

  /** The length of the extension in weeks, 1 to 8. */
  @Value.Parameter
  public abstract int weeks();

  /**
   * An extension.
   *
   * @param grantedOn the day granted
   * @param weeks the length in weeks, 1 to 8
   * @return the extension
   */
  public static ProceedingsExtension of(LocalDate grantedOn, int weeks) {
    return ImmutableProceedingsExtension.of(grantedOn, weeks);
  }

  @Value.Check
  final void check() {
    checkArgument(
        weeks() >= 1 && weeks() <= MAX_WEEKS,
        "proceedingsExtension.weeks must be in [1, %s] (Children Act 1989 s.32(8)) but was %s",
        MAX_WEEKS,
        weeks());
  }
}
