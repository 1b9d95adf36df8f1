/**
 * The legal side of a child's record: legal statuses, court orders, pre-proceedings and care
 * proceedings.
 *
 * <p>{@link io.permanence.core.legal.LegalStatusPeriod} is a period under one SSDA903 legal status
 * ({@code LS}), half-open {@code [start, end)} like every {@link io.permanence.core.DateSpan}.
 * {@link io.permanence.core.legal.CourtOrder} is an order with its made date, end and extensions,
 * including orders under which the child is not looked after (supervision, child arrangements,
 * special guardianship). {@link io.permanence.core.legal.PreProceedings} is the Public Law Outline
 * pre-proceedings stage (letter before proceedings, review meetings, family group conference).
 * {@link io.permanence.core.legal.CareProceedings} runs from the decision to issue through the
 * hearings to the final order, with extensions of the 26 weeks (Children Act 1989 s.32).
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.legal;

import io.permanence.core.PermanenceStyle;
