package io.permanence.rules.barnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.testkit.generators.Generators;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

  private static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  @Test
  void test_date_tuesday() {
    assertThat(Text.date(LocalDate.of(2026, 3, 24))).isEqualTo("Tue 2026-03-24");
  }

  @Test
  void test_date_sameAsFormatter() {
    qt().withExamples(2000)
        .forAll(Generators.dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
        .checkAssert(date -> assertThat(Text.date(date)).isEqualTo(FORMATTER.format(date)));
  }

  @Test
  void test_date_yearsOutsideFourDigits_formatter() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 6, 1), LocalDate.of(10000, 1, 1)
        }) {
      assertThat(Text.date(date)).isEqualTo(FORMATTER.format(date));
    }
  }
}
