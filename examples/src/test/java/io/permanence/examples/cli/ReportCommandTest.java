package io.permanence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path directory;

  @Test
  void test_report_writesAgendasTrackerDriftAndTimelines() throws Exception {
    String input = Cli.writeCohort(directory.resolve("csv")).toString();
    Path file = directory.resolve("out/report.html");

    Cli.Run run =
        Cli.run(
            "report",
            "--input",
            input,
            "--as-of",
            "2026-03-16",
            "--to",
            "2026-03-27",
            "-o",
            file.toString());

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(Files.readString(file))
        .contains("<section id=\"agendas\">")
        .contains("<section id=\"tracker\">")
        .contains("<section id=\"drift\">")
        .contains("<section id=\"timelines\">");
  }

  @Test
  void test_report_noOutput_usageError() {
    Cli.Run run = Cli.run("report");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.err()).contains("--output");
  }
}
