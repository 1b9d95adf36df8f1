/**
 * Laws of Permanence: plain Java predicates that any property engine (or a plain test) can drive.
 *
 * <p>{@link io.permanence.testkit.laws.CalendarLaws} holds for every {@link
 * io.permanence.core.time.WorkingCalendar} (shift lands on working days, is monotone, composes,
 * inverts {@code workingDaysBetween}, and agrees with a naive day-by-day reference). {@link
 * io.permanence.testkit.laws.TimescaleLaws} holds for timescales and deadlines (due never before
 * start, working days reach at least as far as calendar days, months clamp to the month end).
 * {@link io.permanence.testkit.laws.ScheduleLaws} holds for panel schedules (meetings ordered,
 * distinct, following the rule; the next available meeting's cut-off has not passed). {@link
 * io.permanence.testkit.laws.TimeGenerators} gives QuickTheories generators for them. Each of these
 * returns {@code true} or throws an {@link AssertionError} whose message names the inputs and what
 * went wrong.
 *
 * <p>{@link io.permanence.testkit.laws.AuthorityLaws} checks the engine's output for an authority
 * over a cohort and a range of dates: agenda dates are scheduled meetings, listed children meet
 * their remits at the cut-off, referrals are placed once, no child is listed twice under a heading
 * or both listed and excluded, every result is cited. {@link io.permanence.testkit.laws.RemitLaws}
 * checks one remit's decisions: no exception, purity, and a referral that names the right child,
 * panel, heading and remit. These return their violations as readable lines naming ids only.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.permanence.testkit.laws;
