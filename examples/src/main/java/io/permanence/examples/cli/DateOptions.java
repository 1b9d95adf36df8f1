package io.permanence.examples.cli;

import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The date an evaluation is made on: {@code --as-of DATE}, by default today in Europe/London (the
 * command line reads the clock; the library never does).
 */
final class DateOptions {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date to evaluate on, yyyy-mm-dd (default: today in Europe/London).")
  Optional<LocalDate> asOf = Optional.empty();

  /** The date given, or today in Europe/London. */
  LocalDate asOf() {
    return asOf.orElseGet(() -> LocalDate.now(WorkingCalendars.LONDON));
  }
}
