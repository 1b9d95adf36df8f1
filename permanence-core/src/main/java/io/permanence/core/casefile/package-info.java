/**
 * The case file: one child's whole record as an immutable snapshot, the aggregate every rule
 * evaluates.
 *
 * <p>{@link io.permanence.core.casefile.CaseFile} holds the authority, the child and every record
 * of the other packages, each list sorted by date. Its invariants hold by construction: periods of
 * care, legal status periods and placements do not overlap; no period ends before it starts;
 * nothing that needs a born child (care, placements, reviews, court orders) is dated before the
 * birth or recorded for an unborn child. Every failure names the field, the child id and the
 * values. It answers the questions rules ask: looked after on a date, the legal status, placement
 * and plan on a date, reviews in a range, open actions, documents of a type, flags in force.
 *
 * <p>{@link io.permanence.core.casefile.CaseFlag} marks facts no other record holds, of a {@link
 * io.permanence.core.casefile.CaseFlagType}: for example that a Legal Gateway Meeting determined
 * section 20 appropriate, or that a case was flagged for scrutiny by a named role.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.casefile;

import io.permanence.core.PermanenceStyle;
