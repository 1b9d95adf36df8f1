package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.examples.report.HtmlReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code permanence agenda}: the agendas of every panel's meetings in a range of dates. */
@Command(
    name = "agenda",
    mixinStandardHelpOptions = true,
    description = {
      "Plans the agendas of the authority's panel meetings from --from (default: the as-of date)"
          + " to --to (default: five weeks later): who is listed under which heading, why (with"
          + " the clause), and which papers are on file or missing."
    })
final class AgendaCommand extends EvaluatingCommand {

  @Mixin RangeOptions range;

  @Mixin OutputOptions output;

  @Override
  void validate() {
    range.to(dateOptions.asOf());
  }

  @Override
  int run(Evaluator evaluator, Cohort cohort) {
    LocalDate asOf = dateOptions.asOf();
    AgendaPlan plan = evaluator.agendas(cohort.files(), range.from(asOf), range.to(asOf));
    String text =
        switch (output.format) {
          case text -> TextOutput.agendas(evaluator.authority(), plan, Integer.MAX_VALUE);
          case csv -> CsvOutput.agendas(evaluator.authority(), plan);
          case json -> JsonOutput.of(plan);
          case html ->
              HtmlReport.builder(evaluator.authority(), asOf)
                  .source(cohort.source())
                  .agendas(plan)
                  .timelines(listed(plan, cohort.files()))
                  .render();
        };
    output.write(out(), text);
    return PermanenceCommand.OK;
  }

  /** The case files of the children listed at any meeting of the plan. */
  static List<CaseFile> listed(AgendaPlan plan, List<CaseFile> files) {
    Set<ChildId> children =
        plan.agendas().stream()
            .flatMap(agenda -> agenda.items().stream())
            .map(item -> item.child())
            .collect(Collectors.toSet());
    return files.stream().filter(f -> children.contains(f.childId())).toList();
  }
}
