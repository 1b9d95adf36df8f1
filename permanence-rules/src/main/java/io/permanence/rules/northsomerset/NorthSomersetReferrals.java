package io.permanence.rules.northsomerset;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.panel.Referral;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Builds the referrals of North Somerset's remits. */
final class NorthSomersetReferrals {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

  private NorthSomersetReferrals() {}

  /** The short day names, Monday first, as {@code EEE} prints them. */
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /**
   * A date as "Mon 2026-03-16" (no default locale). Reasons are built for every child at every
   * meeting, so years 1 to 9999 are written by concatenation, which gives the same text as the
   * formatter; other years go through the formatter.
   */
  static String day(LocalDate date) {
    int year = date.getYear();
    if (year < 1 || year > 9999) {
      return DAY.format(date);
    }
    return DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + date;
  }

  static Referral referral(
      Remit remit,
      CaseFile file,
      String reason,
      LocalDate earliestMeeting,
      LocalDate latestMeetingExclusive) {
    return Referral.builder()
        .child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .panel(remit.panel())
        .heading(remit.heading())
        .remit(remit.name())
        .reason(reason)
        .citation(remit.citation())
        .earliestMeeting(earliestMeeting)
        .latestMeetingExclusive(latestMeetingExclusive)
        .build();
  }
}
