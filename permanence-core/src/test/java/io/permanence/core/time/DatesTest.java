package io.permanence.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  @Test
  void test_format_tuesday() {
    assertThat(Dates.format(LocalDate.of(2026, 3, 24))).isEqualTo("Tue 2026-03-24");
  }

  @Test
  void test_format_sameAsTheEnglishFormatter_everyDayOfFiveCenturies() {
    for (LocalDate date = LocalDate.of(1800, 1, 1);
        date.isBefore(LocalDate.of(2300, 1, 1));
        date = date.plusDays(1)) {
      assertThat(Dates.format(date)).isEqualTo(FORMATTER.format(date));
    }
  }

  @Test
  void test_format_yearsOutsideFourDigits_sameAsTheFormatter() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.MAX,
          LocalDate.MIN,
          LocalDate.of(0, 6, 1),
          LocalDate.of(1, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(10000, 1, 1)
        }) {
      assertThat(Dates.format(date)).isEqualTo(FORMATTER.format(date));
    }
  }
}
