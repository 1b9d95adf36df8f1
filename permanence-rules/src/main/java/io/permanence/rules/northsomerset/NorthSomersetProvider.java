package io.permanence.rules.northsomerset;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.northsomerset.NorthSomersetSettings.HeadingChoice;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Supplies North Somerset ({@code north-somerset}): the Permanency Tracking Panel and Permanency
 * Planning Tracker (terms of reference, July 2022).
 *
 * <p>The panel meets "once per month" (§2) on a day the document does not state, so the schedule is
 * a required setting with no default (DESIGN.md I-DES-07): {@link #create()} with the defaults
 * throws an {@link IllegalArgumentException} naming {@code north-somerset.schedule}. Set it to an
 * RFC 5545 rule, for example {@link #EXAMPLE_SCHEDULE} ({@code FREQ=MONTHLY;BYDAY=2WE}, the second
 * Wednesday of each month), which the tests and the demo use through {@link #exampleSettings()} —
 * an example only, not North Somerset's day.
 *
 * <p>The agenda is agreed 5 working days before the meeting at 17:00 (§3.4 s1, I-NSO-01): that is
 * the panel's referral cut-off. A rule date on a bank holiday moves to the next working day
 * (I-NSO-15). Drift escalates to the joint chairs (I-NSO-17).
 *
 * <p>Deadline rules: the statutory catalogue's {@link
 * io.permanence.rules.statutory.StatutoryTimescales#standard()} rules (the terms of reference
 * restate none of them), then North Somerset's own: {@link AdministratorNotificationRule}, {@link
 * DiscussionIntervalRule}, {@link ChildrenInCareTransferRule}, {@link FamilyFindingRule}, {@link
 * MinutesRecordedRule}.
 */
public final class NorthSomersetProvider implements AuthorityProvider {

  /** An example schedule for tests and demonstrations: the second Wednesday of each month. */
  public static final String EXAMPLE_SCHEDULE = "FREQ=MONTHLY;BYDAY=2WE";

  /** The provider; stateless. */
  public NorthSomersetProvider() {}

  @Override
  public AuthorityId id() {
    return NorthSomerset.ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return NorthSomersetSettings.ALL;
  }

  /**
   * The default settings with {@link #EXAMPLE_SCHEDULE} as the schedule, for tests and demos.
   *
   * @return the settings
   */
  public static AuthoritySettings exampleSettings() {
    return AuthoritySettings.defaults(NorthSomersetSettings.ALL)
        .withText(NorthSomersetSettings.SCHEDULE.name(), EXAMPLE_SCHEDULE);
  }

  /**
   * Assembles North Somerset.
   *
   * @param settings values for {@link NorthSomersetSettings#ALL}
   * @return the authority
   * @throws IllegalArgumentException if {@code north-somerset.schedule} is not set
   */
  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    String rule =
        settings
            .get(NorthSomersetSettings.SCHEDULE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "setting "
                            + NorthSomersetSettings.SCHEDULE.name()
                            + " is required: the terms of reference say 'once per month' without"
                            + " a day (NSomerset §2); set an RFC 5545 rule such as '"
                            + EXAMPLE_SCHEDULE
                            + "'"));
    PanelSchedule schedule =
        PanelSchedule.builder()
            .recurrenceRule(rule)
            .ruleStart(settings.get(NorthSomersetSettings.SCHEDULE_FROM))
            .startTime(settings.get(NorthSomersetSettings.MEETING_START))
            .duration(settings.get(NorthSomersetSettings.MEETING_DURATION))
            .bankHolidayPolicy(settings.get(NorthSomersetSettings.MEETING_ON_HOLIDAY))
            .calendar(calendar)
            .build();
    Set<HeadingChoice> chosen = settings.get(NorthSomersetSettings.HEADINGS);
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(
          "setting " + NorthSomersetSettings.HEADINGS.name() + " must name at least one heading");
    }
    List<Heading> headings = new ArrayList<>();
    List<Remit> remits = new ArrayList<>();
    if (chosen.contains(HeadingChoice.NEW_ENTRANTS)) {
      headings.add(NorthSomerset.NEW_ENTRANTS);
      remits.add(new NewEntrantRemit());
    }
    if (chosen.contains(HeadingChoice.TWO_MONTHLY)) {
      headings.add(NorthSomerset.TWO_MONTHLY);
      remits.add(new TwoMonthlyDiscussionRemit());
    }
    if (chosen.contains(HeadingChoice.REVIEW_OF_ACTIONS)) {
      headings.add(NorthSomerset.ACTION_REVIEW);
      remits.add(new ActionReviewRemit());
    }
    Panel panel =
        Panel.builder()
            .id(NorthSomerset.PANEL)
            .name("Permanency Tracking Panel")
            .scheduleCitation(NorthSomerset.cite("§2"))
            .schedule(schedule)
            .referralCutOff(
                CutOff.workingDaysBefore(
                    settings.get(NorthSomersetSettings.AGENDA_LEAD_WORKING_DAYS),
                    settings.get(NorthSomersetSettings.CUT_OFF_TIME)))
            .addAllHeadings(headings)
            .addAllCoreMembers(NorthSomerset.CORE_MEMBERS)
            .build();
    return Authority.builder()
        .id(NorthSomerset.ID)
        .name(NorthSomerset.NAME)
        .calendar(calendar)
        .settings(settings)
        .addPanels(panel)
        .addAllRemits(remits)
        .addAllDeadlineRules(StatutoryTimescales.standard())
        .addDeadlineRules(
            new AdministratorNotificationRule(),
            new DiscussionIntervalRule(),
            new ChildrenInCareTransferRule(),
            new FamilyFindingRule(),
            new MinutesRecordedRule())
        .trackerScope(new NorthSomersetTracker())
        .escalation(settings.get(NorthSomersetSettings.ESCALATE_TO))
        .build();
  }

  @Override
  public String toString() {
    return "NorthSomersetProvider{" + NorthSomerset.ID + "}";
  }
}
