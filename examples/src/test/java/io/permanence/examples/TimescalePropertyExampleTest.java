package io.permanence.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimescalePropertyExampleTest {

  @Test
  void test_check_firstReviewRule_propertiesHold() {
    assertThatCode(() -> TimescalePropertyExample.check(300)).doesNotThrowAnyException();
  }

  @Test
  void test_firstReview_overEaster_skipsBankHolidays() {
    assertThat(
            TimescalePropertyExample.FIRST_REVIEW
                .deadlineFrom(LocalDate.of(2026, 3, 16), WorkingCalendars.englandAndWales())
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 4, 15));
  }
}
