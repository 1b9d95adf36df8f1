/**
 * Buckinghamshire Council's "Permanency Planning Tracking for Children in Care" (seed 004) on the
 * evaluation SPI; cited as {@value
 * io.permanence.rules.buckinghamshire.BuckinghamshireSettings#DOCUMENT} with the clause ids of
 * {@code permanence-rules/traceability/buckinghamshire.md}.
 *
 * <p>{@link io.permanence.rules.buckinghamshire.BuckinghamshireAuthorityProvider} assembles the
 * authority: five panels ({@link io.permanence.rules.buckinghamshire.BuckinghamshirePanels}: Legal
 * Planning and New Admissions on Tuesdays, Court Progression and Permanency on Thursdays, Resource
 * on Mondays and Wednesdays, Complex Needs monthly on configured dates), their headings in the
 * document's order with attendee roles ({@link
 * io.permanence.rules.buckinghamshire.BuckinghamshireRoles}), questions and paperwork checklists
 * ({@link io.permanence.rules.buckinghamshire.BuckinghamshirePaperwork}, {@link
 * io.permanence.rules.buckinghamshire.Checklist}).
 *
 * <p>The remits are named factories, one per clause: {@link
 * io.permanence.rules.buckinghamshire.LegalPlanningRemits}, {@link
 * io.permanence.rules.buckinghamshire.CourtProgressionRemits}, {@link
 * io.permanence.rules.buckinghamshire.PermanencyRemits} and {@link
 * io.permanence.rules.buckinghamshire.ResourceRemits}. {@link
 * io.permanence.rules.buckinghamshire.PreventionResourcesExclusion} keeps prevention requests off
 * the Resource Panel; {@link io.permanence.rules.buckinghamshire.BuckinghamshireDeadlineRules} are
 * the authority's own deadlines; {@link io.permanence.rules.buckinghamshire.PaperworkChecklists}
 * lists the papers missing at a cut-off; {@link
 * io.permanence.rules.buckinghamshire.UrgentLegalPlanningRequest} validates out-of-panel urgent LPM
 * requests; {@link io.permanence.rules.buckinghamshire.BuckinghamshireSettings} holds one setting
 * per interpretation.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.rules.buckinghamshire;

import io.permanence.core.PermanenceStyle;
