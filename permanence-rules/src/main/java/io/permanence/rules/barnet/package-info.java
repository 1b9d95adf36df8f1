/**
 * The Barnet Permanency Planning Panel terms of reference, clause by clause, on the evaluation SPI.
 *
 * <p>{@link io.permanence.rules.barnet.BarnetAuthorityProvider} assembles the authority {@code
 * barnet} from {@link io.permanence.rules.barnet.BarnetSettings} (one setting per interpretation of
 * an ambiguous clause, {@code docs/interpretations.md}). {@link
 * io.permanence.rules.barnet.BarnetPanels} builds the Permanency Planning Panel (weekly, Tuesday;
 * referral cut-off Friday 17:00; headings in the document's order) and, when its schedule is
 * configured, the Permanency Tracking Meeting.
 *
 * <p>The remits are named policies, one class per remit clause: {@link
 * io.permanence.rules.barnet.BecameLookedAfterRemit} (remit 1, the becoming-looked-after window),
 * {@link io.permanence.rules.barnet.AtRiskRemit}, {@link
 * io.permanence.rules.barnet.PreProceedingsConsideredRemit}, {@link
 * io.permanence.rules.barnet.CareProceedingsConsideredRemit}, {@link
 * io.permanence.rules.barnet.RemandRemit}, {@link io.permanence.rules.barnet.PloReviewRemit},
 * {@link io.permanence.rules.barnet.DelayedIssueRemit}, {@link
 * io.permanence.rules.barnet.ResidentialPlacementRemit}, {@link
 * io.permanence.rules.barnet.ScrutinyRemit} and {@link
 * io.permanence.rules.barnet.TrackingMeetingRemit}. A remit is met when the child must be heard at
 * the meeting being planned (or, without one, at the next meeting whose cut-off has not passed);
 * each referral's window says which meetings may hear it.
 *
 * <p>The deadline rules ({@link io.permanence.rules.barnet.DecisionSignOffRule}, {@link
 * io.permanence.rules.barnet.BlaPresentationRule}, {@link
 * io.permanence.rules.barnet.PloReviewDeadlineRule}, {@link
 * io.permanence.rules.barnet.IssueDelayRule}) return the deadlines not yet met on the context's
 * date; {@link io.permanence.rules.barnet.BarnetEscalationRoute} names who each kind of drift is
 * raised with.
 *
 * <p>Nothing here reads the clock, the default zone or the default locale. No method accepts or
 * returns {@code null}.
 */
@PermanenceStyle
package io.permanence.rules.barnet;

import io.permanence.core.PermanenceStyle;
