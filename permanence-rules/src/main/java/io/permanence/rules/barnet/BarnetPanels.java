package io.permanence.rules.barnet;

import com.google.common.collect.ImmutableList;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.WorkingCalendar;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The Barnet panels: the Permanency Planning Panel and the Permanency Tracking Meeting, built from
 * the settings.
 *
 * <p>Permanency Planning Panel: weekly on Tuesday ({@link BarnetSettings#SCHEDULE}; the time of day
 * is an example), a meeting on a bank holiday moving to the next working day (I-DES-03); the
 * referral cut-off is the Head of Service's submission at 17:00 on the Friday before (I-BAR-05), on
 * the Thursday when that Friday is a bank holiday (I-BAR-04); the agenda is circulated then
 * (I-BAR-13). Its headings follow the remit categories in the document's order (§Remit s0): 1,
 * 2(a), 2(b), 2(c), 3(a), 3(b), 3(c), 3(d). Every item needs the Permanency Planning Panel Form and
 * the genogram (§Process.Referral(1), (2)); the child's social worker presents, supported by their
 * team manager (§Process.Panel(1)); the YOT manager attends for remanded children (§Membership s3).
 *
 * <p>Permanency Tracking Meeting: present only when {@link BarnetSettings#PTM_SCHEDULE} is set (the
 * document gives no schedule, I-BAR-11); no cut-off is stated, so referrals known by 00:00 on the
 * meeting day are heard.
 */
public final class BarnetPanels {

  /** Heading of remit 1: at risk of coming into care, or became looked after (BLA process). */
  public static final String REMIT_1 = "remit-1";

  /** Heading of remit 2(a): pre-proceedings under the PLO is a consideration. */
  public static final String REMIT_2A = "remit-2a";

  /** Heading of remit 2(b): care proceedings is a consideration. */
  public static final String REMIT_2B = "remit-2b";

  /** Heading of remit 2(c): remanded into custody. */
  public static final String REMIT_2C = "remit-2c";

  /** Heading of remit 3(a): pre-proceedings reviewed every 8 weeks. */
  public static final String REMIT_3A = "remit-3a";

  /** Heading of remit 3(b): care proceedings agreed, application delayed. */
  public static final String REMIT_3B = "remit-3b";

  /** Heading of remit 3(c): residential or semi-independent longer than 12 months. */
  public static final String REMIT_3C = "remit-3c";

  /** Heading of remit 3(d): identified for scrutiny of the care plan. */
  public static final String REMIT_3D = "remit-3d";

  /** Heading of the Permanency Tracking Meeting. */
  public static final String TRACKING = "tracking";

  /** The core group of members, chair first (§Membership s2). */
  public static final ImmutableList<Role> CORE_MEMBERS =
      ImmutableList.of(
          Barnet.OPERATIONAL_DIRECTOR_FAMILY_SERVICES,
          Barnet.HEAD_CORPORATE_PARENTING_PERMANENCE,
          Barnet.HEAD_PLACEMENTS_DISABILITIES,
          Barnet.HEAD_INTERVENTION_PLANNING,
          Barnet.HEAD_DUTY_ASSESSMENT,
          Barnet.TEAM_MANAGER_PLACEMENTS,
          Role.VIRTUAL_SCHOOL_HEAD,
          Role.PERMANENCE_ASSURANCE_LEAD,
          Barnet.SENIOR_LEGAL_ADVISER);

  /**
   * Who receives the agenda weekly in advance: the core group, then the Head of Continuing
   * Healthcare (CCG/ICB) and the YOT manager, who attend where appropriate (§Membership s3).
   */
  public static final ImmutableList<Role> AGENDA_RECIPIENTS =
      ImmutableList.<Role>builder()
          .addAll(CORE_MEMBERS)
          .add(Barnet.HEAD_CONTINUING_HEALTHCARE, Barnet.YOT_MANAGER)
          .build();

  private static final ImmutableList<Role> PRESENTERS =
      ImmutableList.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);

  private static final ImmutableList<DocumentType> PAPERS =
      ImmutableList.of(Barnet.PPP_FORM, DocumentType.GENOGRAM);

  private static final String AVOID_INTERVENTION =
      "What support can be mobilised for the child and family to avoid unnecessary statutory"
          + " intervention?";
  private static final String PROPORTIONATE =
      "Is the plan for the child proportionate, effective and focused on the child's best"
          + " interests?";
  private static final String DRIFT =
      "Is the child's plan progressing without drift or delay, and what must happen by when?";

  private BarnetPanels() {}

  /**
   * The Permanency Planning Panel.
   *
   * @param settings the Barnet settings
   * @param calendar the working calendar
   * @return the panel
   */
  public static Panel planningPanel(AuthoritySettings settings, WorkingCalendar calendar) {
    boolean earlier = settings.get(BarnetSettings.FORM_DEADLINE_EARLIER_WHEN_CLOSED);
    return Panel.builder()
        .id(Barnet.PERMANENCY_PLANNING_PANEL)
        .name("Permanency Planning Panel")
        .scheduleCitation(Barnet.cite("§Remit 1 s3 (schedule)"))
        .schedule(
            settings
                .get(BarnetSettings.SCHEDULE)
                .toSchedule(calendar, settings.get(BarnetSettings.MEETING_ON_HOLIDAY)))
        .referralCutOff(settings.get(BarnetSettings.CUT_OFF).toCutOffBefore(earlier))
        .agendaCirculated(settings.get(BarnetSettings.AGENDA_ISSUE).toCutOffBefore(earlier))
        .addHeadings(
            heading(
                REMIT_1,
                "1. At risk of coming into care, or became looked after (BLA process)",
                "§Remit 1 s2",
                ImmutableList.of(),
                ImmutableList.of(PROPORTIONATE, AVOID_INTERVENTION),
                ImmutableList.of()),
            heading(
                REMIT_2A,
                "2(a). At risk: pre-proceedings under the Public Law Outline is a consideration",
                "§Remit 2(a)",
                ImmutableList.of(Barnet.SENIOR_LEGAL_ADVISER),
                ImmutableList.of(AVOID_INTERVENTION),
                ImmutableList.of()),
            heading(
                REMIT_2B,
                "2(b). At risk: care proceedings is a consideration",
                "§Remit 2(b)",
                ImmutableList.of(Barnet.SENIOR_LEGAL_ADVISER),
                ImmutableList.of(AVOID_INTERVENTION),
                ImmutableList.of()),
            heading(
                REMIT_2C,
                "2(c). At risk: remanded into custody (LASPO section 23)",
                "§Remit 2(c)",
                ImmutableList.of(Barnet.YOT_MANAGER),
                ImmutableList.of(AVOID_INTERVENTION),
                ImmutableList.of()),
            heading(
                REMIT_3A,
                "3(a). Review: pre-proceedings, every 8 weeks",
                "§Remit 3(a)",
                ImmutableList.of(Barnet.SENIOR_LEGAL_ADVISER),
                ImmutableList.of(DRIFT),
                ImmutableList.of()),
            heading(
                REMIT_3B,
                "3(b). Review: care proceedings agreed, delay in the application",
                "§Remit 3(b) s2",
                ImmutableList.of(Barnet.SENIOR_LEGAL_ADVISER),
                ImmutableList.of(DRIFT),
                ImmutableList.of()),
            heading(
                REMIT_3C,
                "3(c). Review: residential or semi-independent placement longer than 12 months",
                "§Remit 3(c)",
                ImmutableList.of(),
                ImmutableList.of(PROPORTIONATE, DRIFT),
                ImmutableList.of(DocumentType.CARE_PLAN)),
            heading(
                REMIT_3D,
                "3(d). Review: identified for scrutiny of the care plan",
                "§Remit 3(d)",
                ImmutableList.of(),
                ImmutableList.of(PROPORTIONATE, DRIFT),
                ImmutableList.of(DocumentType.CARE_PLAN)))
        .addAllCoreMembers(CORE_MEMBERS)
        .build();
  }

  /**
   * The Permanency Tracking Meeting, if its schedule is configured.
   *
   * @param settings the Barnet settings
   * @param calendar the working calendar
   * @return the panel, or empty while {@link BarnetSettings#PTM_SCHEDULE} is NONE
   */
  public static Optional<Panel> trackingMeeting(
      AuthoritySettings settings, WorkingCalendar calendar) {
    return settings
        .get(BarnetSettings.PTM_SCHEDULE)
        .map(
            recurrence ->
                Panel.builder()
                    .id(Barnet.PERMANENCY_TRACKING_MEETING)
                    .name("Permanency Tracking Meeting")
                    .scheduleCitation(Barnet.cite("§Process.Decision(4)"))
                    .schedule(
                        recurrence.toSchedule(
                            calendar, settings.get(BarnetSettings.MEETING_ON_HOLIDAY)))
                    .referralCutOff(CutOff.workingDaysBefore(0, LocalTime.MIDNIGHT))
                    .addHeadings(
                        Heading.builder()
                            .id(TRACKING)
                            .title("Children coming into care or subject to care proceedings")
                            .citation(Barnet.cite("§Process.Decision(4)"))
                            .addAllAttendees(PRESENTERS)
                            .addQuestions(DRIFT)
                            .build())
                    .build());
  }

  /**
   * When the social worker's form is due: 12:00 on the Friday before the meeting (§Process.Referral
   * (1)); the agenda's paper status compares the form's date on file with this cut-off's date.
   *
   * @param settings the Barnet settings
   * @return the cut-off
   */
  public static CutOff formCompletion(AuthoritySettings settings) {
    return settings
        .get(BarnetSettings.FORM_COMPLETION)
        .toCutOffBefore(settings.get(BarnetSettings.FORM_DEADLINE_EARLIER_WHEN_CLOSED));
  }

  /**
   * When the genogram must be completed on the case record: with the form (I-BAR-17).
   *
   * @param settings the Barnet settings
   * @return the cut-off
   */
  public static CutOff genogramDue(AuthoritySettings settings) {
    return settings
        .get(BarnetSettings.GENOGRAM_DUE)
        .toCutOffBefore(settings.get(BarnetSettings.FORM_DEADLINE_EARLIER_WHEN_CLOSED));
  }

  private static Heading heading(
      String id,
      String title,
      String clause,
      ImmutableList<Role> extraAttendees,
      ImmutableList<String> questions,
      ImmutableList<DocumentType> extraPapers) {
    return Heading.builder()
        .id(id)
        .title(title)
        .citation(Barnet.cite(clause))
        .addAllAttendees(PRESENTERS)
        .addAllAttendees(extraAttendees)
        .addAllQuestions(questions)
        .addAllPaperwork(PAPERS)
        .addAllPaperwork(extraPapers)
        .build();
  }
}
