package io.permanence.examples.cli;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.panel.Panel;
import io.permanence.csv.casefile.CaseFileExporter;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs the program as a test would, and makes the test data the commands read. */
final class Cli {

  /** The date the tests evaluate on. */
  static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  /** The size of the test cohort. */
  static final int CHILDREN = 150;

  private Cli() {}

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
    /** The lines of standard error, blank ones dropped. */
    List<String> errLines() {
      return err.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  /**
   * Runs the program.
   *
   * @param args the command line
   * @return what it printed and returned
   */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PermanenceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The BCP authority with its defaults. */
  static Authority bcp() {
    return Authorities.get(AuthorityId.of("bcp")).create();
  }

  /** The test cohort: synthetic BCP children with records up to {@link #MON_2026_03_16}. */
  static List<CaseFile> cohort() {
    Authority bcp = bcp();
    return SyntheticCohort.of(bcp.id(), MON_2026_03_16, 42L)
        .withPanels(bcp.panels().stream().map(Panel::id).toList())
        .list(CHILDREN);
  }

  /**
   * Writes the test cohort as a case-file CSV set.
   *
   * @param directory where to write
   * @return the directory
   */
  static Path writeCohort(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CaseFileExporter.write(cohort(), directory);
    return directory;
  }
}
