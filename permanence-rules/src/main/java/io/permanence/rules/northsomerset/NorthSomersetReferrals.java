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

  /** A date as "Mon 2026-03-16" (no default locale). */
  static String day(LocalDate date) {
    return DAY.format(date);
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
