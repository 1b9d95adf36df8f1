package io.permanence.examples.cli;

import io.permanence.core.evaluation.Authority;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.ScheduledMeeting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence calendar}: an iCalendar (RFC 5545) file of an authority's panel meetings and
 * their cut-offs (referral papers due, agenda circulated), for a date range.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "Writes an iCalendar (.ics) file of an authority's meetings and cut-offs.")
final class CalendarCommand implements Callable<Integer> {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  @Mixin AuthorityOptions authorityOptions;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day (inclusive).")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Last day (exclusive).")
  LocalDate to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the .ics here instead of standard output.")
  Optional<Path> output = Optional.empty();

  @Override
  public Integer call() throws IOException {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("--to must be after --from but was " + from + " to " + to);
    }
    Authority authority = authorityOptions.resolve();
    String text = toICalendar(authority, from, to, Instant.now());
    if (output.isPresent()) {
      Files.writeString(output.get(), text, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("wrote " + output.get());
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
    }
    return PermanenceCommand.OK;
  }

  /**
   * The iCalendar text of the authority's meetings and cut-offs in [from, to).
   *
   * @param authority the authority
   * @param from first day, inclusive
   * @param to last day, exclusive
   * @param stamp the DTSTAMP of every event (when the file was made)
   * @return the text, with CRLF line ends and folded lines
   */
  static String toICalendar(Authority authority, LocalDate from, LocalDate to, Instant stamp) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Permanence//permanence 0.1.0//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "X-WR-CALNAME:" + escape(authority.name() + " panels"));
    for (Panel panel : authority.panels()) {
      for (ScheduledMeeting meeting : panel.schedule().meetings(from, to)) {
        String uid = panel.id() + "-" + meeting.date();
        event(
            ics,
            uid + "@permanence",
            stamp,
            meeting.start(),
            meeting.end(),
            panel.name(),
            "Scheduled under " + panel.scheduleCitation() + movedNote(meeting));
        ZonedDateTime referral = panel.schedule().cutOffFor(meeting, panel.referralCutOff());
        event(
            ics,
            uid + "-referral@permanence",
            stamp,
            referral,
            referral,
            "Cut-off: referrals and papers for " + panel.name() + " on " + meeting.date(),
            "Cut-off " + panel.referralCutOff());
        if (panel.agendaCirculated().isPresent()) {
          ZonedDateTime agenda =
              panel.schedule().cutOffFor(meeting, panel.agendaCirculated().get());
          event(
              ics,
              uid + "-agenda@permanence",
              stamp,
              agenda,
              agenda,
              "Agenda circulated: " + panel.name() + " on " + meeting.date(),
              "Cut-off " + panel.agendaCirculated().get());
        }
      }
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private static String movedNote(ScheduledMeeting meeting) {
    return meeting.movedFrom().map(d -> " (moved from " + d + ", a bank holiday)").orElse("");
  }

  private static void event(
      StringBuilder ics,
      String uid,
      Instant stamp,
      ZonedDateTime start,
      ZonedDateTime end,
      String summary,
      String description) {
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + uid);
    line(ics, "DTSTAMP:" + UTC.format(stamp));
    line(ics, "DTSTART;TZID=" + start.getZone().getId() + ":" + LOCAL.format(start));
    line(ics, "DTEND;TZID=" + end.getZone().getId() + ":" + LOCAL.format(end));
    line(ics, "SUMMARY:" + escape(summary));
    line(ics, "DESCRIPTION:" + escape(description));
    line(ics, "END:VEVENT");
  }

  /** Escapes text per RFC 5545 section 3.3.11. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Appends a content line, folded at 75 octets per RFC 5545 section 3.1, ending in CRLF. */
  static void line(StringBuilder ics, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int limit = first ? 75 : 74;
      int end = Math.min(bytes.length, start + limit);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--; // never split a UTF-8 sequence
      }
      if (!first) {
        ics.append(' ');
      }
      ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
      start = end;
      first = false;
    }
    if (bytes.length == 0) {
      ics.append("\r\n");
    }
  }
}
