package io.permanence.core.care;

import io.permanence.core.reference.ReviewParticipationCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statutory review of a looked-after child's case (Care Planning, Placement and Case Review
 * (England) Regulations 2010 reg 33; SSDA903 Reviews table): its date and how the child took part.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LookedAfterReview {

  /** The day of the review (SSDA903 {@code REVIEW}). */
  @Value.Parameter
  public abstract LocalDate date();

  /** How the child participated (SSDA903 {@code REVIEW_CODE}), if recorded. */
  @Value.Parameter
  public abstract Optional<ReviewParticipationCode> participation();

  /**
   * A review with no participation recorded.
   *
   * @param date the day of the review
   * @return the review
   */
  public static LookedAfterReview of(LocalDate date) {
    return ImmutableLookedAfterReview.of(date, Optional.empty());
  }

  /**
   * A review with the child's participation.
   *
   * @param date the day of the review
   * @param participation how the child took part
   * @return the review
   */
  public static LookedAfterReview of(LocalDate date, ReviewParticipationCode participation) {
    return ImmutableLookedAfterReview.of(date, Optional.of(participation));
  }
}
