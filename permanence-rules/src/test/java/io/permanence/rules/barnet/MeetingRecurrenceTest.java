package io.permanence.rules.barnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MeetingRecurrenceTest {

  @Test
  void test_parse_readsWhatToStringWrites() {
    MeetingRecurrence value =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;BYDAY=TU",
            LocalDate.of(2020, 1, 7),
            LocalTime.of(10, 0),
            Duration.ofHours(2));
    assertThat(value.toString())
        .isEqualTo("FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H");
    assertThat(MeetingRecurrence.parse(value.toString())).isEqualTo(value);
    assertThat(
            MeetingRecurrence.parse("RRULE:FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H"))
        .isEqualTo(value);
  }

  @Test
  void test_parse_badText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MeetingRecurrence.parse("every Tuesday"))
        .withMessageContaining("'every Tuesday'");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> MeetingRecurrence.parse("FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT0S"))
        .withMessageContaining("duration");
  }
}
