/**
 * Permanence plans.
 *
 * <p>{@link io.permanence.core.plan.PermanenceOption} lists the options in the order of preference
 * of the BCP Permanence Panel terms of reference, section 1 (reunification; kinship care or special
 * guardianship within the family network; adoption; long-term fostering), followed by the options
 * that have no rank. {@link io.permanence.core.plan.PermanencePlan} is a plan as recorded: primary
 * option, contingency, the day recorded and the review that ratified it. {@link
 * io.permanence.core.plan.PlanHistory} orders a child's plans and answers which plan was in force
 * on a date.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.plan;

import io.permanence.core.PermanenceStyle;
