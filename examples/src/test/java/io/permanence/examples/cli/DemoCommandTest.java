package io.permanence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir Path directory;

  @Test
  void test_demo_loadsOnceThenReuses_printsAgendasAndDrift() {
    String db = directory.resolve("db").toString();
    String[] args = {"demo", "--db-dir", db, "--children", "200", "--as-of", "2026-03-16"};

    Cli.Run first = Cli.run(args);
    Cli.Run second = Cli.run(args);

    assertThat(first.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(first.out())
        .startsWith(
            "permanence demo: Bournemouth, Christchurch and Poole (bcp), as of Mon 2026-03-16")
        .contains("200 synthetic children")
        .contains("imported")
        .contains("read back  200 case files")
        .contains("== Permanence Panel, Thu 2026-03-19 13:00")
        .contains("Drift on Mon 2026-03-16:")
        .contains("./permanence explain --authority bcp --child ");
    assertThat(second.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(second.out()).contains("already in the store").contains("read back  200 case files");
    assertThat(second.out().substring(second.out().indexOf("\n\n")))
        .isEqualTo(first.out().substring(first.out().indexOf("\n\n")));
  }

  @Test
  void test_demo_monthlyAuthority_usesExampleScheduleAndSaysSo() {
    Cli.Run run =
        Cli.run(
            "demo",
            "--authority",
            "knowsley",
            "--db-dir",
            directory.resolve("k").toString(),
            "--children",
            "50",
            "--as-of",
            "2026-03-16",
            "--to",
            "2026-05-16");

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out())
        .contains("example schedule")
        .contains("--set 'knowsley.schedule=FREQ=MONTHLY;BYDAY=3TU'");
  }

  @Test
  void test_demo_tooManyChildren_oneLine() {
    Cli.Run run = Cli.run("demo", "--children", "0");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--children 0");
  }
}
