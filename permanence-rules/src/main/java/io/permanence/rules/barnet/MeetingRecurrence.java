package io.permanence.rules.barnet;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * When a Barnet panel meets, as one setting: an RFC 5545 recurrence rule, its first date ({@code
 * DTSTART}), the start time in {@code Europe/London} and the duration.
 *
 * <p>Text form {@code "FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H"}: {@link
 * #parse(String)} reads what {@link #toString()} writes. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeetingRecurrence {

  private static final Pattern TEXT =
      Pattern.compile(
          "(?:RRULE:)?(\\S+)\\s+from\\s+(\\d{4}-\\d{2}-\\d{2})\\s+at\\s+(\\d{2}:\\d{2})\\s+for\\s+(\\S+)",
          Pattern.CASE_INSENSITIVE);

  /** The RFC 5545 {@code RRULE} value, for example {@code FREQ=WEEKLY;BYDAY=TU}. */
  @Value.Parameter
  public abstract String rule();

  /** The first date of the rule ({@code DTSTART}). */
  @Value.Parameter
  public abstract LocalDate ruleStart();

  /** When meetings start, in {@code Europe/London}. */
  @Value.Parameter
  public abstract LocalTime startTime();

  /** How long meetings last. */
  @Value.Parameter
  public abstract Duration duration();

  /**
   * A recurrence.
   *
   * @param rule the {@code RRULE} value
   * @param ruleStart the first date
   * @param startTime the start time
   * @param duration the duration, positive
   * @return the recurrence
   */
  public static MeetingRecurrence of(
      String rule, LocalDate ruleStart, LocalTime startTime, Duration duration) {
    return ImmutableMeetingRecurrence.of(rule, ruleStart, startTime, duration);
  }

  /**
   * Reads {@code "FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H"}.
   *
   * @param text the recurrence as text
   * @return the recurrence
   * @throws IllegalArgumentException quoting the text if it is not of that form
   */
  public static MeetingRecurrence parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip());
    checkArgument(
        matcher.matches(),
        "meeting recurrence must look like 'FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for"
            + " PT2H' but was '%s'",
        text);
    return of(
        matcher.group(1),
        LocalDate.parse(matcher.group(2)),
        LocalTime.parse(matcher.group(3)),
        Duration.parse(matcher.group(4)));
  }

  /**
   * The schedule of meetings.
   *
   * @param calendar the working calendar
   * @param policy what happens to a meeting on a non-working day
   * @return the schedule
   */
  public final PanelSchedule toSchedule(WorkingCalendar calendar, BankHolidayPolicy policy) {
    return PanelSchedule.ofRule(rule(), ruleStart(), startTime(), duration(), calendar)
        .withBankHolidayPolicy(policy);
  }

  @Value.Check
  final void check() {
    checkArgument(
        !duration().isNegative() && !duration().isZero(),
        "duration must be positive but was %s",
        duration());
  }

  /** {@code "FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H"}. */
  @Override
  public final String toString() {
    return rule() + " from " + ruleStart() + " at " + startTime() + " for " + duration();
  }
}
