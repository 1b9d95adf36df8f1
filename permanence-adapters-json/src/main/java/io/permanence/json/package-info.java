/**
 * JSON adapter: the public values of Permanence as JSON (Jackson 3) for vendors' APIs, and a loader
 * of gov.uk's {@code bank-holidays.json} into a working calendar.
 *
 * <p>{@link io.permanence.json.PermanenceJson} holds the configured {@code JsonMapper}. It writes
 * every value type of {@code io.permanence..} (case files, deadlines, panel records, referrals,
 * exclusions, findings and the engine's results) without an annotation in core: the properties of a
 * value type are exactly its attributes, named as their accessors, in alphabetical order; queries
 * and derived values are not written. Dates are ISO-8601, enums are written by name, string ids are
 * plain strings, and a working calendar is written as its identity. It reads back citations,
 * timescales and string ids, not case files (the case-file CSV format is the lossless interchange).
 *
 * <p>{@link io.permanence.json.BankHolidaysJson} turns one division of {@code bank-holidays.json}
 * into a {@link io.permanence.core.time.WorkingCalendar} with id {@code gov.uk/<division>}; bad
 * input fails with a message naming the JSON path and the value.
 *
 * <p>Null policy: no method accepts or returns {@code null}; the JSON written never holds {@code
 * null} (an empty {@code Optional} is omitted).
 *
 * <p>This module depends on {@code permanence-core}, Jackson, Guava and the JDK only, never on
 * another adapter (checked by {@code JsonArchitectureTest}).
 */
package io.permanence.json;
