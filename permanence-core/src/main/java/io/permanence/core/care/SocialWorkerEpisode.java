package io.permanence.core.care;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.DateSpan;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period during which one social worker was allocated to the child (SSDA903 SWEpisodes table,
 * from 2023-24).
 *
 * <p>The worker id ({@code SW_ID}) is the authority's identifier of the worker, not a name. The
 * reason the episode ended ({@code SW_REASON}, codes such as MANAGE or LEFTRL whose meanings are
 * not verified) is kept as returned. Half-open {@code [start, end)}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SocialWorkerEpisode implements DateSpan {

  /** The worker's id ({@code SW_ID}). */
  public abstract String workerId();

  /** The day the worker was allocated ({@code SW_DECOM}). */
  @Override
  public abstract LocalDate start();

  /** The first day the worker was no longer allocated ({@code SW_DEC}). */
  @Override
  public abstract Optional<LocalDate> end();

  /** Why the episode ended ({@code SW_REASON}), as returned. */
  public abstract Optional<String> reasonCode();

  /**
   * An open allocation.
   *
   * @param workerId the worker's id
   * @param start the day allocated
   * @return the episode
   */
  public static SocialWorkerEpisode of(String workerId, LocalDate start) {
    return builder().workerId(workerId).start(start).build();
  }

  /** A builder; {@code workerId} and {@code start} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link SocialWorkerEpisode}; each attribute may be set once. */
  public static final class Builder extends ImmutableSocialWorkerEpisode.Builder {}

  @Value.Check
  final void check() {
    checkArgument(
        !workerId().isBlank(),
        "socialWorkerEpisode.workerId must not be blank but was '%s'",
        workerId());
    DateSpan.checkEndNotBeforeStart("socialWorkerEpisode", this);
  }
}
