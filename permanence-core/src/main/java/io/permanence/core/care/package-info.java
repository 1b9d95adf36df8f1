/**
 * The care side of a child's record, shaped after the SSDA903 tables.
 *
 * <p>{@link io.permanence.core.care.PeriodOfCare} is a continuous period of being looked after (one
 * or more SSDA903 episodes) and why it ended. {@link io.permanence.core.care.Placement} is where
 * the child lives (SSDA903 {@code PLACE}), with its provider, the reason it changed and the date it
 * was matched as long-term. {@link io.permanence.core.care.LookedAfterReview} is a statutory
 * review. {@link io.permanence.core.care.AdoptionMilestones} holds the adoption dates (decision,
 * placement order, match, placement, adoption order, reversal). {@link
 * io.permanence.core.care.PreviousPermanence}, {@link io.permanence.core.care.MissingEpisode},
 * {@link io.permanence.core.care.SocialWorkerEpisode}, {@link
 * io.permanence.core.care.HealthOutcomes} (OC2) and {@link
 * io.permanence.core.care.CareLeaverOutcome} (OC3) give every other SSDA903 table an exact home.
 *
 * <p>Every period is a half-open {@link io.permanence.core.DateSpan} {@code [start, end)}. No
 * method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.care;

import io.permanence.core.PermanenceStyle;
