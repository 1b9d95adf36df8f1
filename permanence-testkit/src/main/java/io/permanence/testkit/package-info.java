/**
 * Permanence testkit: fluent scenario builders that state a child's history in a few lines,
 * QuickTheories generators for the model's values, synthetic cohorts, and laws (plain Java
 * predicates) that every calendar, timescale and authority must satisfy.
 *
 * <p>{@link io.permanence.testkit.Scenario} builds a consistent {@link
 * io.permanence.core.casefile.CaseFile} from episode-style steps ({@code lookedAfterFrom}, {@code
 * legalStatusChange}, {@code placementChange}, {@code ceasedToBeLookedAfter}) with sensible
 * defaults. {@link io.permanence.testkit.generators.Generators} generates dates, ids, children,
 * periods, plans and whole case files whose histories always satisfy the case file's invariants.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.permanence.testkit;
