/**
 * CSV exports of the engine's results for panel administrators: agendas, trackers, drift reports,
 * exclusions and data-quality findings, with stable, documented columns.
 *
 * <p>{@link io.permanence.csv.export.CsvExports} is the façade: one static method per export, each
 * writing a header and one row per agenda item, tracker row, drift item, exclusion or finding as
 * UTF-8 through {@link io.permanence.csv.write.CsvExport} and {@link
 * io.permanence.csv.write.SafeCsvWriter}, so that every text cell is neutralised against formula
 * injection. The column names of each export are public constants and never change meaning; a new
 * column is only ever appended.
 *
 * <p>{@link io.permanence.csv.export.ExportOptions} says how to write: optionally pseudonymised
 * (child ids and sibling groups replaced by keyed hashes, and the child's id replaced wherever it
 * appears inside the row's free text), optionally with a UTF-8 byte order mark for Excel.
 *
 * <p>No method accepts or returns {@code null}; absent cells are written empty.
 */
@PermanenceStyle
package io.permanence.csv.export;

import io.permanence.core.PermanenceStyle;
