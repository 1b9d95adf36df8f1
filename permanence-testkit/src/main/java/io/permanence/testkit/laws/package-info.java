/**
 * Laws of Permanence's time package: plain Java predicates that any property engine can drive.
 *
 * <p>{@link io.permanence.testkit.laws.CalendarLaws} holds for every {@link
 * io.permanence.core.time.WorkingCalendar} (shift lands on working days, is monotone, composes,
 * inverts {@code workingDaysBetween}, and agrees with a naive day-by-day reference). {@link
 * io.permanence.testkit.laws.TimescaleLaws} holds for timescales and deadlines (due never before
 * start, working days reach at least as far as calendar days, months clamp to the month end).
 * {@link io.permanence.testkit.laws.ScheduleLaws} holds for panel schedules (meetings ordered,
 * distinct, following the rule; the next available meeting's cut-off has not passed). {@link
 * io.permanence.testkit.laws.TimeGenerators} gives QuickTheories generators for them.
 *
 * <p>Each law returns {@code true} or throws an {@link AssertionError} whose message names the
 * inputs and what went wrong. Null policy: no method accepts or returns {@code null}.
 */
package io.permanence.testkit.laws;
