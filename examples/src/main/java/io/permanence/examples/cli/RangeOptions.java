package io.permanence.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The meeting dates an agenda plan covers: {@code --from DATE} (default the as-of date) to {@code
 * --to DATE} (exclusive; default five weeks after the start).
 */
final class RangeOptions {

  /** The weeks planned when {@code --to} is not given. */
  static final int DEFAULT_WEEKS = 5;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "The first meeting date, inclusive (default: the as-of date).")
  Optional<LocalDate> from = Optional.empty();

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "The day after the last meeting date (default: five weeks after --from).")
  Optional<LocalDate> to = Optional.empty();

  /** The first meeting date. */
  LocalDate from(LocalDate asOf) {
    return from.orElse(asOf);
  }

  /**
   * The day after the last meeting date.
   *
   * @throws IllegalArgumentException naming the options if the end is not after the start
   */
  LocalDate to(LocalDate asOf) {
    LocalDate start = from(asOf);
    LocalDate end = to.orElse(start.plusWeeks(DEFAULT_WEEKS));
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "--to " + end + ": must be after --from " + start + " (the range is [from, to))");
    }
    return end;
  }
}
