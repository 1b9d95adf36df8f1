package io.permanence.rules.northsomerset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.testkit.generators.Generators;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NorthSomersetReferralsTest {

  private static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

  @Test
  void test_day_monday() {
    assertThat(NorthSomersetReferrals.day(LocalDate.of(2026, 3, 16))).isEqualTo("Mon 2026-03-16");
  }

  @Test
  void test_day_sameAsFormatter() {
    qt().withExamples(2000)
        .forAll(Generators.dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)))
        .checkAssert(
            date -> assertThat(NorthSomersetReferrals.day(date)).isEqualTo(FORMATTER.format(date)));
  }

  @Test
  void test_day_yearsOutsideFourDigits_formatter() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 6, 1), LocalDate.of(10000, 1, 1)
        }) {
      assertThat(NorthSomersetReferrals.day(date)).isEqualTo(FORMATTER.format(date));
    }
  }
}
