package io.permanence.examples.cli;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.port.ActorId;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.RejectsReport;
import io.permanence.jdbc.ImportSummary;
import io.permanence.jdbc.JdbcBulkImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence import --input DIR [--lenient] [--rejects FILE]}: SSDA903 and case-file CSVs
 * into the store, each child's whole record saved or replaced, in one transaction.
 *
 * <p>Strict by default: any error and nothing is written (exit 2, the findings printed). With
 * {@code --lenient} the valid children are stored and every finding with its original row goes to
 * the rejects file ({@code --rejects}, default {@value #DEFAULT_REJECTS}). Imports of more than
 * {@value #PROGRESS_THRESHOLD} children show a progress bar on standard error while storing.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports SSDA903 and case-file CSV files into the store.",
      "Strict by default: any error and nothing is stored (exit code 2)."
    })
final class ImportCommand implements Callable<Integer> {

  /** The rejects file of a lenient import when {@code --rejects} is not given. */
  static final String DEFAULT_REJECTS = "rejects.csv";

  /** The number of children above which the store step shows a progress bar. */
  static final int PROGRESS_THRESHOLD = 5_000;

  /** The findings printed after a failed strict import. */
  static final int FINDINGS_SHOWN = 50;

  @Spec CommandSpec spec;

  @Mixin AuthorityOptions authorityOptions;

  @Mixin SourceOptions source;

  @Option(
      names = "--lenient",
      description = "Store the valid children and write the rest to the rejects file.")
  boolean lenient;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "The rejects file of a lenient import (default: ./" + DEFAULT_REJECTS + ").")
  Optional<Path> rejects = Optional.empty();

  @Override
  public Integer call() {
    if (source.input.isEmpty()) {
      throw new IllegalArgumentException("--input DIR is required: the CSV files to import");
    }
    if (rejects.isPresent() && !lenient) {
      throw new IllegalArgumentException(
          "--rejects " + rejects.get() + ": only with --lenient (a strict import stores nothing)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AuthorityId authority = authorityOptions.id();
    Path input = source.input.get();
    ImportMode mode = lenient ? ImportMode.LENIENT : ImportMode.STRICT;
    ImportResult<CaseFile> result = CsvInput.read(input, authority, mode, source.year());
    out.print(CsvInput.summary(result));
    if (!lenient && result.hasErrors()) {
      err.print(CsvInput.findings(result.errors(), FINDINGS_SHOWN));
      err.println(
          "permanence: "
              + input
              + " has "
              + result.errors().size()
              + " error(s): nothing stored; fix them, or import with --lenient to store the"
              + " valid children");
      return PermanenceCommand.BAD_INPUT;
    }
    if (lenient && !result.rejectedRows().isEmpty()) {
      Path file = rejects.orElse(Path.of(DEFAULT_REJECTS));
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        RejectsReport.write(result, writer);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "--rejects " + file + ": could not write (" + e.getMessage() + ")", e);
      }
      out.println("rejected rows and their findings: " + file);
    }
    try (Store store = source.store.open(true)) {
      long started = System.nanoTime();
      ImportSummary summary = store(store, result, err);
      out.println(
          String.format(
              Locale.ROOT,
              "stored %,d case file(s) (%,d rows) of authority %s in the %s in %.1f s",
              summary.children(),
              summary.rows(),
              authority.id(),
              store.description(),
              (System.nanoTime() - started) / 1e9));
    }
    return PermanenceCommand.OK;
  }

  private static ImportSummary store(Store store, ImportResult<CaseFile> result, PrintWriter err) {
    JdbcBulkImport bulk = new JdbcBulkImport(store.dataSource());
    ActorId actor = ActorId.of("permanence-import");
    if (result.values().size() <= PROGRESS_THRESHOLD) {
      return bulk.importCaseFiles(result.values(), actor, Instant.now());
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Storing")
            .setInitialMax(result.values().size())
            .setUnit(" children", 1)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      err.print('\r');
                      err.print(line);
                      err.flush();
                    }))
            .build()) {
      Stream<CaseFile> files = result.values().stream().peek(file -> bar.step());
      ImportSummary summary = bulk.importCaseFiles(files, actor, Instant.now());
      bar.stepTo(result.values().size());
      return summary;
    } finally {
      err.println();
    }
  }
}
