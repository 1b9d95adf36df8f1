/**
 * Knowsley's Multi-Agency Permanency Panel terms of reference (reviewed October 2024), made
 * executable.
 *
 * <p>{@link io.permanence.rules.knowsley.KnowsleyProvider} assembles the authority: the monthly
 * three-hour panel whose day is configuration ({@code knowsley.schedule}, required: no day is
 * invented), papers due one week before at 17:00 (the cut-off), four parts as headings with their
 * own attendee roles (Part 1 adoption tracking, Part 2 matching and approval, Part 3 children
 * placed with parents, Part 4 scrutiny), and the weekly Monday Legal Planning Meeting that Part 3
 * refers to.
 *
 * <p>Remits: {@link io.permanence.rules.knowsley.Part1Remits} (placement orders, interim care
 * orders under 5, plans that may be adoption — standing, every meeting), {@link
 * io.permanence.rules.knowsley.Part2Remits} (requests, once each), {@link
 * io.permanence.rules.knowsley.Part3Remits} (placed with parents), {@link
 * io.permanence.rules.knowsley.Part4Remits} (residential care, placements not approved as long
 * term, care leavers, actions brought back) and {@link
 * io.permanence.rules.knowsley.LegalPlanningMeetingRemit}; all share {@link
 * io.permanence.rules.knowsley.KnowsleyRemit}. {@link
 * io.permanence.rules.knowsley.ReviewAgreementExclusion} is the one exclusion policy. Deadline
 * rules: {@link io.permanence.rules.knowsley.MinutesDistributedRule} and {@link
 * io.permanence.rules.knowsley.AdmTimetableRule}. {@link
 * io.permanence.rules.knowsley.KnowsleyTracker} is the tracker's scope and {@link
 * io.permanence.rules.knowsley.SiblingPapers} lets a consolidated sibling report satisfy each
 * sibling's paper.
 *
 * <p>{@link io.permanence.rules.knowsley.KnowsleySettings} holds one setting per interpretation. No
 * method accepts or returns {@code null}.
 */
@PermanenceStyle
package io.permanence.rules.knowsley;

import io.permanence.core.PermanenceStyle;
