package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence validate --input DIR}: the findings on a directory of CSV files, nothing else.
 * Exit code 1 if any finding is an error, 0 if there is none (warnings do not count).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks SSDA903 or case-file CSV files and lists every finding; stores nothing.",
      "Exit code: 0 no error, 1 errors found, 2 bad usage."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AuthorityOptions authorityOptions;

  @Mixin SourceOptions source;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      defaultValue = "1000",
      description = "The most findings listed (default: ${DEFAULT-VALUE}).")
  int maxFindings;

  @Override
  public Integer call() {
    if (source.input.isEmpty()) {
      throw new IllegalArgumentException("--input DIR is required: the CSV files to check");
    }
    PrintWriter out = spec.commandLine().getOut();
    ImportResult<CaseFile> result =
        CsvInput.read(source.input.get(), authorityOptions.id(), ImportMode.LENIENT, source.year());
    out.print(CsvInput.findings(result.findings(), maxFindings));
    out.print(CsvInput.summary(result));
    out.flush();
    return result.hasErrors() ? PermanenceCommand.FINDINGS : PermanenceCommand.OK;
  }
}
