package io.permanence.examples.cli;

import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.examples.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code permanence tracker}: a row per child in the authority's tracker on a date. */
@Command(
    name = "tracker",
    mixinStandardHelpOptions = true,
    description = {
      "The authority's tracker on the as-of date: legal status and since when, plan, reviews,"
          + " week of proceedings and PLO, last and next panel, open actions, overdue flags."
    })
final class TrackerCommand extends EvaluatingCommand {

  @Mixin OutputOptions output;

  @Override
  int run(Evaluator evaluator, Cohort cohort) {
    Tracker tracker = evaluator.tracker(cohort.files(), dateOptions.asOf());
    String text =
        switch (output.format) {
          case text -> TextOutput.tracker(evaluator.authority(), tracker);
          case csv -> CsvOutput.tracker(tracker);
          case json -> JsonOutput.of(tracker);
          case html ->
              HtmlReport.builder(evaluator.authority(), tracker.asOf())
                  .source(cohort.source())
                  .tracker(tracker)
                  .render();
        };
    output.write(out(), text);
    return PermanenceCommand.OK;
  }
}
