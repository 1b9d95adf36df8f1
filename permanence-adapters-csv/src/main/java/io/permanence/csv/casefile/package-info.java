/**
 * Case-file CSVs: a set of CSV files that holds everything in a {@link
 * io.permanence.core.casefile.CaseFile}, for what SSDA903 does not hold (plans, pre-proceedings,
 * care proceedings, court orders, case flags, panel history, documents on file) and for a lossless
 * export and re-import of any case file.
 *
 * <p>{@link io.permanence.csv.casefile.CaseFileTable} names the files and their columns. {@link
 * io.permanence.csv.casefile.CaseFileExporter} writes a set of case files to a directory; {@link
 * io.permanence.csv.casefile.CaseFileImporter} reads them back with the module's one table reader,
 * a child at a time, whole or not at all, and merges them with an SSDA903 import by child id (the
 * case-file set wins, kind of record by kind of record).
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.permanence.csv.casefile;
