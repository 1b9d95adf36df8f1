package io.permanence.examples.cli;

import static io.permanence.examples.cli.Cli.MON_2026_03_16;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Evaluator;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

  @TempDir static Path directory;

  private static String input;
  private static String listedChild;

  @BeforeAll
  static void setUp() {
    input = Cli.writeCohort(directory).toString();
    AgendaPlan plan =
        Evaluator.of(Cli.bcp()).agendas(Cli.cohort(), MON_2026_03_16, MON_2026_03_16.plusDays(7));
    listedChild = plan.agendas().get(0).items().get(0).child().id();
  }

  @Test
  void test_explain_listedChild_saysListedWithReasons() {
    Cli.Run run =
        Cli.run("explain", "--input", input, "--as-of", "2026-03-16", "--child", listedChild);

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out())
        .contains("Child " + listedChild)
        .contains("next meeting Thu 2026-03-19")
        .contains("LISTED under")
        .contains("not met ")
        .contains("BCP Permanence Panel ToR");
  }

  @Test
  void test_explain_csv_rowPerDecision() {
    Cli.Run run =
        Cli.run(
            "explain",
            "--input",
            input,
            "--as-of",
            "2026-03-16",
            "--child",
            listedChild,
            "--format",
            "csv");

    assertThat(run.out()).startsWith("child,panel,meeting_date,evaluated_on,remit,decision");
    assertThat(run.out()).contains(listedChild + ",bcp-permanence,2026-03-19,");
  }

  @Test
  void test_explain_html_timelineOfTheChild() {
    Cli.Run run =
        Cli.run(
            "explain",
            "--input",
            input,
            "--as-of",
            "2026-03-16",
            "--child",
            listedChild,
            "--format",
            "html");

    assertThat(run.out()).contains("Timelines (1)").contains("class=\"lanes\"");
  }

  @Test
  void test_explain_unknownChild_oneLineNamingIt() {
    Cli.Run run = Cli.run("explain", "--input", input, "--child", "C-404");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--child C-404");
  }

  @Test
  void test_explain_noChild_usageError() {
    Cli.Run run = Cli.run("explain", "--input", input);

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.err()).contains("--child");
  }
}
