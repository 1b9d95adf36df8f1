package io.permanence.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.jdbc.EmbeddedStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  @Test
  void test_run_loadsEvaluatesAndWritesBackWithConcurrencyAndAudit() {
    StringWriter out = new StringWriter();
    EmbeddingExample.Outcome outcome;
    try (EmbeddedStore store = EmbeddedStore.startTemporary()) {
      outcome =
          EmbeddingExample.run(
              store.dataSource(),
              MON_2026_03_16,
              Instant.parse("2026-03-16T09:00:00Z"),
              new PrintWriter(out, true));
    }

    assertThat(outcome.caseFiles()).isEqualTo(300);
    assertThat(outcome.meetings()).isEqualTo(5);
    assertThat(outcome.actionVersion()).isEqualTo(2);
    assertThat(outcome.staleUpdateRefused()).isTrue();
    assertThat(outcome.auditEntries()).isEqualTo(2);
    assertThat(outcome.trackerRows()).isPositive();
    assertThat(out.toString()).contains("child " + outcome.listedChild());
  }
}
