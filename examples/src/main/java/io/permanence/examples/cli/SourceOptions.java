package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.jdbc.JdbcCaseFileRepository;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * Where an evaluating command reads case files: the store (the embedded store by default, {@code
 * --db-dir DIR} or {@code --db URL}).
 */
final class SourceOptions {

  @Mixin StoreOptions store;

  /**
   * Loads the authority's case files.
   *
   * @param authority the authority
   * @param err standard error, for warnings
   * @return the cohort
   */
  Cohort load(Authority authority, PrintWriter err) {
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
