package io.permanence.examples.cli;

import static io.permanence.examples.cli.Cli.MON_2026_03_16;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.json.PermanenceJson;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCommandTest {

  @TempDir static Path directory;

  private static String input;
  private static DriftReport expected;

  @BeforeAll
  static void setUp() {
    input = Cli.writeCohort(directory).toString();
    expected = Evaluator.of(Cli.bcp()).drift(Cli.cohort(), MON_2026_03_16);
  }

  @Test
  void test_drift_text_summaryThenItems() {
    Cli.Run run = Cli.run("drift", "--input", input, "--as-of", "2026-03-16");

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out())
        .startsWith(
            String.format(
                Locale.ROOT,
                "Drift on Mon 2026-03-16: %,d overdue, %,d due soon",
                expected.countsByStatus().getOrDefault(DeadlineStatus.OVERDUE, 0),
                expected.countsByStatus().getOrDefault(DeadlineStatus.DUE_SOON, 0)));
    assertThat(run.out()).contains(expected.items().get(0).citation().toString());
  }

  @Test
  void test_drift_csv_itemsThenHistory() {
    Cli.Run run = Cli.run("drift", "--input", input, "--as-of", "2026-03-16", "--format", "csv");

    assertThat(run.out().lines().count())
        .isEqualTo(1L + expected.items().size() + expected.history().size());
    assertThat(run.out()).startsWith("status,child,kind,title,due_date,citation,escalate_to");
  }

  @Test
  void test_drift_json_items() {
    Cli.Run run = Cli.run("drift", "--input", input, "--as-of", "2026-03-16", "--format", "json");

    assertThat(PermanenceJson.mapper().readTree(run.out()).get("items").size())
        .isEqualTo(expected.items().size());
  }
}
