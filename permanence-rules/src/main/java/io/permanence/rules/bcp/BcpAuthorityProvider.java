package io.permanence.rules.bcp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.bcp.BcpSettings.CutOffOnHoliday;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The BCP (Bournemouth, Christchurch and Poole) Children's Social Care Permanence Panel terms of
 * reference as an {@link Authority}, id {@code bcp}; registered for {@link
 * java.util.ServiceLoader}.
 *
 * <p>One panel, {@link #PANEL} {@code bcp-permanence}: weekly on Thursday afternoon (13:00 to 17:00
 * by default, I-BCP-02; a bank-holiday meeting moves to the next working day, I-DES-03), the agenda
 * fixed at 12:00 on the Monday before and circulated by 17:00 (I-BCP-01). Headings in the
 * document's order: the five cohorts of §5.1, then "Review of actions" (§2 s2); each meeting
 * considers one cohort on the five-weekly rotation ({@link BcpRotation}). Remits: one class per
 * cohort and {@link ReviewOfActionsRemit}. Exclusions in the order of §5.2: {@link
 * CareProceedingsExclusion}, {@link LgmS20AppropriateExclusion}, {@link AgedSeventeenExclusion}.
 * Deadline rules: the statutory catalogue's {@link StatutoryTimescales#standard()} rules except its
 * "Permanence plan by the second review", which BCP restates in its own words (§1 ¶3 s1) and is
 * kept as BCP's own {@link PermanencePlanBySecondReviewRule} (no duplicate); then {@link
 * PermanencePlanBySecondReviewRule}, {@link ActionsRecordedRule}, {@link TrackerUpdatedRule}.
 * Tracker scope: every child in care on the date (looked after, not on short breaks only).
 * Escalation: the Service Manager for the IRO Service, the route of the IRO Dispute Resolution
 * process (§1 ¶3 s2).
 */
public final class BcpAuthorityProvider implements AuthorityProvider {

  /** The authority id. */
  public static final AuthorityId ID = AuthorityId.of("bcp");

  /** The document, as cited: "BCP Permanence Panel ToR". */
  public static final String DOCUMENT = "BCP Permanence Panel ToR";

  /** The panel's id. */
  public static final PanelId PANEL = PanelId.of("bcp-permanence");

  /** The id of the "Review of actions" heading. */
  public static final String REVIEW_OF_ACTIONS = "review-of-actions";

  /**
   * The first date of the weekly rule ({@code DTSTART}), Thu 2000-01-06, so that meetings long past
   * (when actions were agreed) are on the schedule too.
   */
  public static final LocalDate RULE_START = LocalDate.of(2000, 1, 6);

  /**
   * The roles that attend for a child: the responsible service manager, team manager, social worker
   * (§3 s2).
   */
  private static final List<Role> ITEM_ATTENDEES =
      List.of(Role.SERVICE_MANAGER, Role.TEAM_MANAGER, Role.SOCIAL_WORKER);

  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public BcpAuthorityProvider() {}

  /**
   * A citation of a clause of the BCP terms of reference.
   *
   * @param clause the clause id, for example {@code §5.2(c)}
   * @return the citation
   */
  public static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }

  @Override
  public AuthorityId id() {
    return ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return BcpSettings.ALL;
  }

  /**
   * Assembles the authority with every setting at its default. The document names no week for the
   * rotation's start: {@link BcpSettings#ROTATION_ANCHOR} defaults to Thu 2026-01-08 as an example
   * (cohort (a) that week), which an embedder must set to its own rotation.
   */
  @Override
  public Authority create() {
    return AuthorityProvider.super.create();
  }

  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    BcpRotation rotation = rotation(settings);
    boolean moveEarlier =
        settings.get(BcpSettings.CUT_OFF_ON_HOLIDAY) == CutOffOnHoliday.PREVIOUS_WORKING_DAY;
    CutOff cutOff = settings.get(BcpSettings.CUT_OFF).withMoveEarlierWhenClosed(moveEarlier);
    CutOff circulation =
        settings.get(BcpSettings.AGENDA_CIRCULATION_BY).withMoveEarlierWhenClosed(moveEarlier);

    Map<BcpCohort, Heading> headings = new EnumMap<>(BcpCohort.class);
    Map<BcpCohort, List<BcpConsideration>> considerations =
        settings.get(BcpSettings.CONSIDERATIONS_BY_COHORT);
    for (BcpCohort cohort : BcpCohort.values()) {
      headings.put(
          cohort,
          Heading.builder()
              .id(cohort.headingId())
              .title(cohort.title())
              .citation(cohort.citation())
              .addAllAttendees(ITEM_ATTENDEES)
              .addAllQuestions(
                  considerations.get(cohort).stream().map(BcpConsideration::question).toList())
              .build());
    }
    Heading review =
        Heading.builder()
            .id(REVIEW_OF_ACTIONS)
            .title("Review of actions")
            .citation(cite("§2 s2"))
            .addAllAttendees(ITEM_ATTENDEES)
            .addQuestions(
                "Have the actions agreed at previous panels been acted upon, and is this reflected"
                    + " in the child's Mosaic record?",
                "Has the Permanence Tracker been updated with progress against each action?")
            .build();

    Panel panel =
        Panel.builder()
            .id(PANEL)
            .name("Permanence Panel")
            .scheduleCitation(cite("§4 ¶1 s1"))
            .schedule(rotation.schedule())
            .referralCutOff(cutOff)
            .agendaCirculated(circulation)
            .addAllHeadings(headings.values())
            .addHeadings(review)
            .addCoreMembers(
                BcpRoles.SERVICE_MANAGER_CHILDREN_IN_CARE,
                BcpRoles.SERVICE_MANAGER_IRO,
                Role.PANEL_ADMINISTRATOR)
            .build();

    BcpFacts facts = new BcpFacts(PANEL, rotation, settings);
    return Authority.builder()
        .id(ID)
        .name("Bournemouth, Christchurch and Poole")
        .calendar(calendar)
        .settings(settings)
        .addPanels(panel)
        .addRemits(
            new S20AfterTwelveWeeksRemit(
                facts, headings.get(BcpCohort.A), settings.get(BcpSettings.S20_THRESHOLD)),
            new PlacedWithParentsRemit(
                facts, headings.get(BcpCohort.B), settings.get(BcpSettings.PWP_LEGAL_STATUSES)),
            new ReunificationPlanRemit(
                facts,
                headings.get(BcpCohort.C),
                settings.get(BcpSettings.REUNIFICATION_INCLUDES_CONTINGENCY)),
            new NotLongTermMatchedRemit(
                facts, headings.get(BcpCohort.D), settings.get(BcpSettings.NOT_MATCHED_COHORT)),
            new NoPermanencePlanRemit(
                facts,
                headings.get(BcpCohort.E),
                settings.get(BcpSettings.RECENTLY_REVIEWED_WITHIN)),
            new ReviewOfActionsRemit(
                facts, review, settings.get(BcpSettings.REVIEW_OPEN_ACTIONS_AT)))
        .addExclusions(
            new CareProceedingsExclusion(
                facts, settings.get(BcpSettings.PROCEEDINGS_EXCLUSION_LIFTED)),
            new LgmS20AppropriateExclusion(facts),
            new AgedSeventeenExclusion(facts, settings.get(BcpSettings.AGED_17_EXCLUSION_REASON)))
        .addAllDeadlineRules(
            StatutoryTimescales.standard().stream()
                .filter(rule -> rule != StatutoryTimescales.permanencePlanBySecondReview())
                .toList())
        .addDeadlineRules(
            new PermanencePlanBySecondReviewRule(
                facts, settings.get(BcpSettings.SECOND_REVIEW_DEADLINE)),
            new ActionsRecordedRule(facts, settings.get(BcpSettings.ACTIONS_RECORDED_WITHIN)),
            new TrackerUpdatedRule(facts, settings.get(BcpSettings.TRACKER_UPDATE_DUE), cutOff))
        .trackerScope((file, context) -> facts.isInCare(file, context.asOf()))
        .escalation(BcpRoles.SERVICE_MANAGER_IRO)
        .build();
  }

  /**
   * The rotation of the panel with the given settings: its schedule (the weekly rule from {@link
   * #RULE_START}, meeting times, bank-holiday policy, cancelled meetings), anchor, order and
   * policy.
   *
   * @param settings the settings
   * @return the rotation
   */
  public static BcpRotation rotation(AuthoritySettings settings) {
    LocalTime start = settings.get(BcpSettings.MEETING_START);
    LocalTime end = settings.get(BcpSettings.MEETING_END);
    checkArgument(
        end.isAfter(start),
        "bcp.meeting-end must be after bcp.meeting-start but was %s <= %s",
        end,
        start);
    PanelSchedule schedule =
        PanelSchedule.builder()
            .recurrenceRule(settings.get(BcpSettings.SCHEDULE))
            .ruleStart(RULE_START)
            .startTime(start)
            .duration(Duration.between(start, end))
            .calendar(WorkingCalendars.englandAndWales())
            .bankHolidayPolicy(settings.get(BcpSettings.MEETING_ON_HOLIDAY))
            .addAllCancelled(settings.get(BcpSettings.CANCELLED_MEETINGS))
            .build();
    return BcpRotation.of(
        schedule,
        settings.get(BcpSettings.ROTATION_ANCHOR),
        ImmutableList.copyOf(settings.get(BcpSettings.ROTATION_ORDER)),
        settings.get(BcpSettings.ROTATION_ON_CANCELLED_MEETING));
  }
}
