/**
 * England's statutory timescales as deadline rules over a child's case file.
 *
 * <p>{@link io.permanence.rules.statutory.StatutoryTimescales} is the catalogue: {@link
 * io.permanence.rules.statutory.StatutoryTimescales#catalogue()} lists every rule in a fixed order,
 * and one factory per rule lets an authority pick the ones it uses. Each rule is a {@link
 * io.permanence.rules.statutory.StatutoryRule}: a {@link
 * io.permanence.core.evaluation.CaseDeadlineRule} with a {@link io.permanence.core.Citation} (whose
 * source status is exactly that of {@code reference/timescales.md}), a {@link
 * io.permanence.rules.statutory.RuleKind} (statutory, guidance, or early warning for the adoption
 * scorecard) and its counting convention in words.
 *
 * <p>{@link io.permanence.rules.statutory.TrackedDeadline} pairs each {@link
 * io.permanence.core.time.Deadline} with the day it was met (a review held, a final order made, a
 * document on file), so that its status on a date is known.
 *
 * <p>{@link io.permanence.rules.statutory.NotCatalogued} lists what the catalogue deliberately does
 * not hold and why: where the law sets no figure (the length of pre-proceedings, of section 20
 * accommodation) and where the case file model cannot see the facts a rule would need (social
 * worker visits, temporary approval of connected persons).
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Nothing here reads the clock, the default zone or the default locale: the
 * caller passes the date in the {@link io.permanence.core.evaluation.EvaluationContext}.
 */
@PermanenceStyle
package io.permanence.rules.statutory;

import io.permanence.core.PermanenceStyle;
