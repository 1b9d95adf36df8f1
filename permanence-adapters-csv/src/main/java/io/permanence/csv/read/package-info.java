/**
 * Reading CSV files, one reader for every format: tolerant where files vary, strict where meaning
 * is at stake, and never stopping at the first bad row.
 *
 * <p>{@link io.permanence.csv.read.TableSchema} declares a table's columns (required, optional,
 * sensitive). {@link io.permanence.csv.read.TableReader} reads a file of that table with FastCSV,
 * matching headers without regard to case, surrounding whitespace or order, accepting UTF-8 with or
 * without a byte order mark, CRLF or LF, and quoted fields; it streams each record as a {@link
 * io.permanence.csv.read.Row} whose typed accessors ({@code text}, {@code date}, {@code integer},
 * {@code bool01}, {@code parse}) record {@link io.permanence.csv.read.ImportFinding}s instead of
 * throwing. Malformed input (short or long rows, oversized fields, unbalanced quotes, invalid
 * UTF-8) becomes findings, never an unhandled exception.
 *
 * <p>{@link io.permanence.csv.read.ImportResult} holds what an import produced: the values, every
 * finding, the {@link io.permanence.csv.read.RejectedRow}s and the {@link
 * io.permanence.csv.read.FileCounts} per file (rows read = imported + rejected), under an {@link
 * io.permanence.csv.read.ImportMode} (STRICT: any error and nothing is imported; LENIENT: valid
 * rows are kept). {@link io.permanence.csv.read.RejectsReport} writes the findings with the
 * original rows as a spreadsheet-safe CSV for the data owner.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}. Value
 * types are immutable and thread-safe; a {@code TableReader} is immutable and may read several
 * files at once, while a {@code Row} belongs to one mapping call on one thread.
 */
@PermanenceStyle
package io.permanence.csv.read;

import io.permanence.core.PermanenceStyle;
