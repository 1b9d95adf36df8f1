package io.permanence.examples.cli;

import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.examples.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code permanence drift}: the deadlines and actions overdue or due soon on a date. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "The drift report on the as-of date: every deadline overdue or due soon and every action"
          + " past its due day, each with its clause and the role to escalate to; then the"
          + " deadlines met late."
    })
final class DriftCommand extends EvaluatingCommand {

  @Mixin OutputOptions output;

  @Override
  int run(Evaluator evaluator, Cohort cohort) {
    DriftReport report = evaluator.drift(cohort.files(), dateOptions.asOf());
    String text =
        switch (output.format) {
          case text -> TextOutput.drift(report);
          case csv -> CsvOutput.drift(report);
          case json -> JsonOutput.of(report);
          case html ->
              HtmlReport.builder(evaluator.authority(), report.asOf())
                  .source(cohort.source())
                  .drift(report)
                  .render();
        };
    output.write(out(), text);
    return PermanenceCommand.OK;
  }
}
