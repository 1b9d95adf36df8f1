package io.permanence.testkit.laws;

import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CalendarLawsTest {

  private static final WorkingCalendar EW = WorkingCalendars.englandAndWales();
  private static final Gen<LocalDate> EW_DATES =
      TimeGenerators.dates(LocalDate.of(1992, 1, 1), LocalDate.of(2098, 1, 1));
  private static final Gen<Integer> SHIFTS = TimeGenerators.shifts();

  @Test
  void test_shift_landsOnWorkingDay_englandAndWales() {
    qt().forAll(EW_DATES, SHIFTS).check((d, n) -> CalendarLaws.shiftLandsOnWorkingDay(EW, d, n));
  }

  @Test
  void test_shift_landsOnWorkingDay_randomCalendars() {
    qt().forAll(TimeGenerators.calendars(), TimeGenerators.datesForRandomCalendars(), SHIFTS)
        .check(CalendarLaws::shiftLandsOnWorkingDay);
  }

  @Test
  void test_shift_isMonotone_englandAndWales() {
    qt().forAll(EW_DATES, SHIFTS, SHIFTS)
        .check((d, a, b) -> CalendarLaws.shiftIsMonotone(EW, d, a, b));
  }

  @Test
  void test_shift_isMonotone_randomCalendars() {
    qt().forAll(
            TimeGenerators.calendars(), TimeGenerators.datesForRandomCalendars(), SHIFTS, SHIFTS)
        .check(CalendarLaws::shiftIsMonotone);
  }

  @Test
  void test_workingDaysBetween_invertsShift_englandAndWales() {
    // 3000 working days is about 12 years: start early enough to stay within 2099
    Gen<LocalDate> dates = TimeGenerators.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2086, 1, 1));
    qt().forAll(dates, Generate.range(0, 3000))
        .check((d, n) -> CalendarLaws.workingDaysBetweenInvertsShift(EW, d, n));
  }

  @Test
  void test_workingDaysBetween_invertsShift_randomCalendars() {
    qt().forAll(
            TimeGenerators.calendars(),
            TimeGenerators.datesForRandomCalendars(),
            Generate.range(0, 150))
        .check(CalendarLaws::workingDaysBetweenInvertsShift);
  }

  @Test
  void test_shift_composes_englandAndWales() {
    qt().forAll(EW_DATES, SHIFTS, SHIFTS)
        .check((d, a, b) -> CalendarLaws.shiftComposes(EW, d, a, b));
  }

  @Test
  void test_shift_composes_randomCalendars() {
    Gen<Integer> half = Generate.range(-75, 75);
    qt().forAll(TimeGenerators.calendars(), TimeGenerators.datesForRandomCalendars(), half, half)
        .check(CalendarLaws::shiftComposes);
  }

  @Test
  void test_agreesWithNaiveReference_englandAndWales() {
    qt().withExamples(200)
        .forAll(EW_DATES, Generate.range(0, 400))
        .check((d, length) -> CalendarLaws.agreesWithNaiveReference(EW, d, d.plusDays(length)));
  }

  @Test
  void test_agreesWithNaiveReference_randomCalendars() {
    qt().withExamples(200)
        .forAll(
            TimeGenerators.calendars(),
            TimeGenerators.datesForRandomCalendars(),
            Generate.range(0, 400))
        .check(
            (calendar, d, length) ->
                CalendarLaws.agreesWithNaiveReference(calendar, d, d.plusDays(length)));
  }

  @Test
  void test_shift_agreesWithNaiveReference_englandAndWales() {
    qt().forAll(EW_DATES, SHIFTS)
        .check((d, n) -> CalendarLaws.shiftAgreesWithNaiveReference(EW, d, n));
  }

  @Test
  void test_shift_agreesWithNaiveReference_randomCalendars() {
    qt().forAll(TimeGenerators.calendars(), TimeGenerators.datesForRandomCalendars(), SHIFTS)
        .check(CalendarLaws::shiftAgreesWithNaiveReference);
  }

  @Test
  void test_combinedWith_agreesWithNaiveReference() {
    qt().withExamples(100)
        .forAll(
            TimeGenerators.calendars(),
            TimeGenerators.datesForRandomCalendars(),
            Generate.range(0, 200))
        .check(
            (calendar, d, length) -> {
              WorkingCalendar combined = EW.combinedWith(calendar);
              // a combination without two working days a week is outside the generator's promise
              return combined.weekendDays().size() > 5
                  || CalendarLaws.agreesWithNaiveReference(combined, d, d.plusDays(length));
            });
  }
}
