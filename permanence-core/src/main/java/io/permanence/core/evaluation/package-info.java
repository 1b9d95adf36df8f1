/**
 * The evaluation SPI that every authority implements, and the engine that runs it.
 *
 * <p>{@link io.permanence.core.evaluation.Authority} bundles an authority's panels, {@link
 * io.permanence.core.evaluation.Remit remits} (named policies that refer a child to a panel with a
 * reason and a citation), {@link io.permanence.core.evaluation.ExclusionPolicy exclusion policies},
 * {@link io.permanence.core.evaluation.CaseDeadlineRule deadline rules}, {@link
 * io.permanence.core.evaluation.TrackerScope tracker scope} and {@link
 * io.permanence.core.evaluation.AuthoritySettings settings} (its interpretations of ambiguous
 * clauses, each a {@link io.permanence.core.evaluation.Setting}). {@link
 * io.permanence.core.evaluation.Authorities} finds authorities with {@link
 * java.util.ServiceLoader}.
 *
 * <p>{@link io.permanence.core.evaluation.Evaluator} is the engine: from an authority, a cohort of
 * case files and dates it plans {@link io.permanence.core.evaluation.AgendaPlan agendas}, {@link
 * io.permanence.core.evaluation.Explanation explains} a child's inclusions and exclusions per panel
 * ({@link io.permanence.core.evaluation.PanelExplanation}), reports {@link
 * io.permanence.core.evaluation.DriftReport drift} ({@link io.permanence.core.evaluation.DriftItem}
 * of a {@link io.permanence.core.evaluation.DriftKind}) and builds the {@link
 * io.permanence.core.evaluation.Tracker} ({@link io.permanence.core.evaluation.TrackerRow}); {@link
 * io.permanence.core.evaluation.Evaluator#evaluate} gives agendas, drift and tracker in one pass
 * ({@link io.permanence.core.evaluation.Evaluation}). Explanatory text (reasons, traces, details)
 * is built only when read. Bad data never stops a cohort: each result carries {@link
 * io.permanence.core.evaluation.DataQualityFinding}s instead of throwing. Output is sorted, so it
 * is the same whatever the input order or the parallelism.
 *
 * <p>Everything is evaluated against a case file and an {@link
 * io.permanence.core.evaluation.EvaluationContext} carrying the date; nothing reads the clock. No
 * method accepts or returns {@code null}.
 */
@PermanenceStyle
package io.permanence.core.evaluation;

import io.permanence.core.PermanenceStyle;
