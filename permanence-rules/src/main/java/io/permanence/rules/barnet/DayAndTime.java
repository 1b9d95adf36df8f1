package io.permanence.rules.barnet;

import com.google.common.base.Splitter;
import io.permanence.core.time.CutOff;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A day of the week and a time of day in {@code Europe/London}, as the terms of reference state
 * them: "Friday 12 noon", "Tuesday (5.00pm)".
 *
 * <p>Text form {@code "FRIDAY 17:00"}: {@link #parse(String)} reads what {@link #toString()} writes
 * (case-insensitive). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DayAndTime {

  /** The day of the week. */
  @Value.Parameter
  public abstract DayOfWeek day();

  /** The time of day, in {@code Europe/London}. */
  @Value.Parameter
  public abstract LocalTime time();

  /**
   * A day and time.
   *
   * @param day the day of the week
   * @param time the time of day
   * @return the value
   */
  public static DayAndTime of(DayOfWeek day, LocalTime time) {
    return ImmutableDayAndTime.of(day, time);
  }

  /**
   * Reads {@code "FRIDAY 17:00"}.
   *
   * @param text a day of the week and an ISO time of day, separated by a space
   * @return the value
   * @throws IllegalArgumentException quoting the text if it is not of that form
   */
  public static DayAndTime parse(String text) {
    List<String> parts = Splitter.on(' ').omitEmptyStrings().trimResults().splitToList(text);
    if (parts.size() != 2) {
      throw new IllegalArgumentException(
          "day and time must look like 'FRIDAY 17:00' but was '" + text + "'");
    }
    return of(
        DayOfWeek.valueOf(parts.get(0).toUpperCase(Locale.ROOT)), LocalTime.parse(parts.get(1)));
  }

  /**
   * This day and time as a cut-off "on the {day} before the meeting".
   *
   * @param moveEarlierWhenClosed whether a cut-off on a non-working day moves to the working day
   *     before it (Good Friday: Thursday at the same time, I-COM-07)
   * @return the cut-off
   */
  public final CutOff toCutOffBefore(boolean moveEarlierWhenClosed) {
    return CutOff.onDayBefore(day(), time()).withMoveEarlierWhenClosed(moveEarlierWhenClosed);
  }

  /** {@code "FRIDAY 17:00"}. */
  @Override
  public final String toString() {
    return day() + " " + time();
  }
}
