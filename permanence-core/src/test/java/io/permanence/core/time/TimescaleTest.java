package io.permanence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimescaleTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate SAT_2026_01_31 = LocalDate.of(2026, 1, 31);
  private static final LocalDate SAT_2026_04_04 = LocalDate.of(2026, 4, 4);
  private static final LocalDate THU_2024_02_29 = LocalDate.of(2024, 2, 29);
  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();

  static Stream<Arguments> data_dueFrom() {
    return Stream.of(
        Arguments.of(Timescale.workingDays(20), MON_2026_03_16, LocalDate.of(2026, 4, 15)),
        Arguments.of(Timescale.workingDays(1), SAT_2026_04_04, LocalDate.of(2026, 4, 7)),
        Arguments.of(Timescale.workingDaysBeginningWith(1), MON_2026_03_16, MON_2026_03_16),
        Arguments.of(
            Timescale.workingDaysBeginningWith(1), SAT_2026_04_04, LocalDate.of(2026, 4, 7)),
        Arguments.of(Timescale.days(7), MON_2026_03_16, LocalDate.of(2026, 3, 23)),
        Arguments.of(Timescale.daysBeginningWith(7), MON_2026_03_16, LocalDate.of(2026, 3, 22)),
        Arguments.of(Timescale.weeks(26), MON_2026_03_16, LocalDate.of(2026, 9, 14)),
        Arguments.of(Timescale.weeksBeginningWith(26), MON_2026_03_16, LocalDate.of(2026, 9, 13)),
        Arguments.of(Timescale.months(3), MON_2026_03_16, LocalDate.of(2026, 6, 16)),
        Arguments.of(Timescale.months(1), SAT_2026_01_31, LocalDate.of(2026, 2, 28)),
        Arguments.of(Timescale.months(1), LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29)),
        Arguments.of(Timescale.monthsBeginningWith(1), SAT_2026_01_31, LocalDate.of(2026, 2, 27)),
        Arguments.of(Timescale.years(1), THU_2024_02_29, LocalDate.of(2025, 2, 28)),
        Arguments.of(Timescale.yearsBeginningWith(1), MON_2026_03_16, LocalDate.of(2027, 3, 15)));
  }

  @ParameterizedTest
  @MethodSource("data_dueFrom")
  void test_dueFrom(Timescale timescale, LocalDate start, LocalDate expected) {
    assertThat(timescale.dueFrom(start, EW)).isEqualTo(expected);
  }

  static Stream<Arguments> data_parse() {
    return Stream.of(
        Arguments.of("20 working days", Timescale.workingDays(20)),
        Arguments.of("3 months", Timescale.months(3)),
        Arguments.of("26 weeks beginning with", Timescale.weeksBeginningWith(26)),
        Arguments.of("7 days", Timescale.days(7)),
        Arguments.of("1 year beginning with", Timescale.yearsBeginningWith(1)),
        Arguments.of("1 working day", Timescale.workingDays(1)),
        Arguments.of("  1 YEARS  ", Timescale.years(1)),
        Arguments.of("10 Working  Days Beginning With", Timescale.workingDaysBeginningWith(10)));
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse(String text, Timescale expected) {
    assertThat(Timescale.parse(text)).isEqualTo(expected).hasSameHashCodeAs(expected);
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_toString_parsesBack(String text, Timescale timescale) {
    assertThat(Timescale.parse(timescale.toString())).isEqualTo(timescale);
  }

  @Test
  void test_toString_readsAsRule() {
    assertThat(Timescale.workingDays(20)).hasToString("20 working days");
    assertThat(Timescale.weeksBeginningWith(26)).hasToString("26 weeks beginning with");
    assertThat(Timescale.years(1)).hasToString("1 year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3 days", "0 days", "three months", "20 working", "3 fortnights", ""})
  void test_parse_malformed(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timescale.parse(text))
        .withMessageContaining("'" + text + "'")
        .withMessageContaining("timescale must be '<n> <unit>'");
  }

  @Test
  void test_parse_hours() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timescale.parse("72 hours"))
        .withMessageContaining("'72 hours'")
        .withMessageContaining("hours run from an instant");
  }

  @Test
  void test_of_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timescale.workingDays(-1))
        .withMessageContaining("but was '-1 WORKING_DAYS'");
  }

  @Test
  void test_trace_workingDaysOverEaster() {
    Timescale timescale = Timescale.workingDays(20);
    LocalDate due = timescale.dueFrom(MON_2026_03_16, EW);
    assertThat(timescale.trace(MON_2026_03_16, due, EW))
        .isEqualTo(
            "20 working days after Mon 2026-03-16, skipping Fri 2026-04-03 and Mon 2026-04-06"
                + " → Wed 2026-04-15");
  }

  @Test
  void test_trace_monthClamped() {
    Timescale timescale = Timescale.months(1);
    assertThat(timescale.trace(SAT_2026_01_31, timescale.dueFrom(SAT_2026_01_31, EW), EW))
        .isEqualTo(
            "1 month after Sat 2026-01-31 (Sat 2026-02-28 clamped to the month end) → Sat 2026-02-28");
  }

  @Test
  void test_trace_beginningWith() {
    Timescale timescale = Timescale.weeksBeginningWith(26);
    assertThat(timescale.trace(MON_2026_03_16, timescale.dueFrom(MON_2026_03_16, EW), EW))
        .isEqualTo("26 weeks beginning with Mon 2026-03-16 → Sun 2026-09-13");
  }
}
