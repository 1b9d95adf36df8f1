/**
 * North Somerset's Permanency Tracking Panel terms of reference (July 2022), made executable.
 *
 * <p>{@link io.permanence.rules.northsomerset.NorthSomersetProvider} assembles the authority: one
 * monthly panel whose day is configuration ({@code north-somerset.schedule}, required: no day is
 * invented), its agenda agreed 5 working days before at 17:00, three headings (new entrants,
 * two-monthly discussion, review of actions) and the remits that fill them ({@link
 * io.permanence.rules.northsomerset.NewEntrantRemit}, {@link
 * io.permanence.rules.northsomerset.TwoMonthlyDiscussionRemit}, {@link
 * io.permanence.rules.northsomerset.ActionReviewRemit}).
 *
 * <p>{@link io.permanence.rules.northsomerset.NorthSomersetTracker} is the Permanency Planning
 * Tracker's scope (§7). The authority's own deadline rules are {@link
 * io.permanence.rules.northsomerset.AdministratorNotificationRule} (§3.2), {@link
 * io.permanence.rules.northsomerset.DiscussionIntervalRule} (§6), {@link
 * io.permanence.rules.northsomerset.ChildrenInCareTransferRule} (§5(e)), {@link
 * io.permanence.rules.northsomerset.FamilyFindingRule} (§5(b)) and {@link
 * io.permanence.rules.northsomerset.MinutesRecordedRule} (§3.5); the last three compute nothing
 * until their timescale is configured, as the document states none. {@link
 * io.permanence.rules.northsomerset.LegalDataReconciliation} triangulates legal data between two
 * sources (§4 s2) and lists each {@link io.permanence.rules.northsomerset.Discrepancy}.
 *
 * <p>{@link io.permanence.rules.northsomerset.NorthSomersetSettings} holds one setting per
 * interpretation. No method accepts or returns {@code null}.
 */
@PermanenceStyle
package io.permanence.rules.northsomerset;

import io.permanence.core.PermanenceStyle;
