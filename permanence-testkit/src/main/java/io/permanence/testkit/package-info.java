/**
 * Permanence testkit: fluent scenario builders that state a child's history in a few lines,
 * QuickTheories generators for the model's values, synthetic cohorts, and laws (plain Java
 * predicates) that every calendar, timescale and authority must satisfy.
 */
package io.permanence.testkit;
