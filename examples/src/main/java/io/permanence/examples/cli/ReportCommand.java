package io.permanence.examples.cli;

import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluation;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.examples.report.HtmlReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code permanence report --output FILE}: the HTML page for panel papers: agendas with their
 * checklists, tracker, drift, and a timeline per listed child.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained, printable HTML page for panel papers: the agenda of each"
          + " meeting in the range with its paper checklist, the tracker, the drift report and a"
          + " timeline of each listed child."
    })
final class ReportCommand extends EvaluatingCommand {

  @Mixin RangeOptions range;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  Path output;

  @Override
  void validate() {
    range.to(dateOptions.asOf());
  }

  @Override
  int run(Evaluator evaluator, Cohort cohort) {
    LocalDate asOf = dateOptions.asOf();
    LocalDate from = range.from(asOf);
    LocalDate to = range.to(asOf);
    AgendaPlan plan;
    Tracker tracker;
    DriftReport drift;
    if (from.equals(asOf)) {
      Evaluation evaluation = evaluator.evaluate(cohort.files(), asOf, to);
      plan = evaluation.agendas();
      tracker = evaluation.tracker();
      drift = evaluation.drift();
    } else {
      plan = evaluator.agendas(cohort.files(), from, to);
      tracker = evaluator.tracker(cohort.files(), asOf);
      drift = evaluator.drift(cohort.files(), asOf);
    }
    String html =
        HtmlReport.builder(evaluator.authority(), asOf)
            .source(cohort.source())
            .agendas(plan)
            .tracker(tracker)
            .drift(drift)
            .timelines(AgendaCommand.listed(plan, cohort.files()))
            .render();
    OutputOptions.write(out(), Optional.of(output), html);
    return PermanenceCommand.OK;
  }
}
