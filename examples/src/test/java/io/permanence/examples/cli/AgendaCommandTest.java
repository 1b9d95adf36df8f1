package io.permanence.examples.cli;

import static io.permanence.examples.cli.Cli.MON_2026_03_16;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.port.ActorId;
import io.permanence.jdbc.EmbeddedStore;
import io.permanence.jdbc.JdbcBulkImport;
import io.permanence.jdbc.PermanenceSchema;
import io.permanence.json.PermanenceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AgendaCommandTest {

  @TempDir static Path directory;

  private static EmbeddedStore store;
  private static String url;
  private static String input;
  private static AgendaPlan expected;

  @BeforeAll
  static void setUp() {
    input = Cli.writeCohort(directory.resolve("csv")).toString();
    store = EmbeddedStore.startTemporary();
    PermanenceSchema.migrate(store.dataSource());
    new JdbcBulkImport(store.dataSource())
        .importCaseFiles(Cli.cohort(), ActorId.of("test"), Instant.EPOCH);
    url = "jdbc:postgresql://localhost:" + store.port() + "/postgres?user=postgres";
    expected =
        Evaluator.of(Cli.bcp()).agendas(Cli.cohort(), MON_2026_03_16, MON_2026_03_16.plusWeeks(5));
  }

  @AfterAll
  static void tearDown() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void test_agenda_textFromCsv_listsEveryMeetingOfFiveWeeks() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--as-of", "2026-03-16");

    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out())
        .contains("5 meeting(s) from Mon 2026-03-16 to Sun 2026-04-19")
        .contains("Permanence Panel, Thu 2026-03-19 13:00")
        .contains("Permanence Panel, Thu 2026-04-16 13:00");
    String firstChild = expected.agendas().get(0).items().get(0).child().id();
    assertThat(run.out()).contains(firstChild);
  }

  @Test
  void test_agenda_fromStore_sameTextAsFromCsv() {
    Cli.Run fromStore = Cli.run("agenda", "--db", url, "--as-of", "2026-03-16");
    Cli.Run fromCsv = Cli.run("agenda", "--input", input, "--as-of", "2026-03-16");

    assertThat(fromStore.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(fromStore.out()).isEqualTo(fromCsv.out());
  }

  @Test
  void test_agenda_csv_oneRowPerItemAndExclusion() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--as-of", "2026-03-16", "--format", "csv");

    long rows =
        expected.agendas().stream().mapToLong(a -> a.items().size() + a.exclusions().size()).sum();
    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out().lines().count()).isEqualTo(rows + 1);
    assertThat(run.out()).startsWith("meeting_date,start_time,panel,status,heading,child");
  }

  @Test
  void test_agenda_json_isThePlan() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--as-of", "2026-03-16", "--format", "JSON");

    JsonNode json = PermanenceJson.mapper().readTree(run.out());
    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(json.get("agendas").size()).isEqualTo(expected.agendas().size());
    assertThat(json.get("startInclusive").asText()).isEqualTo("2026-03-16");
  }

  @Test
  void test_agenda_htmlToFile_selfContainedPage() throws Exception {
    Path file = directory.resolve("agenda.html");

    Cli.Run run =
        Cli.run(
            "agenda",
            "--input",
            input,
            "--as-of",
            "2026-03-16",
            "--format",
            "html",
            "-o",
            file.toString());

    String html = Files.readString(file);
    assertThat(run.code()).isEqualTo(PermanenceCommand.OK);
    assertThat(run.out()).contains("wrote " + file);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("@media print")
        .contains("Referrals and papers by")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void test_agenda_toBeforeFrom_oneLineNamingTo() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--from", "2026-03-16", "--to", "2026-03-01");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--to 2026-03-01").contains("--from 2026-03-16");
  }

  @Test
  void test_agenda_unknownAuthority_oneLineNamingIt() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--authority", "atlantis");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--authority atlantis").contains("bcp");
  }

  @Test
  void test_agenda_unknownSetting_oneLineNamingIt() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--set", "bcp.colour=blue");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--set bcp.colour=blue").contains("unknown setting");
  }

  @Test
  void test_agenda_requiredSettingMissing_oneLineNamingIt() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--authority", "knowsley");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("knowsley.schedule");
  }

  @Test
  void test_agenda_badDate_namesOptionAndValue() {
    Cli.Run run = Cli.run("agenda", "--input", input, "--as-of", "2026-02-30");

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.err()).contains("--as-of").contains("2026-02-30");
  }

  @Test
  void test_agenda_missingInputDirectory_oneLine() {
    Cli.Run run = Cli.run("agenda", "--input", directory.resolve("nowhere").toString());

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--input").contains("no such directory");
  }

  @Test
  void test_agenda_missingStore_oneLineNamingDbDir() {
    Cli.Run run = Cli.run("agenda", "--db-dir", directory.resolve("no-store").toString());

    assertThat(run.code()).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("--db-dir").contains("no store there");
  }
}
