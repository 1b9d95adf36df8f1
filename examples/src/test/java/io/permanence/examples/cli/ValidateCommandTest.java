package io.permanence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.testkit.SampleData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path directory;

  @Test
  void test_validate_sampleWithErrors_exit1AndFindings() {
    String sample = SampleData.copySsda903To(directory).toString();

    Cli.Run run = Cli.run("validate", "--input", sample, "--max-findings", "5");

    assertThat(run.code()).isEqualTo(PermanenceCommand.FINDINGS);
    assertThat(run.out())
        .contains("collection year 2017-18")
        .contains("episodes.csv")
        .contains(" more")
        .contains("error(s)");
  }

  @Test
  void test_validate_cleanCaseFiles_exit0() {
    String input = Cli.writeCohort(directory).toString();

    Cli.Run run = Cli.run("validate", "--input", input);

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out()).contains(Cli.CHILDREN + " case file(s); 0 error(s)");
  }

  @Test
  void test_validate_noInput_usageExit2() {
    Cli.Run run = Cli.run("validate");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--input");
  }

  @Test
  void test_validate_badCollectionYear_namesIt() {
    String input = Cli.writeCohort(directory).toString();

    Cli.Run run = Cli.run("validate", "--input", input, "--collection-year", "twenty");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.err()).contains("--collection-year twenty");
  }
}
