package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.reference.CollectionYear;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.jdbc.JdbcCaseFileRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where an evaluating command reads case files: CSV files ({@code --input DIR}, read leniently:
 * rejected rows are counted on standard error and {@code validate} lists them), or else the store
 * (the embedded store by default, {@code --db-dir DIR} or {@code --db URL}).
 */
final class SourceOptions {

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Read CSV files from DIR instead of the store: an SSDA903 return, a case-file set"
              + " (children.csv, ...), or both in DIR/ssda903 and DIR/case-files.")
  Optional<Path> input = Optional.empty();

  @Option(
      names = "--collection-year",
      paramLabel = "YEAR",
      description =
          "The SSDA903 collection year, e.g. 2024-25 (default: inferred from the return).")
  Optional<String> collectionYear = Optional.empty();

  @Mixin StoreOptions store;

  /** The collection year given, if any. */
  Optional<CollectionYear> year() {
    return collectionYear.map(
        text -> {
          try {
            return CollectionYear.parse(text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "--collection-year " + text + ": " + e.getMessage(), e);
          }
        });
  }

  /**
   * Loads the authority's case files.
   *
   * @param authority the authority
   * @param err standard error, for warnings
   * @return the cohort
   */
  Cohort load(Authority authority, PrintWriter err) {
    if (input.isPresent()) {
      ImportResult<CaseFile> read =
          CsvInput.read(input.get(), authority.id(), ImportMode.LENIENT, year());
      if (!read.rejectedRows().isEmpty()) {
        err.println(
            "permanence: warning: "
                + read.rejectedRows().size()
                + " row(s) of "
                + input.get()
                + " rejected; 'permanence validate --input "
                + input.get()
                + "' lists them");
      }
      return new Cohort(read.values(), "CSV files in " + input.get());
    }
    try (Store opened = store.open(false)) {
      List<CaseFile> files =
          new JdbcCaseFileRepository(opened.dataSource()).loadCohort(authority.id());
      if (files.isEmpty()) {
        err.println(
            "permanence: warning: no case files of authority '"
                + authority.id().id()
                + "' in the "
                + opened.description()
                + "; load some with 'permanence demo --authority "
                + authority.id().id()
                + "' or 'permanence import'");
      }
      return new Cohort(files, opened.description());
    }
  }
}
