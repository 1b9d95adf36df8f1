package io.permanence.examples.cli;

/** The output formats of the evaluating commands. */
enum Format {
  /** Readable text. */
  text,
  /** Spreadsheet-safe CSV, one row per item. */
  csv,
  /** JSON of the library's values ({@code PermanenceJson}). */
  json,
  /** A self-contained HTML page for panel papers. */
  html
}
