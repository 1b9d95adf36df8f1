package io.permanence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DeadlineCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PermanenceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void test_deadline_overEaster_printsDueDateFirstThenTrace() {
    int code = run("deadline", "--from", "2026-03-16", "--timescale", "20 working days");

    assertThat(code).isEqualTo(PermanenceCommand.OK);
    String[] lines = out.toString().split("\\R");
    assertThat(lines[0]).isEqualTo("2026-04-15");
    assertThat(lines[1]).contains("2026-04-03").contains("2026-04-06").contains("2026-04-15");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void test_deadline_beginningWith_lastCompliantDay() {
    int code = run("deadline", "--from", "2026-01-05", "--timescale", "26 weeks beginning with");

    assertThat(code).isEqualTo(PermanenceCommand.OK);
    assertThat(out.toString().split("\\R")[0]).isEqualTo("2026-07-05");
  }

  @Test
  void test_deadline_malformedTimescale_oneLineErrorExit2() {
    int code = run("deadline", "--from", "2026-03-16", "--timescale", "twenty days");

    assertThat(code).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(err.toString()).contains("twenty days").doesNotContain("\tat ");
    assertThat(err.toString().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void test_deadline_verbose_printsStackTrace() {
    int code = run("deadline", "--verbose", "--from", "2026-03-16", "--timescale", "-3 days");

    assertThat(code).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void test_deadline_badDate_usageErrorExit2() {
    int code = run("deadline", "--from", "16/03/2026", "--timescale", "7 days");

    assertThat(code).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(err.toString()).contains("16/03/2026").contains("--from");
  }

  @Test
  void test_deadline_missingOption_usageErrorExit2() {
    int code = run("deadline", "--from", "2026-03-16");

    assertThat(code).isEqualTo(PermanenceCommand.BAD_INPUT);
    assertThat(err.toString()).contains("--timescale");
  }
}
