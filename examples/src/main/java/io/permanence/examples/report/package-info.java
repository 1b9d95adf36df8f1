/**
 * The HTML report for panel papers: one self-contained page (inline CSS, no script, no external
 * resource) with the agenda of each meeting and its paper checklist, the tracker, the drift report
 * and a timeline per child.
 *
 * <p>{@link io.permanence.examples.report.HtmlReport} builds the page from the engine's results;
 * every text that comes from data (ids, reasons, citations, titles, settings) passes through {@link
 * io.permanence.examples.report.Html#escape}. The report names children by their id only: no name,
 * date of birth or address is written. It shows each child's age in whole years on the report's
 * date, which the remits themselves turn on (under 5, aged 17), and the dates of the records the
 * panel reviews (legal statuses, placements, plans, reviews, deadlines, panels).
 *
 * <p>Null policy: no method accepts or returns null.
 */
package io.permanence.examples.report;
