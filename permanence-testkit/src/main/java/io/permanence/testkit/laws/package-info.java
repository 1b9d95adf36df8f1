/**
 * Laws every authority and every remit must satisfy, as plain Java so that any property-testing
 * engine (or a plain test) can drive them.
 *
 * <p>{@link io.permanence.testkit.laws.AuthorityLaws} checks the engine's output for an authority
 * over a cohort and a range of dates: agenda dates are scheduled meetings, listed children meet
 * their remits at the cut-off, referrals are placed once, no child is listed twice under a heading
 * or both listed and excluded, every result is cited. {@link io.permanence.testkit.laws.RemitLaws}
 * checks one remit's decisions: no exception, purity, and a referral that names the right child,
 * panel, heading and remit. Each law returns its violations as readable lines naming ids only.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.permanence.testkit.laws;
