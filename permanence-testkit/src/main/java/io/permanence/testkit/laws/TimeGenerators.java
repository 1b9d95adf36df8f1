package io.permanence.testkit.laws;

import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for the time package: dates, random working calendars and timescales.
 */
public final class TimeGenerators {

  /** The first year of {@link #calendars()}. */
  public static final int RANDOM_FIRST_YEAR = 2020;

  /** The last year of {@link #calendars()}. */
  public static final int RANDOM_LAST_YEAR = 2029;

  private TimeGenerators() {}

  /**
   * Dates in a half-open range.
   *
   * @param startInclusive the first date
   * @param endExclusive the date after the last
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate startInclusive, LocalDate endExclusive) {
    int days = (int) ChronoUnit.DAYS.between(startInclusive, endExclusive);
    return Generate.range(0, days - 1).map(offset -> startInclusive.plusDays(offset));
  }

  /**
   * Dates in the middle of {@link #calendars()}' years (2023-2026), far enough from their edges for
   * shifts of {@link #shifts()}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> datesForRandomCalendars() {
    return dates(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1));
  }

  /**
   * Shifts in working days, -150 to 150.
   *
   * @return the generator
   */
  public static Gen<Integer> shifts() {
    return Generate.range(-150, 150);
  }

  /**
   * Random working calendars over {@value #RANDOM_FIRST_YEAR}-{@value #RANDOM_LAST_YEAR}: up to
   * five weekend days chosen at random (at least two working days a week) and up to 80 random
   * holidays.
   *
   * @return the generator
   */
  public static Gen<WorkingCalendar> calendars() {
    Gen<Integer> weekendMasks =
        Generate.range(0, 127).assuming(mask -> Integer.bitCount(mask) <= 5);
    Gen<List<LocalDate>> holidays =
        SourceDSL.lists()
            .of(
                dates(
                    LocalDate.of(RANDOM_FIRST_YEAR, 1, 1),
                    LocalDate.of(RANDOM_LAST_YEAR + 1, 1, 1)))
            .ofSizeBetween(0, 80);
    return weekendMasks.zip(holidays, TimeGenerators::calendar);
  }

  /**
   * Timescales of 1 to 60 units of any unit, with or without "beginning with".
   *
   * @return the generator
   */
  public static Gen<Timescale> timescales() {
    return Generate.range(1, 60)
        .zip(Generate.enumValues(Timescale.Unit.class), Generate.booleans(), Timescale::of);
  }

  private static WorkingCalendar calendar(int weekendMask, List<LocalDate> holidays) {
    List<DayOfWeek> weekend = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if ((weekendMask & (1 << day.ordinal())) != 0) {
        weekend.add(day);
      }
    }
    return WorkingCalendar.builder()
        .id("random-" + Integer.toBinaryString(weekendMask) + "-" + holidays.size())
        .years(RANDOM_FIRST_YEAR, RANDOM_LAST_YEAR)
        .weekendDays(weekend.toArray(new DayOfWeek[0]))
        .addHolidays(holidays)
        .build();
  }
}
