/**
 * JSON adapter: serialises the public values with Jackson 3 and loads gov.uk's {@code
 * bank-holidays.json} into a working calendar. To be filled by the command line issue.
 */
package io.permanence.json;
