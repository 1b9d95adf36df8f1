package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BuckinghamshireSettings.DOCUMENT;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Buckinghamshire's five panels (§1(a), §2): their schedules, cut-offs, headings in the document's
 * order (each "This Panel will consider" item, and the functions that name a cohort), attendee
 * roles, questions and paperwork.
 *
 * <p>Schedules: LPNAP every Tuesday 09:00-17:00; Court Progression every Thursday 14:00-16:00;
 * Permanency every Thursday 09:30-12:00; Resource every Monday and Wednesday 10:00-13:00; Complex
 * Needs monthly on the dates of {@link BuckinghamshireSettings#COMPLEX_NEEDS_SCHEDULE}. The rules
 * start on the first such day of 2000 (the document's arrangements are recent; earlier dates have
 * no meetings). All times are {@code Europe/London}.
 */
public final class BuckinghamshirePanels {

  private BuckinghamshirePanels() {}

  /** The Legal Planning and New Admissions Panel. */
  public static final PanelId LEGAL_PLANNING =
      PanelId.of("buckinghamshire-legal-planning-and-new-admissions");

  /** The Court Progression Panel. */
  public static final PanelId COURT_PROGRESSION = PanelId.of("buckinghamshire-court-progression");

  /** The Permanency Panel. */
  public static final PanelId PERMANENCY = PanelId.of("buckinghamshire-permanency");

  /** The Resource Panel. */
  public static final PanelId RESOURCE = PanelId.of("buckinghamshire-resource");

  /** The Complex Needs Panel. */
  public static final PanelId COMPLEX_NEEDS = PanelId.of("buckinghamshire-complex-needs");

  private static final List<Role> CASE_ROLES = List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
  private static final List<Role> PLO_IDENTIFIED_ROLES =
      List.of(Role.PLO_MANAGER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);

  private static final String THRESHOLD =
      "Is the threshold met for pre-proceedings, care proceedings or interim removal?";
  private static final String EARLY_HELP =
      "Is the right early intervention support (early help, FGC) in place to divert the child"
          + " from being accommodated?";
  private static final String SECURITY =
      "What activity will secure legal and emotional security at the earliest point?";
  private static final String PLO_PROGRESS =
      "Is the PLO action plan progressing; should proceedings be issued or the case stepped"
          + " down?";
  private static final String LIFE_STORY = "Has life story work started?";
  private static final String PROGRESS = "Is the permanence plan progressing without delay?";

  /**
   * The Legal Planning and New Admissions Panel (§6), every Tuesday 09:00-17:00.
   *
   * @param settings the authority's settings (cut-off, bank holidays, paperwork source)
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel legalPlanning(AuthoritySettings settings, WorkingCalendar calendar) {
    PaperworkSource source = settings.get(BuckinghamshireSettings.PAPERWORK_SOURCE);
    return Panel.builder()
        .id(LEGAL_PLANNING)
        .name("Legal Planning and New Admissions Panel")
        .scheduleCitation(cite("§2(a)"))
        .schedule(
            weekly("FREQ=WEEKLY;BYDAY=TU", LocalDate.of(2000, 1, 4), 9, 0, 8 * 60, calendar)
                .withBankHolidayPolicy(settings.get(BuckinghamshireSettings.MEETING_ON_HOLIDAY)))
        .referralCutOff(settings.get(BuckinghamshireSettings.LPNAP_CUT_OFF))
        .addHeadings(
            heading(
                "s20-emergency",
                "S20 where the Head of Service agreed to accommodate in an" + " emergency",
                "§6 consider(a)",
                CASE_ROLES,
                BuckinghamshirePaperwork.S20_EMERGENCY,
                source,
                THRESHOLD,
                EARLY_HELP),
            heading(
                "s20-request",
                "Requests for S20/edge of care",
                "§6 consider(b)",
                CASE_ROLES,
                BuckinghamshirePaperwork.S20_REQUEST,
                source,
                THRESHOLD,
                EARLY_HELP),
            heading(
                "new-admissions",
                "All new admissions into care",
                "§6 consider(c)",
                CASE_ROLES,
                BuckinghamshirePaperwork.NEW_ADMISSION,
                source,
                EARLY_HELP,
                SECURITY),
            heading(
                "legal-planning",
                "Legal planning arrangements including pre proceedings",
                "§6 consider(d)",
                CASE_ROLES,
                BuckinghamshirePaperwork.LPM_CARE_OR_SUPERVISION_ORDER.without(
                    DocumentType.BIRTH_CERTIFICATE),
                source,
                THRESHOLD,
                SECURITY),
            heading(
                "unborn-baby",
                "Unborn babies where previous siblings were removed",
                "§6 consider(e)",
                CASE_ROLES,
                BuckinghamshirePaperwork.UNBORN_BABY,
                source,
                THRESHOLD,
                SECURITY),
            heading(
                "relinquished-baby",
                "Relinquished babies",
                "§6 consider(f)",
                CASE_ROLES,
                BuckinghamshirePaperwork.RELINQUISHED_BABY,
                source,
                SECURITY),
            heading(
                "s20-beyond-agreed-period",
                "Those S20 for longer than the original agreed" + " period",
                "§6 consider(g)",
                CASE_ROLES,
                BuckinghamshirePaperwork.S20_BEYOND_AGREED_PERIOD,
                source,
                THRESHOLD,
                "What are the steps to return the child home, or should s20 be extended?"),
            heading(
                "plo-week-6",
                "PLO pre-proceedings - review at week 6",
                "§6 consider(h)",
                CASE_ROLES,
                BuckinghamshirePaperwork.PLO_WEEK_6,
                source,
                PLO_PROGRESS),
            heading(
                "plo-week-12",
                "PLO pre-proceedings - review at week 12",
                "§6 consider(i)",
                CASE_ROLES,
                BuckinghamshirePaperwork.PLO_WEEK_12,
                source,
                PLO_PROGRESS),
            heading(
                "plo-beyond-week-12",
                "PLO pre-proceedings - exceeding 12 weeks",
                "§6 consider(j)",
                CASE_ROLES,
                BuckinghamshirePaperwork.PLO_BEYOND_WEEK_12,
                source,
                PLO_PROGRESS,
                "Why have pre-proceedings exceeded 12 weeks?"),
            heading(
                "section-37",
                "S37 notifications",
                "§6 consider-PLO(a)",
                PLO_IDENTIFIED_ROLES,
                BuckinghamshirePaperwork.SECTION_37,
                source,
                THRESHOLD),
            heading(
                "supervision-order-expiring",
                "Those on Supervision Orders due to expire within" + " 3 months",
                "§6 consider-PLO(b)",
                PLO_IDENTIFIED_ROLES,
                BuckinghamshirePaperwork.SUPERVISION_ORDER_REVIEW,
                source,
                "Can the order expire, or should an application to extend it be made?"),
            heading(
                "police-protection",
                "Those Police Protected then return home or have S20" + " agreed",
                "§6 consider-PLO(c)",
                PLO_IDENTIFIED_ROLES,
                BuckinghamshirePaperwork.POLICE_PROTECTION,
                source,
                THRESHOLD,
                EARLY_HELP),
            heading(
                "uasc-s20-6-weeks",
                "UASC where they have been accommodated under S20 for 6" + " weeks or more",
                "§6 consider-PLO(d)",
                PLO_IDENTIFIED_ROLES,
                BuckinghamshirePaperwork.UASC_S20,
                source,
                SECURITY))
        .addCoreMembers(
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR,
            BuckinghamshireRoles.LEGAL_SERVICES,
            BuckinghamshireRoles.PLACEMENTS_TEAM,
            Role.PLO_MANAGER,
            BuckinghamshireRoles.FGC_TEAM_MANAGER,
            BuckinghamshireRoles.EARLY_HELP_MANAGER)
        .build();
  }

  /**
   * The Court Progression Panel (§7), every Thursday 14:00-16:00.
   *
   * @param settings the authority's settings
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel courtProgression(AuthoritySettings settings, WorkingCalendar calendar) {
    PaperworkSource source = settings.get(BuckinghamshireSettings.PAPERWORK_SOURCE);
    String legislative = "Are the legislative requirements (26 weeks, timetable) being met?";
    return Panel.builder()
        .id(COURT_PROGRESSION)
        .name("Court Progression Panel")
        .scheduleCitation(cite("§2(b)"))
        .schedule(
            weekly("FREQ=WEEKLY;BYDAY=TH", LocalDate.of(2000, 1, 6), 14, 0, 2 * 60, calendar)
                .withBankHolidayPolicy(settings.get(BuckinghamshireSettings.MEETING_ON_HOLIDAY)))
        .referralCutOff(settings.get(BuckinghamshireSettings.CPP_CUT_OFF))
        .addHeadings(
            heading(
                "checkpoint-1",
                "Care Proceedings, checkpoint 1 - following Case Management" + " Hearing",
                "§7 consider(a)",
                CASE_ROLES,
                BuckinghamshirePaperwork.CHECKPOINT_1,
                source,
                legislative,
                "What date is set for checkpoint 2?"),
            heading(
                "checkpoint-2",
                "Care Proceedings, checkpoint 2 - approximately 3 weeks prior"
                    + " to filing final evidence",
                "§7 consider(b)",
                CASE_ROLES,
                BuckinghamshirePaperwork.CHECKPOINT_2,
                source,
                legislative,
                "Is the final care plan endorsed and a Children in Care review in place before"
                    + " final evidence?"),
            heading(
                "deprivation-of-liberty",
                "Deprivation of Liberty Orders",
                "§7 consider(c)",
                CASE_ROLES,
                BuckinghamshirePaperwork.DEPRIVATION_OF_LIBERTY,
                source,
                legislative))
        .addCoreMembers(
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR,
            BuckinghamshireRoles.LEGAL_SERVICES,
            Role.PLO_MANAGER,
            BuckinghamshireRoles.FOSTERING)
        .build();
  }

  /**
   * The Permanency Panel (§8), every Thursday 09:30-12:00.
   *
   * @param settings the authority's settings
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel permanency(AuthoritySettings settings, WorkingCalendar calendar) {
    PaperworkSource source = settings.get(BuckinghamshireSettings.PAPERWORK_SOURCE);
    Checklist papers = BuckinghamshirePaperwork.PERMANENCY;
    return Panel.builder()
        .id(PERMANENCY)
        .name("Permanency Panel")
        .scheduleCitation(cite("§2(c)"))
        .schedule(
            weekly("FREQ=WEEKLY;BYDAY=TH", LocalDate.of(2000, 1, 6), 9, 30, 150, calendar)
                .withBankHolidayPolicy(settings.get(BuckinghamshireSettings.MEETING_ON_HOLIDAY)))
        .referralCutOff(settings.get(BuckinghamshireSettings.PP_CUT_OFF))
        .addHeadings(
            heading(
                "permanence-planning-meeting",
                "Permanence Planning Meeting before the second" + " Children in Care Review",
                "§8 fn(b)",
                CASE_ROLES,
                papers,
                source,
                "What plan(s) will the Independent Reviewing Officer be asked to ratify at the"
                    + " second review?",
                LIFE_STORY),
            heading(
                "after-final-order",
                "Permanence plans progressed after the final order",
                "§8 fn(c)",
                CASE_ROLES,
                papers,
                source,
                PROGRESS),
            heading(
                "s20-until-18",
                "S20 agreed at the Legal Planning and New Admissions Panel"
                    + " with a plan to remain looked after until 18",
                "§8 consider(a)",
                CASE_ROLES,
                papers,
                source,
                "Is s20 appropriate, with an agreed plan to remain looked after" + " until 18?"),
            heading(
                "adoption",
                "Adoption is progressed",
                "§8 consider(b)",
                CASE_ROLES,
                papers,
                source,
                PROGRESS,
                LIFE_STORY),
            heading(
                "long-term-fostering",
                "Long-term fostering matches are progressed",
                "§8 consider(c)",
                CASE_ROLES,
                papers,
                source,
                PROGRESS,
                LIFE_STORY),
            heading(
                "special-guardianship",
                "SGO considered and Support Plans ratified",
                "§8 consider(d)",
                CASE_ROLES,
                papers,
                source,
                "Is the SGO support plan ratified?",
                LIFE_STORY),
            heading(
                "revocation",
                "Revocation of Care or Placement Order",
                "§8 consider(e)",
                CASE_ROLES,
                papers,
                source,
                "Should revocation be applied for?"),
            heading(
                "uasc-16-plus",
                "UASC - 16+",
                "§8 consider(f)",
                CASE_ROLES,
                papers,
                source,
                PROGRESS))
        .addCoreMembers(
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR,
            Role.VIRTUAL_SCHOOL_HEAD,
            Role.PLO_MANAGER,
            BuckinghamshireRoles.FOSTERING_OR_ADOPTION)
        .build();
  }

  /**
   * The Resource Panel (§Resource), every Monday and Wednesday 10:00-13:00.
   *
   * @param settings the authority's settings
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel resource(AuthoritySettings settings, WorkingCalendar calendar) {
    PaperworkSource source = settings.get(BuckinghamshireSettings.PAPERWORK_SOURCE);
    String funding = "Is the request agreed, and from which budget?";
    return Panel.builder()
        .id(RESOURCE)
        .name("Resource Panel")
        .scheduleCitation(cite("§2(d)"))
        .schedule(
            weekly("FREQ=WEEKLY;BYDAY=MO,WE", LocalDate.of(2000, 1, 3), 10, 0, 3 * 60, calendar)
                .withBankHolidayPolicy(
                    settings.get(BuckinghamshireSettings.RESOURCE_MEETING_ON_HOLIDAY)))
        .referralCutOff(settings.get(BuckinghamshireSettings.RESOURCE_CUT_OFF))
        .addHeadings(
            heading(
                "financial-requests",
                "Financial requests: residential placements, staffing"
                    + " ratios, therapeutic assessments and support, additional placement costs",
                "§Resource fn",
                List.of(),
                BuckinghamshirePaperwork.RESOURCE,
                source,
                funding),
            heading(
                "placements-since-last-panel",
                "All placements made since the last panel",
                "§Resource consider(a)",
                List.of(),
                BuckinghamshirePaperwork.RESOURCE,
                source,
                funding,
                "Are there additional costs (solo placement, staffing, bed blocking)?"))
        .addCoreMembers(
            BuckinghamshireRoles.SENIOR_MANAGER_CHAIR,
            BuckinghamshireRoles.PLACEMENTS_TEAM,
            Role.VIRTUAL_SCHOOL_HEAD,
            BuckinghamshireRoles.FOSTERING,
            BuckinghamshireRoles.CAMHS_CLINICAL_LEAD,
            BuckinghamshireRoles.IRO_TEAM_MANAGER,
            BuckinghamshireRoles.FINANCE)
        .build();
  }

  /**
   * The Complex Needs Panel (§ComplexNeeds), monthly on the configured dates.
   *
   * @param settings the authority's settings (the schedule is one of them)
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel complexNeeds(AuthoritySettings settings, WorkingCalendar calendar) {
    PaperworkSource source = settings.get(BuckinghamshireSettings.PAPERWORK_SOURCE);
    PanelSchedule configured = settings.get(BuckinghamshireSettings.COMPLEX_NEEDS_SCHEDULE);
    PanelSchedule.Builder builder = PanelSchedule.builder();
    configured.recurrenceRule().ifPresent(builder::recurrenceRule);
    configured.ruleStart().ifPresent(builder::ruleStart);
    PanelSchedule schedule =
        builder
            .addAllDates(configured.dates())
            .startTime(configured.startTime())
            .duration(configured.duration())
            .addAllCancelled(configured.cancelled())
            .addAllExtras(configured.extras())
            .calendar(calendar)
            .bankHolidayPolicy(settings.get(BuckinghamshireSettings.MEETING_ON_HOLIDAY))
            .build();
    return Panel.builder()
        .id(COMPLEX_NEEDS)
        .name("Complex Needs Panel")
        .scheduleCitation(cite("§2(e)"))
        .schedule(schedule)
        .referralCutOff(settings.get(BuckinghamshireSettings.COMPLEX_NEEDS_CUT_OFF))
        .addHeadings(
            heading(
                "joint-funding",
                "Requests for joint funding of a package of care or a"
                    + " placement outside Buckinghamshire",
                "§ComplexNeeds consider(a)",
                List.of(),
                BuckinghamshirePaperwork.COMPLEX_NEEDS,
                source,
                "Which needs are not met by services already delivered or commissioned?",
                "Which funding streams apply, and what actions are agreed?"))
        .addCoreMembers(
            BuckinghamshireRoles.SERVICE_DIRECTOR_EDUCATION,
            BuckinghamshireRoles.CONTINUING_HEALTHCARE_MANAGER,
            BuckinghamshireRoles.HEAD_OF_CHILDRENS_CARE_MANAGEMENT,
            BuckinghamshireRoles.HEAD_OF_FINANCE,
            BuckinghamshireRoles.HEAD_OF_INTEGRATED_COMMISSIONING,
            BuckinghamshireRoles.HEAD_OF_SEND,
            Role.VIRTUAL_SCHOOL_HEAD,
            BuckinghamshireRoles.HEAD_OF_ADULTS_TRANSITIONS,
            BuckinghamshireRoles.TRANSITIONS_TEAM_MANAGER)
        .build();
  }

  static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }

  private static PanelSchedule weekly(
      String rule, LocalDate first, int hour, int minute, int minutes, WorkingCalendar calendar) {
    return PanelSchedule.ofRule(
        rule, first, LocalTime.of(hour, minute), Duration.ofMinutes(minutes), calendar);
  }

  private static Heading heading(
      String id,
      String title,
      String clause,
      List<Role> attendees,
      Checklist papers,
      PaperworkSource source,
      String... questions) {
    return Heading.builder()
        .id(id)
        .title(title)
        .citation(cite(clause))
        .addAllAttendees(attendees)
        .addAllQuestions(ImmutableList.copyOf(questions))
        .addAllPaperwork(papers.papers(source))
        .build();
  }
}
