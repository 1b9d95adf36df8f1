package io.permanence.rules.knowsley;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Supplies Knowsley ({@code knowsley}): the Multi-Agency Permanency Panel (terms of reference
 * reviewed October 2024) and the weekly Monday Legal Planning Meeting it refers to.
 *
 * <p>The panel meets "for three hours, once a month" (§Structure s1) on a day the document does not
 * state, so the schedule is a required setting with no default (I-DES-07): {@link #create()} with
 * the defaults throws an {@link IllegalArgumentException} naming {@code knowsley.schedule}. Tests
 * and demos use {@link #exampleSettings()} with {@link #EXAMPLE_SCHEDULE} ({@code
 * FREQ=MONTHLY;BYDAY=3TU}, the third Tuesday) — an example only, not Knowsley's day.
 *
 * <p>Cut-off (I-KNO-01, I-KNO-02): papers are due "one week in advance of panel", at 17:00 ({@code
 * papers-time}). When every meeting of the rule falls on one day of the week (as a monthly {@code
 * BYDAY} rule does), the cut-off is that day of the week before the meeting — the meeting date less
 * 7 days — moved to the previous working day when it is not one (I-COM-07); for a meeting moved off
 * a bank holiday it is the same weekday before the moved date. A schedule whose meetings fall on
 * several weekdays uses 5 working days before instead, the nearest the core {@code CutOff} can
 * state.
 *
 * <p>Deadline rules: the statutory catalogue's {@link
 * io.permanence.rules.statutory.StatutoryTimescales#standard()} rules (the terms of reference
 * restate none of them), then {@link MinutesDistributedRule} and {@link AdmTimetableRule}.
 */
public final class KnowsleyProvider implements AuthorityProvider {

  /** An example schedule for tests and demonstrations: the third Tuesday of each month. */
  public static final String EXAMPLE_SCHEDULE = "FREQ=MONTHLY;BYDAY=3TU";

  /** The provider; stateless. */
  public KnowsleyProvider() {}

  @Override
  public AuthorityId id() {
    return Knowsley.ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return KnowsleySettings.ALL;
  }

  /**
   * The default settings with {@link #EXAMPLE_SCHEDULE} as the schedule, for tests and demos.
   *
   * @return the settings
   */
  public static AuthoritySettings exampleSettings() {
    return AuthoritySettings.defaults(KnowsleySettings.ALL)
        .withText(KnowsleySettings.SCHEDULE.name(), EXAMPLE_SCHEDULE);
  }

  /**
   * Assembles Knowsley.
   *
   * @param settings values for {@link KnowsleySettings#ALL}
   * @return the authority
   * @throws IllegalArgumentException if {@code knowsley.schedule} is not set
   */
  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    String rule =
        settings
            .get(KnowsleySettings.SCHEDULE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "setting "
                            + KnowsleySettings.SCHEDULE.name()
                            + " is required: the terms of reference say 'once a month' without a"
                            + " day (Knowsley §Structure s1); set an RFC 5545 rule such as '"
                            + EXAMPLE_SCHEDULE
                            + "'"));
    PanelSchedule schedule =
        PanelSchedule.builder()
            .recurrenceRule(rule)
            .ruleStart(settings.get(KnowsleySettings.SCHEDULE_FROM))
            .startTime(settings.get(KnowsleySettings.MEETING_START))
            .duration(settings.get(KnowsleySettings.MEETING_DURATION))
            .bankHolidayPolicy(settings.get(KnowsleySettings.MEETING_ON_HOLIDAY))
            .calendar(calendar)
            .build();
    Set<Integer> papersFor = settings.get(KnowsleySettings.PAPERS_FOR_PARTS);
    Heading part1 = Knowsley.part(1, papersFor.contains(1));
    Heading part2 = Knowsley.part(2, papersFor.contains(2));
    Heading part3 = Knowsley.part(3, papersFor.contains(3));
    Heading part4 = Knowsley.part(4, papersFor.contains(4));
    Panel panel =
        Panel.builder()
            .id(Knowsley.PANEL)
            .name("Multi-Agency Permanency Panel")
            .scheduleCitation(Knowsley.cite("§Structure s1"))
            .schedule(schedule)
            .referralCutOff(papersCutOff(schedule, settings.get(KnowsleySettings.PAPERS_TIME)))
            .addHeadings(part1, part2, part3, part4)
            .addAllCoreMembers(Knowsley.MEMBERS)
            .build();
    PanelSchedule lpmSchedule =
        PanelSchedule.builder()
            .recurrenceRule(settings.get(KnowsleySettings.LPM_SCHEDULE))
            .ruleStart(settings.get(KnowsleySettings.SCHEDULE_FROM))
            .startTime(settings.get(KnowsleySettings.LPM_START))
            .duration(Duration.ofHours(1))
            .bankHolidayPolicy(settings.get(KnowsleySettings.LPM_ON_HOLIDAY))
            .calendar(calendar)
            .build();
    Panel lpm =
        Panel.builder()
            .id(Knowsley.LPM)
            .name("Legal Planning Meeting")
            .scheduleCitation(Knowsley.cite("§Part 3 s3"))
            .schedule(lpmSchedule)
            .referralCutOff(CutOff.workingDaysBefore(1, LocalTime.of(17, 0)))
            .addHeadings(Knowsley.LPM_REFERRALS)
            .addCoreMembers(Role.LEGAL_ADVISER, Role.TEAM_MANAGER)
            .build();
    return Authority.builder()
        .id(Knowsley.ID)
        .name(Knowsley.NAME)
        .calendar(calendar)
        .settings(settings)
        .addPanels(panel, lpm)
        .addRemits(
            Part1Remits.placementOrder(part1),
            Part1Remits.interimCareOrderUnderFive(part1),
            Part1Remits.planMayBeAdoption(part1),
            Part2Remits.matchingRequest(part2, schedule),
            Part3Remits.placedWithParents(part3, schedule),
            Part4Remits.residentialCare(part4, schedule),
            Part4Remits.notInPermanentPlacement(part4, schedule),
            Part4Remits.careLeaver(part4, schedule),
            Part4Remits.actionsBroughtBack(part4),
            new LegalPlanningMeetingRemit())
        .addExclusions(new ReviewAgreementExclusion())
        .addAllDeadlineRules(StatutoryTimescales.standard())
        .addDeadlineRules(new MinutesDistributedRule(), new AdmTimetableRule())
        .trackerScope(new KnowsleyTracker())
        .escalation(settings.get(KnowsleySettings.ESCALATE_TO))
        .build();
  }

  /**
   * The papers deadline as a cut-off: the meeting's weekday a week before, at the given time, when
   * the schedule's meetings (before bank-holiday moves) share one weekday; else 5 working days
   * before.
   *
   * @param schedule the panel's schedule
   * @param time the time of day papers are due
   * @return the cut-off
   */
  static CutOff papersCutOff(PanelSchedule schedule, LocalTime time) {
    LocalDate from =
        schedule
            .ruleStart()
            .orElse(
                schedule.dates().isEmpty() ? LocalDate.of(2024, 1, 1) : schedule.dates().first());
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (ScheduledMeeting meeting :
        schedule.withBankHolidayPolicy(BankHolidayPolicy.KEEP).meetings(from, from.plusYears(2))) {
      days.add(meeting.date().getDayOfWeek());
    }
    return days.size() == 1
        ? CutOff.onDayBefore(days.iterator().next(), time)
        : CutOff.workingDaysBefore(5, time);
  }

  @Override
  public String toString() {
    return "KnowsleyProvider{" + Knowsley.ID + "}";
  }
}
