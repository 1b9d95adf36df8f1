package io.permanence.examples.cli;

import static io.permanence.examples.cli.Cli.MON_2026_03_16;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.json.PermanenceJson;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerCommandTest {

  @TempDir static Path directory;

  private static String input;
  private static Tracker expected;

  @BeforeAll
  static void setUp() {
    input = Cli.writeCohort(directory).toString();
    expected = Evaluator.of(Cli.bcp()).tracker(Cli.cohort(), MON_2026_03_16);
  }

  @Test
  void test_tracker_text_rowPerTrackedChild() {
    Cli.Run run = Cli.run("tracker", "--input", input, "--as-of", "2026-03-16");

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out()).contains("tracker on Mon 2026-03-16: " + expected.rows().size());
    expected.rows().forEach(row -> assertThat(run.out()).contains(row.child().id() + " "));
  }

  @Test
  void test_tracker_csv_headerAndOneRowPerChild() {
    Cli.Run run = Cli.run("tracker", "--input", input, "--as-of", "2026-03-16", "--format", "csv");

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out().lines().count()).isEqualTo(expected.rows().size() + 1L);
    assertThat(run.out()).startsWith("child,legal_status,legal_status_since,plan_primary");
  }

  @Test
  void test_tracker_json_rows() {
    Cli.Run run = Cli.run("tracker", "--input", input, "--as-of", "2026-03-16", "--format", "json");

    assertThat(PermanenceJson.mapper().readTree(run.out()).get("rows").size())
        .isEqualTo(expected.rows().size());
  }

  @Test
  void test_tracker_html_table() {
    Cli.Run run = Cli.run("tracker", "--input", input, "--as-of", "2026-03-16", "--format", "html");

    assertThat(run.out()).contains("<section id=\"tracker\">").contains("</html>");
  }
}
