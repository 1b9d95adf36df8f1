/**
 * QuickTheories generators for the Permanence model.
 *
 * <p>{@link io.permanence.testkit.generators.Generators} holds one static factory per value: dates
 * in a range, child ids, children, legal status periods, placements, plans and whole case files.
 * Generated case files are built through {@link io.permanence.testkit.Scenario}, so their histories
 * always satisfy the invariants of {@link io.permanence.core.casefile.CaseFile}.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.permanence.testkit.generators;
