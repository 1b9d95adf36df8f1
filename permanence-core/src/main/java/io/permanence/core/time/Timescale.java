package io.permanence.core.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A statutory or local timescale, such as "20 working days" or "26 weeks beginning with", as a
 * value: {@link #dueFrom(LocalDate, WorkingCalendar)} turns a start date into the last compliant
 * day.
 *
 * <p>Conventions (DESIGN.md "Time semantics"):
 *
 * <ul>
 *   <li>"within N working days of D": the N-th working day after D; D itself never counts ({@link
 *       WorkingCalendar#shift(LocalDate, int)}).
 *   <li>"N days" / "N weeks": D + N days, D + 7N days, whatever the day of the week.
 *   <li>"N months" / "N years": {@link LocalDate#plusMonths(long)} / {@link
 *       LocalDate#plusYears(long)}, clamped to the end of a shorter month (31 Jan + 1 month = 28/29
 *       Feb).
 *   <li>"... beginning with" D (Children Act 1989 s.32(1)(a), "26 weeks beginning with the day on
 *       which the application was issued"): D is day 1, so the last compliant day is D + period − 1
 *       day; for working days, D counts as the first working day if it is one.
 * </ul>
 *
 * <p>Hours are not a timescale here: a period in hours (police protection, 72 hours, Children Act
 * 1989 s.46(6)) runs from an instant, not a date, so it is a {@link java.time.Duration} added to an
 * {@link java.time.Instant}; {@link #parse(String)} rejects it and says so.
 *
 * <p>{@link #toString()} reads as the rule and {@link #parse(String)} reads it back. Instances are
 * immutable and thread-safe; equal by value.
 */
@Value.Immutable
public abstract class Timescale {

  /** The unit a timescale counts in. */
  public enum Unit {
    /** Calendar days. */
    DAYS("day", "days"),
    /** Weeks of 7 calendar days. */
    WEEKS("week", "weeks"),
    /** Calendar months, clamped to the end of a shorter month. */
    MONTHS("month", "months"),
    /** Calendar years (29 February clamps to 28 February). */
    YEARS("year", "years"),
    /** Working days of a {@link WorkingCalendar}. */
    WORKING_DAYS("working day", "working days");

    private final String singular;
    private final String plural;

    Unit(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    String text(int amount) {
      return amount == 1 ? singular : plural;
    }
  }

  private static final Pattern TEXT =
      Pattern.compile(
          "(\\d{1,6})\\s+(working\\s+days?|days?|weeks?|months?|years?)(\\s+beginning\\s+with)?");

  private static final String EXPECTED =
      "'<n> <unit>' or '<n> <unit> beginning with', n a whole number >= 1 and unit one of"
          + " days, weeks, months, years, working days";

  /** The number of units, at least 1. */
  @Value.Parameter
  public abstract int amount();

  /** The unit counted. */
  @Value.Parameter
  public abstract Unit unit();

  /** Whether the start day is day 1 of the period ("beginning with") rather than day 0. */
  @Value.Parameter
  public abstract boolean isBeginningWith();

  /**
   * A timescale.
   *
   * @param amount the number of units, at least 1
   * @param unit the unit
   * @param beginningWith whether the start day counts as day 1
   * @return the timescale
   */
  public static Timescale of(int amount, Unit unit, boolean beginningWith) {
    return ImmutableTimescale.of(amount, unit, beginningWith);
  }

  /** "N days": the start date plus N calendar days. */
  public static Timescale days(int amount) {
    return of(amount, Unit.DAYS, false);
  }

  /** "N days beginning with": the start date plus N − 1 calendar days. */
  public static Timescale daysBeginningWith(int amount) {
    return of(amount, Unit.DAYS, true);
  }

  /** "N weeks": the start date plus 7N calendar days. */
  public static Timescale weeks(int amount) {
    return of(amount, Unit.WEEKS, false);
  }

  /** "N weeks beginning with" (Children Act 1989 s.32): the start date plus 7N − 1 days. */
  public static Timescale weeksBeginningWith(int amount) {
    return of(amount, Unit.WEEKS, true);
  }

  /** "N months": the start date plus N months, clamped to the month end. */
  public static Timescale months(int amount) {
    return of(amount, Unit.MONTHS, false);
  }

  /** "N months beginning with": the start date plus N months (clamped), less one day. */
  public static Timescale monthsBeginningWith(int amount) {
    return of(amount, Unit.MONTHS, true);
  }

  /** "N years": the start date plus N years (29 February clamps to 28 February). */
  public static Timescale years(int amount) {
    return of(amount, Unit.YEARS, false);
  }

  /** "N years beginning with" (supervision orders): the start date plus N years, less one day. */
  public static Timescale yearsBeginningWith(int amount) {
    return of(amount, Unit.YEARS, true);
  }

  /** "within N working days": the N-th working day after the start date. */
  public static Timescale workingDays(int amount) {
    return of(amount, Unit.WORKING_DAYS, false);
  }

  /** "N working days beginning with": the start date is the first if it is a working day. */
  public static Timescale workingDaysBeginningWith(int amount) {
    return of(amount, Unit.WORKING_DAYS, true);
  }

  /**
   * Parses the text form of {@link #toString()}: {@code "20 working days"}, {@code "3 months"},
   * {@code "26 weeks beginning with"}, {@code "7 days"}, {@code "1 year beginning with"}. Case and
   * extra spaces are ignored; singular and plural units are both accepted.
   *
   * @param text the timescale as text
   * @return the timescale
   * @throws IllegalArgumentException quoting the text and saying what was expected
   */
  public static Timescale parse(String text) {
    String normalised = text.strip().toLowerCase(Locale.ROOT);
    Matcher matcher = TEXT.matcher(normalised);
    if (!matcher.matches()) {
      String hint =
          normalised.matches(".*\\bhours?\\b.*")
              ? " (hours run from an instant: add a java.time.Duration to an Instant)"
              : "";
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT, "timescale must be %s but was '%s'%s", EXPECTED, text, hint));
    }
    int amount = Integer.parseInt(matcher.group(1));
    checkArgument(amount >= 1, "timescale must be %s but was '%s'", EXPECTED, text);
    String unitText = matcher.group(2).replaceAll("\\s+", " ");
    Unit unit =
        unitText.startsWith("working")
            ? Unit.WORKING_DAYS
            : unitText.startsWith("day")
                ? Unit.DAYS
                : unitText.startsWith("week")
                    ? Unit.WEEKS
                    : unitText.startsWith("month") ? Unit.MONTHS : Unit.YEARS;
    return of(amount, unit, matcher.group(3) != null);
  }

  /**
   * The last compliant day of the timescale running from a start date.
   *
   * @param start the date of the start event
   * @param calendar the working-day calendar (used by working-day timescales only)
   * @return the due date, never before the start
   * @throws IllegalArgumentException if a working-day timescale leaves the calendar's years
   */
  public LocalDate dueFrom(LocalDate start, WorkingCalendar calendar) {
    if (unit() == Unit.WORKING_DAYS) {
      return calendar.shift(isBeginningWith() ? start.minusDays(1) : start, amount());
    }
    LocalDate end = start.plus(period());
    return isBeginningWith() ? end.minusDays(1) : end;
  }

  /** The timescale as text that {@link #parse(String)} reads back: {@code "20 working days"}. */
  @Override
  public String toString() {
    return amount() + " " + unit().text(amount()) + (isBeginningWith() ? " beginning with" : "");
  }

  /**
   * How the due date is reached, in English with explicit day names, for example {@code "20 working
   * days after Mon 2026-03-16, skipping Fri 2026-04-03 and Mon 2026-04-06 → Wed 2026-04-15"}.
   */
  String trace(LocalDate start, LocalDate due, WorkingCalendar calendar) {
    StringBuilder text =
        new StringBuilder()
            .append(amount())
            .append(' ')
            .append(unit().text(amount()))
            .append(isBeginningWith() ? " beginning with " : " after ")
            .append(Dates.format(start));
    if (unit() == Unit.WORKING_DAYS) {
      LocalDate from = isBeginningWith() ? start : start.plusDays(1);
      List<String> skipped = new ArrayList<>();
      for (LocalDate holiday : calendar.holidays().subSet(from, true, due, true)) {
        if (!calendar.weekendDays().contains(holiday.getDayOfWeek())) {
          skipped.add(Dates.format(holiday));
        }
      }
      if (!skipped.isEmpty()) {
        text.append(", skipping ").append(joinedWithAnd(skipped));
      }
    } else if (unit() == Unit.MONTHS || unit() == Unit.YEARS) {
      LocalDate end = start.plus(period());
      if (end.getDayOfMonth() != start.getDayOfMonth()) {
        text.append(" (").append(Dates.format(end)).append(" clamped to the month end)");
      }
    }
    return text.append(" → ").append(Dates.format(due)).toString();
  }

  private Period period() {
    switch (unit()) {
      case DAYS:
        return Period.ofDays(amount());
      case WEEKS:
        return Period.ofWeeks(amount());
      case MONTHS:
        return Period.ofMonths(amount());
      case YEARS:
        return Period.ofYears(amount());
      default:
        throw new IllegalStateException("no period for " + unit());
    }
  }

  private static String joinedWithAnd(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " and "
        + items.get(items.size() - 1);
  }

  @Value.Check
  final void check() {
    checkArgument(
        amount() >= 1, "timescale must be %s but was '%s %s'", EXPECTED, amount(), unit());
  }
}
