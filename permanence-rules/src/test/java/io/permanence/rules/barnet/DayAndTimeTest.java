package io.permanence.rules.barnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DayAndTimeTest {

  @Test
  void test_parse_readsWhatToStringWrites() {
    DayAndTime value = DayAndTime.of(DayOfWeek.FRIDAY, LocalTime.of(17, 0));
    assertThat(value.toString()).isEqualTo("FRIDAY 17:00");
    assertThat(DayAndTime.parse("friday  17:00")).isEqualTo(value);
  }

  @Test
  void test_parse_badText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DayAndTime.parse("Friday"))
        .withMessageContaining("'Friday'");
  }

  @Test
  void test_toCutOffBefore() {
    DayAndTime friday = DayAndTime.parse("FRIDAY 12:00");
    LocalDate tuesdayAfterGoodFriday = LocalDate.of(2026, 4, 7);
    assertThat(friday.toCutOffBefore(true).dateFor(tuesdayAfterGoodFriday, BarnetFixtures.EW))
        .isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(friday.toCutOffBefore(false).dateFor(tuesdayAfterGoodFriday, BarnetFixtures.EW))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }
}
