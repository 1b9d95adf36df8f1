package io.permanence.rules.northsomerset;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.Dates;
import java.time.LocalDate;

/** Builds the referrals of North Somerset's remits. */
final class NorthSomersetReferrals {

  private NorthSomersetReferrals() {}

  /** A date as {@code "Mon 2026-03-16"}: {@link Dates#format}. */
  static String day(LocalDate date) {
    return Dates.format(date);
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
