package io.permanence.benchmarks;

import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic side by side: Permanence's {@link WorkingCalendar} (England and Wales),
 * OpenGamma Strata's {@link ImmutableHolidayCalendar} built from the same holidays, and jollyday's
 * {@code isHoliday} in a day-by-day loop.
 *
 * <p>Each operation runs on a date drawn from a fixed pseudo-random table of working and
 * non-working days between 2000 and 2090, so that the branch predictor cannot learn one date. Run
 * with {@code java -jar permanence-benchmarks/target/benchmarks.jar CalendarBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CalendarBenchmark {

  private static final int DATES = 1024;

  private WorkingCalendar permanence;
  private HolidayCalendar strata;
  private HolidayManager jollyday;
  private LocalDate[] dates;
  private int index;

  /** Builds the three calendars from the same holidays and the table of dates. */
  @Setup(Level.Trial)
  public void setUp() {
    permanence = WorkingCalendars.englandAndWales();
    strata =
        ImmutableHolidayCalendar.of(
            HolidayCalendarId.of("EW"),
            permanence.holidays(),
            DayOfWeek.SATURDAY,
            DayOfWeek.SUNDAY);
    jollyday =
        HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
    Random random = new Random(20260316L);
    dates = new LocalDate[DATES];
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < DATES; i++) {
      dates[i] = first.plusDays(random.nextInt(90 * 365));
    }
    // warm jollyday's cache of years so it is measured at its best
    for (LocalDate date : dates) {
      jollyday.isHoliday(date, "eng");
    }
  }

  private LocalDate nextDate() {
    index = (index + 1) & (DATES - 1);
    return dates[index];
  }

  /** Permanence: is the date a working day. */
  @Benchmark
  public boolean isWorkingDay_permanence() {
    return permanence.isWorkingDay(nextDate());
  }

  /** Strata: is the date a business day. */
  @Benchmark
  public boolean isWorkingDay_strata() {
    return strata.isBusinessDay(nextDate());
  }

  /** Jollyday: not a weekend day and not a holiday. */
  @Benchmark
  public boolean isWorkingDay_jollyday() {
    return jollydayIsWorkingDay(nextDate());
  }

  /** Permanence: 20 working days after the date. */
  @Benchmark
  public LocalDate shift20_permanence() {
    return permanence.shift(nextDate(), 20);
  }

  /** Strata: 20 business days after the date. */
  @Benchmark
  public LocalDate shift20_strata() {
    return strata.shift(nextDate(), 20);
  }

  /** Jollyday: 20 working days after the date, day by day. */
  @Benchmark
  public LocalDate shift20_jollyday() {
    LocalDate date = nextDate();
    for (int remaining = 20; remaining > 0; ) {
      date = date.plusDays(1);
      if (jollydayIsWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** Permanence: working days in the year from the date. */
  @Benchmark
  public int workingDaysInYear_permanence() {
    LocalDate start = nextDate();
    return permanence.workingDaysBetween(start, start.plusYears(1));
  }

  /** Strata: business days in the year from the date. */
  @Benchmark
  public int workingDaysInYear_strata() {
    LocalDate start = nextDate();
    return strata.daysBetween(start, start.plusYears(1));
  }

  /** Jollyday: working days in the year from the date, day by day. */
  @Benchmark
  public int workingDaysInYear_jollyday() {
    LocalDate start = nextDate();
    LocalDate end = start.plusYears(1);
    int count = 0;
    for (LocalDate date = start; date.isBefore(end); date = date.plusDays(1)) {
      if (jollydayIsWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  private boolean jollydayIsWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !jollyday.isHoliday(date, "eng");
  }
}
