package io.permanence.core.legal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Comparators;
import com.google.common.collect.Ordering;
import io.permanence.core.DateSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pre-proceedings stage under the Public Law Outline (PLO): from the decision to enter
 * pre-proceedings to its outcome.
 *
 * <p>Half-open {@code [start, end)}: {@code start} is the day pre-proceedings began (the legal
 * planning decision), {@code end} the first day the child is no longer in pre-proceedings (the day
 * proceedings were issued, or it was stepped down). There is no statutory maximum duration; the
 * authorities' own reviews (Barnet every 8 weeks, Buckinghamshire at weeks 6 and 12) are rules on
 * top of these dates.
 *
 * <p>The family group decision-making meeting must be offered in the letter before proceedings
 * (Children Act 1989 s.31ZA); its offer and meeting dates are kept as recorded and may precede the
 * start. Review meeting dates are kept in order. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreProceedings implements DateSpan {

  /** The day pre-proceedings began. */
  @Override
  public abstract LocalDate start();

  /** The first day no longer in pre-proceedings; empty while they continue. */
  @Override
  public abstract Optional<LocalDate> end();

  /** The day the letter before proceedings was sent. */
  public abstract Optional<LocalDate> letterBeforeProceedingsOn();

  /** The days of the PLO meetings held after the letter (initial and review meetings), in order. */
  public abstract List<LocalDate> reviewMeetings();

  /** The day a family group conference (family group decision-making meeting) was offered. */
  public abstract Optional<LocalDate> familyGroupConferenceOfferedOn();

  /** The day the family group conference was held. */
  public abstract Optional<LocalDate> familyGroupConferenceHeldOn();

  /** How pre-proceedings ended; only once ended. */
  public abstract Optional<PreProceedingsOutcome> outcome();

  /**
   * Open pre-proceedings begun on a day.
   *
   * @param start the day begun
   * @return the pre-proceedings
   */
  public static PreProceedings of(LocalDate start) {
    return builder().start(start).build();
  }

  /** A builder; {@code start} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link PreProceedings}; each attribute may be set once. */
  public static final class Builder extends ImmutablePreProceedings.Builder {}

  @Value.Check
  final PreProceedings normalize() {
    if (!Comparators.isInOrder(reviewMeetings(), Ordering.natural())) {
      return ((ImmutablePreProceedings) this)
          .withReviewMeetings(Ordering.natural().sortedCopy(reviewMeetings()));
    }
    DateSpan.checkEndNotBeforeStart("preProceedings", this);
    letterBeforeProceedingsOn()
        .ifPresent(
            letter ->
                checkArgument(
                    !letter.isBefore(start()),
                    "preProceedings.letterBeforeProceedingsOn must not be before start but was %s"
                        + " < %s",
                    letter,
                    start()));
    if (!reviewMeetings().isEmpty()) {
      LocalDate first = reviewMeetings().get(0);
      checkArgument(
          !first.isBefore(start()),
          "preProceedings.reviewMeetings must not be before start but was %s < %s",
          first,
          start());
    }
    checkArgument(
        outcome().isEmpty() || end().isPresent(),
        "preProceedings.outcome %s requires an end but end was empty (start %s)",
        outcome().map(Object::toString).orElse(""),
        start());
    return this;
  }
}
