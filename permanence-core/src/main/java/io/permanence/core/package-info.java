/**
 * Permanence core: the pure domain of permanence planning for children in care in England.
 *
 * <p>Sub-packages hold the child ({@code child}), legal statuses, orders and proceedings ({@code
 * legal}), care episodes and reviews ({@code care}), permanence plans ({@code plan}), SSDA903 code
 * lists ({@code reference}), working-day calendars and deadlines ({@code time}), panels ({@code
 * panel}), the case file aggregate ({@code casefile}), the evaluation SPI ({@code evaluation}) and
 * the ports adapters implement ({@code port}).
 *
 * <p>This package holds what every other package shares: {@link io.permanence.core.Citation} (where
 * a rule comes from), {@link io.permanence.core.AuthorityId} (which local authority), and {@link
 * io.permanence.core.DateSpan} (the half-open {@code [start, end)} convention of every period in
 * the model).
 *
 * <p>Nothing in core performs I/O, reads the clock, the default time zone or the default locale;
 * callers pass the date ({@code asOf}). No method accepts or returns {@code null}. Value types are
 * immutable and thread-safe; {@link io.permanence.core.PermanenceStyle} is their Immutables style.
 */
package io.permanence.core;
