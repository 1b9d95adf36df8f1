package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Explanation;
import io.permanence.examples.report.HtmlReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code permanence explain --child ID}: why a child is or is not on each panel. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Why a child is, or is not, on each panel's next meeting after the as-of date: every"
          + " remit met or not met with its reason and clause, and every exclusion."
    })
final class ExplainCommand extends EvaluatingCommand {

  @Option(names = "--child", required = true, paramLabel = "ID", description = "The child's id.")
  String child;

  @Mixin OutputOptions output;

  @Override
  int run(Evaluator evaluator, Cohort cohort) {
    CaseFile file = cohort.get(ChildId.of(child));
    Explanation explanation = evaluator.explain(file, dateOptions.asOf());
    String text =
        switch (output.format) {
          case text -> TextOutput.explanation(evaluator.authority(), explanation);
          case csv -> CsvOutput.explanation(explanation);
          case json -> JsonOutput.of(explanation);
          case html ->
              HtmlReport.builder(evaluator.authority(), explanation.asOf())
                  .source(cohort.source())
                  .explanation(explanation)
                  .timelines(List.of(file))
                  .render();
        };
    output.write(out(), text);
    return PermanenceCommand.OK;
  }
}
