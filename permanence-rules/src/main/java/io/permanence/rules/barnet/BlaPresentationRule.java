package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The BLA presentation as a deadline: the child who became looked after must be presented at the
 * first panel after the window closes (§Remit 1 s3, see {@link BecameLookedAfterRemit}).
 *
 * <p>For the latest period of care started by the context's date (not short breaks): due on the
 * presentation meeting's date; met ({@link Deadline#metOn()}) on the child's first appearance at
 * the panel since the period began, by that date (a later appearance is drift history). Route:
 * {@link BarnetEscalationRoute#DECISION_DELAY} (drift tracked by the Permanence Assurance Lead).
 */
public final class BlaPresentationRule implements CaseDeadlineRule {

  /** The rule's name. */
  public static final String NAME = "BLA presentation";

  private final BecameLookedAfterRemit remit;
  private final Set<LegalStatusCode> excluded;

  /**
   * The rule.
   *
   * @param remit the BLA remit, which chooses the meeting
   * @param settings the Barnet settings
   */
  public BlaPresentationRule(BecameLookedAfterRemit remit, AuthoritySettings settings) {
    this.remit = remit;
    this.excluded = settings.get(BarnetSettings.BLA_EXCLUDED_LEGAL_STATUSES);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Citation citation() {
    return Barnet.cite("§Remit 1 s3");
  }

  /** The escalation route of a late presentation. */
  public BarnetEscalationRoute route() {
    return BarnetEscalationRoute.DECISION_DELAY;
  }

  /** The route's most senior role ({@link BarnetEscalationRoute#mostSenior()}). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(route().mostSenior());
  }

  /** A child not presented at the panel it should have been. */
  @Override
  public DriftKind driftKind() {
    return DriftKind.PANEL_MISSED;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<PeriodOfCare> period = file.findLatestPeriodOfCareStartedBy(asOf);
    if (period.isEmpty()) {
      return List.of();
    }
    LocalDate start = period.get().start();
    boolean shortBreaks =
        file.findLegalStatusOn(start)
            .map(LegalStatusPeriod::code)
            .filter(excluded::contains)
            .isPresent();
    if (shortBreaks) {
      return List.of();
    }
    Optional<ScheduledMeeting> meeting = remit.findPresentationMeeting(start);
    if (meeting.isEmpty()
        || remit.findNotPresentedReason(file, period.get(), meeting.get().date()).isPresent()) {
      return List.of();
    }
    LocalDate first = null;
    for (PanelAppearance a : file.panelAppearances()) {
      LocalDate day = a.meetingOn();
      if (a.panel().equals(remit.panel())
          && !day.isBefore(start)
          && !day.isAfter(asOf)
          && (first == null || day.isBefore(first))) {
        first = day;
      }
    }
    Optional<LocalDate> presented = Optional.ofNullable(first);
    LocalDate due = meeting.get().date();
    ZonedDateTime close = remit.windowClose(start);
    return List.of(
        Deadline.builder()
            .name("Presented at the Permanency Planning Panel (BLA)")
            .startEvent("Became looked after")
            .startDate(start)
            .timescale(Timescale.days((int) ChronoUnit.DAYS.between(start, due)))
            .dueDate(due)
            .dueTime(meeting.get().startTime())
            .calendarId(context.calendar().id())
            .calendarVersion(context.calendar().version())
            .citation(citation())
            .trace(
                "first panel after the BLA window closing "
                    + Text.date(close.toLocalDate())
                    + " "
                    + close.toLocalTime()
                    + " → "
                    + meeting.get())
            .metOn(presented)
            .build());
  }
}
