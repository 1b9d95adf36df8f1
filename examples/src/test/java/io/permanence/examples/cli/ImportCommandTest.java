package io.permanence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.AuthorityId;
import io.permanence.csv.read.RejectsReport;
import io.permanence.jdbc.EmbeddedStore;
import io.permanence.jdbc.JdbcCaseFileRepository;
import io.permanence.jdbc.PermanenceSchema;
import io.permanence.testkit.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir static Path directory;

  private static EmbeddedStore store;
  private static String url;
  private static String sample;

  @BeforeAll
  static void setUp() throws Exception {
    sample =
        SampleData.copySsda903To(Files.createDirectories(directory.resolve("sample"))).toString();
    store = EmbeddedStore.startTemporary();
    PermanenceSchema.migrate(store.dataSource());
    url = "jdbc:postgresql://localhost:" + store.port() + "/postgres?user=postgres";
  }

  @AfterAll
  static void tearDown() {
    if (store != null) {
      store.close();
    }
  }

  private static int stored(String authority) {
    return new JdbcCaseFileRepository(store.dataSource())
        .loadCohort(AuthorityId.of(authority))
        .size();
  }

  @Test
  void test_import_strictWithErrors_storesNothingExit2() {
    Cli.Run run = Cli.run("import", "--db", url, "--input", sample, "--authority", "barnet");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.out()).contains("header.csv").contains("0 case file(s)");
    assertThat(run.err()).contains("nothing stored").contains("episodes.csv:");
    assertThat(stored("barnet")).isZero();
  }

  @Test
  void test_import_lenient_storesValidChildrenAndWritesRejects() throws Exception {
    Path rejects = directory.resolve("rejects.csv");

    Cli.Run run =
        Cli.run(
            "import",
            "--db",
            url,
            "--input",
            sample,
            "--authority",
            "knowsley",
            "--lenient",
            "--rejects",
            rejects.toString());

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    int stored = stored("knowsley");
    assertThat(stored).isPositive();
    assertThat(run.out()).contains(String.format("stored %,d case file(s)", stored));
    assertThat(Files.readAllLines(rejects).get(0))
        .isEqualTo(String.join(",", RejectsReport.HEADER));
    assertThat(Files.readAllLines(rejects)).hasSizeGreaterThan(1);
  }

  @Test
  void test_import_caseFileSet_roundTrips() {
    String input = Cli.writeCohort(directory.resolve("case-files-only")).toString();

    Cli.Run run = Cli.run("import", "--db", url, "--input", input);

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out()).contains("stored " + Cli.CHILDREN + " case file(s)");
  }

  @Test
  void test_import_rejectsWithoutLenient_usageError() {
    Cli.Run run = Cli.run("import", "--db", url, "--input", sample, "--rejects", "r.csv");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--rejects r.csv");
  }

  @Test
  void test_import_noInput_oneLine() {
    Cli.Run run = Cli.run("import", "--db", url);

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.err()).contains("--input");
  }
}
