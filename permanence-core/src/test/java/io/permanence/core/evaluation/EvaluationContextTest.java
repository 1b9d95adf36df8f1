package io.permanence.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class EvaluationContextTest {

  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  private static final LocalDate THU_2026_03_26 = LocalDate.of(2026, 3, 26);
  private static final WorkingCalendar CALENDAR = WorkingCalendars.englandAndWales();
  private static final ScheduledMeeting MEETING =
      ScheduledMeeting.of(THU_2026_03_26, LocalTime.of(13, 0), Duration.ofHours(4));

  @Test
  void test_of_noMeeting() {
    EvaluationContext context =
        EvaluationContext.of(MON_2026_03_23, CALENDAR, AuthoritySettings.none());

    assertThat(context.asOf()).isEqualTo(MON_2026_03_23);
    assertThat(context.calendar()).isEqualTo(CALENDAR);
    assertThat(context.meeting()).isEmpty();
    assertThatIllegalStateException()
        .isThrownBy(context::getMeeting)
        .withMessage("this rule needs a meeting, but the context on 2026-03-23 has none");
  }

  @Test
  void test_forMeeting_sameOptionalEveryRead_andValueEquality() {
    EvaluationContext base =
        EvaluationContext.of(THU_2026_03_26, CALENDAR, AuthoritySettings.none());
    EvaluationContext planned = base.forMeeting(MON_2026_03_23, MEETING);

    assertThat(planned.asOf()).isEqualTo(MON_2026_03_23);
    assertThat(planned.getMeeting()).isEqualTo(MEETING);
    assertThat(planned.meeting()).isSameAs(planned.meeting());
    assertThat(planned)
        .isEqualTo(base.forMeeting(MON_2026_03_23, MEETING))
        .hasSameHashCodeAs(base.forMeeting(MON_2026_03_23, MEETING))
        .isNotEqualTo(base);
  }

  @Test
  void test_of_nullArgument_named() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationContext.of(null, CALENDAR, AuthoritySettings.none()))
        .withMessage("asOf must not be null");
  }
}
