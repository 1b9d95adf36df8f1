/**
 * Time in permanence planning: working days, timescales, deadlines, cut-offs and panel schedules.
 *
 * <p>{@link io.permanence.core.time.WorkingCalendar} says which days are working days (one
 * implementation, a bitmask per month); {@link io.permanence.core.time.WorkingCalendars} holds the
 * England and Wales bank holidays 1990-2099 and the {@code Europe/London} zone.
 *
 * <p>{@link io.permanence.core.time.Timescale} is a rule such as "20 working days" or "26 weeks
 * beginning with", with the conventions of DESIGN.md; {@link io.permanence.core.time.DeadlineRule}
 * applies one to a start date and gives a {@link io.permanence.core.time.Deadline} with its
 * citation, the calendar's id and version, and a readable trace; its {@link
 * io.permanence.core.time.DeadlineStatus} on a date says whether it is pending, due soon, met, met
 * late or overdue.
 *
 * <p>{@link io.permanence.core.time.CutOff} is a time of day relative to a meeting ("12:00 on the
 * Friday before the meeting"), in {@code Europe/London}. {@link
 * io.permanence.core.time.PanelSchedule} gives a panel's {@link
 * io.permanence.core.time.ScheduledMeeting}s from an RFC 5545 recurrence rule or a list of dates,
 * with cancelled and extra meetings and a {@link io.permanence.core.time.BankHolidayPolicy}. {@link
 * io.permanence.core.time.Dates} writes dates as traces and reasons show them ("Tue 2026-03-24").
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Nothing here reads the clock, the default zone or the default locale: the
 * caller passes the date or instant.
 */
@PermanenceStyle
package io.permanence.core.time;

import io.permanence.core.PermanenceStyle;
