/**
 * CSV adapter: imports SSDA903 returns and case-file CSVs into {@code CaseFile}s, and exports
 * agendas, trackers and drift reports as spreadsheet-safe CSV, using FastCSV. To be filled by the
 * CSV adapter issue.
 */
package io.permanence.csv;
