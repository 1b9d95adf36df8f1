package io.permanence.examples.cli;

import io.permanence.core.Citation;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence deadline --from DATE --timescale TEXT}: the due date on the first line, then
 * how it was reached, under the England and Wales working calendar.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes a due date from a start date and a timescale, and shows how it was reached.",
      "Timescales: '20 working days', '3 months', '26 weeks beginning with', '7 days'."
    })
final class DeadlineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "The date of the start event (yyyy-mm-dd).")
  LocalDate from;

  @Option(
      names = "--timescale",
      required = true,
      paramLabel = "TEXT",
      description = "The timescale, for example '20 working days'.")
  String timescale;

  @Override
  public Integer call() {
    DeadlineRule rule =
        DeadlineRule.of(
            "Deadline",
            "Start",
            Timescale.parse(timescale),
            Citation.of("permanence deadline", "--timescale '" + timescale + "'"));
    Deadline deadline = rule.deadlineFrom(from, WorkingCalendars.englandAndWales());
    spec.commandLine().getOut().println(deadline.dueDate());
    spec.commandLine().getOut().println(deadline.trace());
    spec.commandLine()
        .getOut()
        .println("calendar: " + deadline.calendarId() + " " + deadline.calendarVersion());
    return PermanenceCommand.OK;
  }
}
