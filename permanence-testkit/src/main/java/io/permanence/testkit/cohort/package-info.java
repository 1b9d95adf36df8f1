/**
 * Synthetic cohorts: realistic case files in plausible proportions, for laws, demos and benchmarks.
 *
 * <p>{@link io.permanence.testkit.cohort.SyntheticCohort} generates, from a seed, an authority id
 * and a date, any number of children's case files (ages, legal statuses, placements, PLO, care
 * proceedings, reviews, plans, sibling groups and panel history), the same for the same seed. It
 * never reads the clock. {@link io.permanence.testkit.cohort.SampleAuthority} is a small authority
 * built from the SPI's building blocks, to exercise the engine when no real authority is on the
 * class path.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.permanence.testkit.cohort;
