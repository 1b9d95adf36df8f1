/**
 * The BCP (Bournemouth, Christchurch and Poole) Children's Social Care Permanence Panel terms of
 * reference, executable; every rule cites its clause ({@code BCP Permanence Panel ToR §…}, see
 * {@code permanence-rules/traceability/bcp.md}).
 *
 * <p>{@link io.permanence.rules.bcp.BcpAuthorityProvider} assembles the {@code bcp} authority from
 * its {@link io.permanence.rules.bcp.BcpSettings settings} (the interpretations of ambiguous
 * clauses, I-BCP-nn). {@link io.permanence.rules.bcp.BcpRotation} says which of the five {@link
 * io.permanence.rules.bcp.BcpCohort cohorts} each weekly meeting considers.
 *
 * <p>Remits, one per cohort of §5.1 and one for the review of actions (§2 s2): {@link
 * io.permanence.rules.bcp.S20AfterTwelveWeeksRemit}, {@link
 * io.permanence.rules.bcp.PlacedWithParentsRemit}, {@link
 * io.permanence.rules.bcp.ReunificationPlanRemit}, {@link
 * io.permanence.rules.bcp.NotLongTermMatchedRemit}, {@link
 * io.permanence.rules.bcp.NoPermanencePlanRemit}, {@link
 * io.permanence.rules.bcp.ReviewOfActionsRemit}. Exclusions of §5.2: {@link
 * io.permanence.rules.bcp.CareProceedingsExclusion}, {@link
 * io.permanence.rules.bcp.LgmS20AppropriateExclusion}, {@link
 * io.permanence.rules.bcp.AgedSeventeenExclusion}.
 *
 * <p>Deadline rules: {@link io.permanence.rules.bcp.PermanencePlanBySecondReviewRule} (§1 ¶3 s1),
 * {@link io.permanence.rules.bcp.ActionsRecordedRule} (§6 ¶2 s1), {@link
 * io.permanence.rules.bcp.TrackerUpdatedRule} (§6 ¶4 s2); each sets {@code Deadline.metOn()} to the
 * day a deadline was met. {@link io.permanence.rules.bcp.BcpConsideration} holds the questions of
 * §5.3, {@link io.permanence.rules.bcp.BcpOutcome} the typed actions of §6, {@link
 * io.permanence.rules.bcp.BcpOrderOfPreference} the order of options of §1 ¶5 s2, {@link
 * io.permanence.rules.bcp.BcpRecords} the case note and tracker records and {@link
 * io.permanence.rules.bcp.BcpRoles} the panel's own roles.
 *
 * <p>Everything here is immutable, thread-safe and pure; no method accepts or returns {@code null}.
 * The package depends on the core only.
 */
@PermanenceStyle
package io.permanence.rules.bcp;

import io.permanence.core.PermanenceStyle;
