package io.permanence.core.care;

import io.permanence.core.reference.PreviousPermanenceCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The child's previous permanence option before this period of care (SSDA903 PrevPerm table).
 *
 * <p>The local authority ({@code LA_PERM}) is kept as the code returned: an LA code or 999, NIR,
 * NUK, SCO, WAL; "LA_PERM will usually be blank". Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreviousPermanence {

  /** The previous permanence option ({@code PREV_PERM}). */
  public abstract PreviousPermanenceCode code();

  /** The authority that made the arrangement ({@code LA_PERM}), as returned. */
  public abstract Optional<String> localAuthority();

  /** The date of the previous permanence order ({@code DATE_PERM}). */
  public abstract Optional<LocalDate> date();

  /**
   * A previous permanence with only the option recorded.
   *
   * @param code the option
   * @return the value
   */
  public static PreviousPermanence of(PreviousPermanenceCode code) {
    return builder().code(code).build();
  }

  /** A builder; {@code code} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PreviousPermanence}; each attribute may be set once. */
  public static final class Builder extends ImmutablePreviousPermanence.Builder {}
}
