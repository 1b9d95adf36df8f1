/**
 * Writing CSV for people: exports that are safe to open in a spreadsheet, and pseudonymised
 * extracts.
 *
 * <p>{@link io.permanence.csv.write.SafeCsvWriter} writes UTF-8, RFC 4180 CSV with a fixed header,
 * neutralising formula injection in every text cell (a leading apostrophe before {@code =}, {@code
 * +}, {@code -}, {@code @}, tab or carriage return) and writing numbers and dates through typed
 * methods. Agendas, trackers, drift reports and the rejects report are all written with it.
 *
 * <p>{@link io.permanence.csv.write.Pseudonymiser} replaces a child's id by a keyed hash
 * (HMAC-SHA256, key from the caller) and a date of birth by its month.
 *
 * <p>No method accepts or returns {@code null}; absent cells are {@link java.util.Optional}.
 */
package io.permanence.csv.write;
