/**
 * CSV adapter: imports SSDA903 returns and case-file CSVs, and exports agendas, trackers and drift
 * reports as spreadsheet-safe CSV, using FastCSV.
 *
 * <p>{@code io.permanence.csv.read} holds the one table reader every format uses, with its
 * findings, counts and import result; {@code io.permanence.csv.write} holds the spreadsheet-safe
 * writer and the pseudonymiser. The SSDA903 and case-file mappings to {@code CaseFile}s build on
 * them. No method accepts or returns {@code null}.
 */
package io.permanence.csv;
