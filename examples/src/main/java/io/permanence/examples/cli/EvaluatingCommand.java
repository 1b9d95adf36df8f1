package io.permanence.examples.cli;

import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the evaluating commands ({@code agenda}, {@code tracker}, {@code drift}, {@code explain},
 * {@code report}) share: the authority, the source of case files, the date and the output.
 */
abstract class EvaluatingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AuthorityOptions authorityOptions;

  @Mixin SourceOptions sourceOptions;

  @Mixin DateOptions dateOptions;

  @Override
  public final Integer call() {
    Authority authority = authorityOptions.resolve();
    validate();
    Cohort cohort = sourceOptions.load(authority, err());
    return run(Evaluator.of(authority), cohort);
  }

  /** Checks the command's own options before anything is loaded. */
  void validate() {}

  /**
   * Runs the command.
   *
   * @param evaluator the authority's engine
   * @param cohort the case files
   * @return the exit code
   */
  abstract int run(Evaluator evaluator, Cohort cohort);

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
