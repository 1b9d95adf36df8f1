package io.permanence.jdbc;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.MON_2026_03_16;
import static io.permanence.testkit.contract.ContractFixtures.action;
import static io.permanence.testkit.contract.ContractFixtures.richCaseFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.port.ConcurrentUpdateException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal data stored through the repositories never reaches a log or an exception message. */
@ExtendWith(PostgresExtension.class)
class JdbcLogPrivacyTest {

  /** A made-up value standing for personal data. */
  private static final String MARKER = "Zebedee-Quixote-4711";

  @Test
  void test_repositories_neverLogOrThrowStoredValues(DataSource database, EmbeddedStore store)
      throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    StringBuilder messages = new StringBuilder();
    try {
      JdbcCaseFileRepository caseFiles = new JdbcCaseFileRepository(database);
      JdbcPanelRecordRepository panel = new JdbcPanelRecordRepository(database);
      CaseFile file = richCaseFile("C1", "bcp", MARKER);
      caseFiles.saveOrReplace(file, ACTOR, AT);
      assertThat(caseFiles.findById(ChildId.of("C1"))).contains(file);
      panel.addAction(ChildId.of("C1"), action("A9", MON_2026_03_16, MARKER), ACTOR, AT);
      messages.append(
          thrown(
              () ->
                  panel.updateAction(action("A9", MON_2026_03_16, MARKER + " again"), 7, ACTOR, AT),
              ConcurrentUpdateException.class));
      messages.append(
          thrown(
              () ->
                  panel.addAction(
                      ChildId.of("C2"), action("A8", MON_2026_03_16, MARKER), ACTOR, AT),
              IllegalArgumentException.class));
      messages.append(
          thrown(
              () ->
                  caseFiles.saveOrReplace(richCaseFile("C3", "bcp", MARKER + "\u0000"), ACTOR, AT),
              IllegalArgumentException.class));
      messages.append(
          thrown(
              () -> new JdbcBulkImport(database).importCaseFiles(List.of(file, file), ACTOR, AT),
              IllegalArgumentException.class));
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    assertThat(messages.toString()).doesNotContain(MARKER);
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(MARKER);
    assertThat(Files.readString(store.logFile(), StandardCharsets.UTF_8)).doesNotContain(MARKER);
  }

  private static String thrown(Runnable action, Class<? extends Throwable> type) {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(action::run).isInstanceOf(type).satisfies(e -> caught[0] = e);
    StringBuilder all = new StringBuilder();
    for (Throwable t = caught[0]; t != null; t = t.getCause()) {
      if (!(t instanceof java.sql.SQLException)) {
        all.append(t.getMessage()).append('\n');
      }
    }
    return all.toString();
  }
}
