package io.permanence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.permanence.core.Citation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_04_08 = LocalDate.of(2026, 4, 8);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate THU_2026_04_16 = LocalDate.of(2026, 4, 16);
  private static final Citation CITATION = Citation.of("CPPCR 2010", "reg 33(1)");
  private static final DeadlineRule RULE =
      DeadlineRule.of("First review", "Became looked after", Timescale.workingDays(20), CITATION);
  private static final Deadline DEADLINE =
      RULE.deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales());

  @Test
  void test_deadlineFrom_carriesItsOrigins() {
    assertThat(DEADLINE.name()).isEqualTo("First review");
    assertThat(DEADLINE.startEvent()).isEqualTo("Became looked after");
    assertThat(DEADLINE.startDate()).isEqualTo(MON_2026_03_16);
    assertThat(DEADLINE.timescale()).isEqualTo(Timescale.workingDays(20));
    assertThat(DEADLINE.dueDate()).isEqualTo(WED_2026_04_15);
    assertThat(DEADLINE.calendarId()).isEqualTo("england-and-wales");
    assertThat(DEADLINE.calendarVersion()).isEqualTo(WorkingCalendars.ENGLAND_AND_WALES_VERSION);
    assertThat(DEADLINE.citation()).isEqualTo(CITATION);
    assertThat(DEADLINE.trace())
        .isEqualTo(
            "20 working days after Mon 2026-03-16, skipping Fri 2026-04-03 and Mon 2026-04-06"
                + " → Wed 2026-04-15");
    assertThat(DEADLINE.dueTime()).isEmpty();
    assertThat(DEADLINE.dueAt()).isEmpty();
  }

  @Test
  void test_builder_traceFunction_calledOnceWhenFirstRead_notPartOfEquality() {
    AtomicInteger calls = new AtomicInteger();
    Deadline lazy =
        Deadline.builder()
            .name(DEADLINE.name())
            .startEvent(DEADLINE.startEvent())
            .startDate(DEADLINE.startDate())
            .timescale(DEADLINE.timescale())
            .dueDate(DEADLINE.dueDate())
            .calendarId(DEADLINE.calendarId())
            .calendarVersion(DEADLINE.calendarVersion())
            .citation(DEADLINE.citation())
            .trace(
                () -> {
                  calls.incrementAndGet();
                  return "built on first read";
                })
            .build();

    assertThat(calls).hasValue(0);
    assertThat(lazy.trace()).isEqualTo("built on first read");
    assertThat(lazy.trace()).isEqualTo("built on first read");
    assertThat(calls).hasValue(1);
    assertThat(lazy).isEqualTo(DEADLINE).hasSameHashCodeAs(DEADLINE);
    assertThat(lazy.withMetOn(WED_2026_04_08).trace()).isEqualTo("built on first read");
  }

  @Test
  void test_builder_traceTwice_rejected() {
    Deadline.Builder builder = Deadline.builder().trace("first");

    assertThatIllegalStateException()
        .isThrownBy(() -> builder.trace("second"))
        .withMessageContaining("already set: traceSource");
  }

  @Test
  void test_deadlineFrom_withDueTime() {
    Deadline deadline =
        RULE.withDueTime(LocalTime.of(17, 0))
            .deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales());
    assertThat(deadline.dueAt())
        .contains(ZonedDateTime.of(WED_2026_04_15, LocalTime.of(17, 0), WorkingCalendars.LONDON));
    assertThat(deadline.toString()).startsWith("First review due Wed 2026-04-15 17:00 (20 working");
  }

  static Stream<Arguments> data_status() {
    return Stream.of(
        Arguments.of(MON_2026_03_16, Optional.empty(), DeadlineStatus.PENDING),
        Arguments.of(TUE_2026_04_07, Optional.empty(), DeadlineStatus.PENDING),
        Arguments.of(WED_2026_04_08, Optional.empty(), DeadlineStatus.DUE_SOON),
        Arguments.of(WED_2026_04_15, Optional.empty(), DeadlineStatus.DUE_SOON),
        Arguments.of(THU_2026_04_16, Optional.empty(), DeadlineStatus.OVERDUE),
        Arguments.of(THU_2026_04_16, Optional.of(WED_2026_04_15), DeadlineStatus.MET),
        Arguments.of(THU_2026_04_16, Optional.of(THU_2026_04_16), DeadlineStatus.MET_LATE),
        Arguments.of(TUE_2026_04_07, Optional.of(THU_2026_04_16), DeadlineStatus.PENDING));
  }

  @ParameterizedTest
  @MethodSource("data_status")
  void test_status(LocalDate asOf, Optional<LocalDate> metOn, DeadlineStatus expected) {
    assertThat(DEADLINE.status(asOf, metOn)).isEqualTo(expected);
  }

  @Test
  void test_status_dueSoonWindow() {
    Deadline narrow = DEADLINE.withDueSoonDays(1);
    assertThat(narrow.status(LocalDate.of(2026, 4, 13), Optional.empty()))
        .isEqualTo(DeadlineStatus.PENDING);
    assertThat(narrow.status(LocalDate.of(2026, 4, 14), Optional.empty()))
        .isEqualTo(DeadlineStatus.DUE_SOON);
  }

  @Test
  void test_builder_dueBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Deadline.builder()
                    .name("First review")
                    .startEvent("Became looked after")
                    .startDate(MON_2026_03_16)
                    .timescale(Timescale.workingDays(20))
                    .dueDate(LocalDate.of(2026, 3, 1))
                    .calendarId("england-and-wales")
                    .calendarVersion("1")
                    .citation(CITATION)
                    .trace("made up")
                    .build())
        .withMessage("dueDate must not be before startDate but was 2026-03-01 < 2026-03-16");
  }

  @Test
  void test_toString_rule() {
    assertThat(RULE)
        .hasToString(
            "First review: 20 working days after Became looked after (CPPCR 2010 reg 33(1))");
  }
}
