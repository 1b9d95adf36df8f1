package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomerset.cite;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.Timescale;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings of North Somerset: one per interpretation of an ambiguous clause ({@code
 * docs/interpretations.md}, rows I-DES-06, I-DES-07 and I-NSO-01 to I-NSO-17), each with the
 * default reading.
 *
 * <p>The panel's day is not stated ("once per month", §2), so {@link #SCHEDULE} has no default
 * (I-DES-07): {@link NorthSomersetProvider#create()} fails with a message naming it until an
 * embedder sets an RFC 5545 rule such as {@code FREQ=MONTHLY;BYDAY=2WE}.
 */
public final class NorthSomersetSettings {

  /** Which events put a child on the "new" heading at the next available panel (I-NSO-05). */
  public enum NewEntryTrigger {
    /** The child became looked after (start of a period of care). */
    LOOKED_AFTER,
    /** Pre-proceedings under the Public Law Outline started. */
    PLO,
    /** Care proceedings were issued. */
    PROCEEDINGS
  }

  /** What "the next available panel" after an event is (I-NSO-04). */
  public enum NextAvailable {
    /** The first meeting whose agenda cut-off is on or after the event date. */
    CUT_OFF_ON_OR_AFTER_EVENT,
    /** The first meeting on or after the event date, even after its agenda was agreed. */
    MEETING_ON_OR_AFTER_EVENT
  }

  /** From when "every other month" runs for a child never discussed (I-NSO-03). */
  public enum FirstDiscussionAnchor {
    /** From the day the child entered the tracker. */
    TRACKER_ENTRY,
    /** Not before the child's first discussion: the "new" heading lists the child first. */
    FIRST_DISCUSSION
  }

  /** Which open actions come back under "Review of actions" (I-NSO-12). */
  public enum ActionReviewAt {
    /** Open actions whose due date is on or before the meeting. */
    NEXT_MEETING_IF_DUE,
    /** Every open action, at every meeting until done. */
    EVERY_MEETING_WHILE_OPEN
  }

  /** When tracking ends for a looked-after child (I-NSO-09). */
  public enum TrackerExit {
    /** Permanence ratified and life story work (and later-life letter) completed. */
    RATIFIED_AND_LIFE_STORY,
    /** Permanence ratified. */
    RATIFIED
  }

  /** The events that start the §5(e) transfer timescale (I-NSO-08). */
  public enum TransferTrigger {
    /** The child became looked after. */
    LOOKED_AFTER,
    /** The child's second looked-after review. */
    SECOND_REVIEW,
    /** The final order in care proceedings. */
    FINAL_ORDER
  }

  /** Changes in the legal process that the Legal Panel notifies (§3.2(iii), I-NSO-06). */
  public enum LegalProcessEvent {
    /** A change of legal status within a period of care. */
    LEGAL_STATUS_CHANGED,
    /** Pre-proceedings started. */
    PLO_STARTED,
    /** Pre-proceedings ended (step-down, closure or issue). */
    PLO_ENDED,
    /** Care proceedings issued. */
    PROCEEDINGS_ISSUED,
    /** Care proceedings disposed of by a final order (or none). */
    PROCEEDINGS_DISPOSED,
    /** A court order made (ICO, care, supervision, SGO, CAO, placement, adoption...). */
    ORDER_MADE,
    /** A court order ended (revoked, discharged or expired). */
    ORDER_ENDED
  }

  /** The North Somerset agenda headings that can be switched off (I-NSO-16). */
  public enum HeadingChoice {
    /** "New: looked after / PLO / proceedings". */
    NEW_ENTRANTS,
    /** "Two-monthly discussion". */
    TWO_MONTHLY,
    /** "Review of actions". */
    REVIEW_OF_ACTIONS
  }

  /** I-DES-07: the panel's RFC 5545 rule; required, no default day is invented. */
  public static final Setting<Optional<String>> SCHEDULE =
      Setting.of(
          "north-somerset.schedule",
          "RFC 5545 RRULE of the monthly panel (\"once per month\", day not stated); required, no"
              + " default: for example FREQ=MONTHLY;BYDAY=2WE",
          cite("§2"),
          Optional.empty(),
          Setting::parseOptionalText);

  /** The first date of the schedule's rule (its DTSTART): the document's date by default. */
  public static final Setting<LocalDate> SCHEDULE_FROM =
      Setting.of(
          "north-somerset.schedule-from",
          "first date (DTSTART) of the schedule's rule; default 2022-07-01, the date of the terms"
              + " of reference",
          cite("§2"),
          LocalDate.of(2022, 7, 1),
          LocalDate::parse);

  /** When meetings start (not stated; used for display and the meeting's start instant). */
  public static final Setting<LocalTime> MEETING_START =
      Setting.of(
          "north-somerset.meeting-start",
          "start time of meetings, Europe/London (not stated; I-NSO-19)",
          cite("§2"),
          LocalTime.of(10, 0),
          LocalTime::parse);

  /** How long meetings last (not stated). */
  public static final Setting<Duration> MEETING_DURATION =
      Setting.of(
          "north-somerset.meeting-duration",
          "length of meetings (not stated; I-NSO-19)",
          cite("§2"),
          Duration.ofHours(2),
          Duration::parse);

  /** I-NSO-15: a rule date on a bank holiday moves to the next working day. */
  public static final Setting<BankHolidayPolicy> MEETING_ON_HOLIDAY =
      Setting.of(
          "north-somerset.meeting-on-holiday",
          "what happens to a meeting on a non-working day (I-NSO-15): moved to the next working day",
          cite("§2"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          text -> BankHolidayPolicy.valueOf(upper(text)));

  /** I-NSO-01: "at least one working week before": 5 working days. */
  public static final Setting<Integer> AGENDA_LEAD_WORKING_DAYS =
      Setting.of(
          "north-somerset.agenda-lead",
          "working days before the meeting by which the chairs agree the agenda (I-NSO-01): 5",
          cite("§3.4 s1"),
          5,
          NorthSomersetSettings::nonNegative);

  /** I-NSO-01: the agenda is agreed by 17:00 on that day. */
  public static final Setting<LocalTime> CUT_OFF_TIME =
      Setting.of(
          "north-somerset.cut-off-time",
          "time of day the agenda is agreed, Europe/London (I-NSO-01): 17:00",
          cite("§3.4 s1"),
          LocalTime.of(17, 0),
          LocalTime::parse);

  /** I-DES-06: "at least every other month": at risk after 2 months. */
  public static final Setting<Timescale> DISCUSS_AT_RISK_AFTER =
      Setting.of(
          "north-somerset.discuss-at-risk-after",
          "time since the last discussion after which a child is at risk of not being discussed"
              + " (I-DES-06): 2 months",
          cite("§6 s1"),
          Timescale.months(2),
          Timescale::parse);

  /** I-DES-06: "at a minimum every 3 months": overdue after 3 months. */
  public static final Setting<Timescale> DISCUSS_OVERDUE_AFTER =
      Setting.of(
          "north-somerset.discuss-overdue-after",
          "time since the last discussion after which discussion is overdue (I-DES-06): 3 months",
          cite("§6 s3"),
          Timescale.months(3),
          Timescale::parse);

  /** I-NSO-02: the two-monthly window opens 14 days before the 2-month point. */
  public static final Setting<Period> BI_MONTHLY_EARLY_TOLERANCE =
      Setting.of(
          "north-somerset.bi-monthly-early-tolerance",
          "how long before the 2-month point the two-monthly window opens (I-NSO-02): P14D",
          cite("§6 s1"),
          Period.ofDays(14),
          Period::parse);

  /** I-NSO-03: a child never discussed counts from the tracker entry date. */
  public static final Setting<FirstDiscussionAnchor> FIRST_DISCUSSION_ANCHOR =
      Setting.of(
          "north-somerset.first-discussion-anchor",
          "from when 'every other month' runs for a child never discussed (I-NSO-03):"
              + " TRACKER_ENTRY",
          cite("§6 s1"),
          FirstDiscussionAnchor.TRACKER_ENTRY,
          text -> FirstDiscussionAnchor.valueOf(upper(text)));

  /** I-NSO-04: the next available panel is the first whose cut-off is on or after the event. */
  public static final Setting<NextAvailable> NEXT_AVAILABLE =
      Setting.of(
          "north-somerset.next-available",
          "which meeting is 'the next available panel' after an event (I-NSO-04):"
              + " CUT_OFF_ON_OR_AFTER_EVENT",
          cite("§6 s2"),
          NextAvailable.CUT_OFF_ON_OR_AFTER_EVENT,
          text -> NextAvailable.valueOf(upper(text)));

  /** I-NSO-05: new entrants are those becoming looked after, in PLO or in proceedings. */
  public static final Setting<Set<NewEntryTrigger>> NEW_ENTRY_TRIGGERS =
      Setting.of(
          "north-somerset.new-entry-triggers",
          "events that list a child at the next available panel (I-NSO-05): LOOKED_AFTER, PLO,"
              + " PROCEEDINGS",
          cite("§6 s2"),
          Sets.immutableEnumSet(EnumSet.allOf(NewEntryTrigger.class)),
          text -> enumSet(text, NewEntryTrigger.class));

  /** I-NSO-06: the changes in the legal process the administrator is notified of. */
  public static final Setting<Set<LegalProcessEvent>> LEGAL_PROCESS_EVENTS =
      Setting.of(
          "north-somerset.legal-process-events",
          "the 'changes in the legal process' notified to the administrator (I-NSO-06): all",
          cite("§3.2(iii)"),
          Sets.immutableEnumSet(EnumSet.allOf(LegalProcessEvent.class)),
          text -> enumSet(text, LegalProcessEvent.class));

  /** I-NSO-07: "within 3 working days" of the event, the event day not counted. */
  public static final Setting<Timescale> NOTIFICATION_WITHIN =
      Setting.of(
          "north-somerset.notification-within",
          "time within which the administrator is notified of an event (I-NSO-07): 3 working"
              + " days",
          cite("§3.2"),
          Timescale.workingDays(3),
          Timescale::parse);

  /** I-NSO-08: the transfer to the Children in Care Team timescale; unset by default. */
  public static final Setting<Optional<Timescale>> CIC_TEAM_TRANSFER =
      Setting.of(
          "north-somerset.cic-team-transfer",
          "timescale for transfer to the Children in Care Team (I-NSO-08): not stated, unset (no"
              + " deadline) until configured, for example '10 working days'",
          cite("§5(e)"),
          Optional.empty(),
          text -> Setting.parseOptionalText(text).map(Timescale::parse));

  /** I-NSO-08: the event the transfer timescale runs from. */
  public static final Setting<TransferTrigger> CIC_TEAM_TRANSFER_TRIGGER =
      Setting.of(
          "north-somerset.cic-team-transfer-trigger",
          "event the Children in Care Team transfer timescale runs from (I-NSO-08): LOOKED_AFTER",
          cite("§5(e)"),
          TransferTrigger.LOOKED_AFTER,
          text -> TransferTrigger.valueOf(upper(text)));

  /** I-NSO-09: tracking stops when permanence is ratified and life story work is done. */
  public static final Setting<TrackerExit> TRACKER_EXIT =
      Setting.of(
          "north-somerset.tracker-exit",
          "when tracking stops (I-NSO-09): RATIFIED_AND_LIFE_STORY",
          cite("§7"),
          TrackerExit.RATIFIED_AND_LIFE_STORY,
          text -> TrackerExit.valueOf(upper(text)));

  /** I-NSO-09: the permanence routes that need a later-life letter before tracking ends. */
  public static final Setting<Set<PermanenceOption>> LATER_LIFE_LETTER_REQUIRED_FOR =
      Setting.of(
          "north-somerset.later-life-letter-required-for",
          "permanence routes needing a later-life letter before tracking ends (I-NSO-09):"
              + " ADOPTION",
          cite("§5(f) s2"),
          Sets.immutableEnumSet(PermanenceOption.ADOPTION),
          text -> enumSet(text, PermanenceOption.class));

  /** I-NSO-09: the permanence routes that need life story work before tracking ends. */
  public static final Setting<Set<PermanenceOption>> LIFE_STORY_REQUIRED_FOR =
      Setting.of(
          "north-somerset.life-story-required-for",
          "permanence routes needing life story work before tracking ends (I-NSO-09): ADOPTION,"
              + " LONG_TERM_FOSTERING, KINSHIP_OR_SPECIAL_GUARDIANSHIP",
          cite("§5(f) s2"),
          Sets.immutableEnumSet(
              PermanenceOption.ADOPTION,
              PermanenceOption.LONG_TERM_FOSTERING,
              PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP),
          text -> enumSet(text, PermanenceOption.class));

  /** I-NSO-10: family finding alert in days; unset (no deadline) by default. */
  public static final Setting<Optional<Integer>> FAMILY_FINDING_ALERT_DAYS =
      Setting.of(
          "north-somerset.family-finding-alert-days",
          "days from placement order (adoption) or ratified long-term fostering plan to a match"
              + " after which family finding is flagged (I-NSO-10): unset, no deadline",
          cite("§5(b)"),
          Optional.empty(),
          text -> Setting.parseOptionalText(text).map(NorthSomersetSettings::positive));

  /** I-NSO-12: open actions due on or before the next meeting come back there. */
  public static final Setting<ActionReviewAt> ACTION_REVIEW_AT =
      Setting.of(
          "north-somerset.action-review-at",
          "which open actions are reviewed at a meeting (I-NSO-12): NEXT_MEETING_IF_DUE",
          cite("§3.4 s3"),
          ActionReviewAt.NEXT_MEETING_IF_DUE,
          text -> ActionReviewAt.valueOf(upper(text)));

  /** I-NSO-13: minutes recorded on the child's record; no deadline unless set. */
  public static final Setting<Optional<Timescale>> MINUTES_DEADLINE =
      Setting.of(
          "north-somerset.minutes-deadline",
          "time after a meeting by which its minutes are on the child's record (I-NSO-13): unset,"
              + " no deadline",
          cite("§3.5"),
          Optional.empty(),
          text -> Setting.parseOptionalText(text).map(Timescale::parse));

  /** I-NSO-14: legal data and the tracker must agree to the day. */
  public static final Setting<Period> RECONCILE_DATE_TOLERANCE =
      Setting.of(
          "north-somerset.reconcile-date-tolerance",
          "largest difference between two sources' dates that is not a discrepancy (I-NSO-14):"
              + " P0D",
          cite("§4 s2"),
          Period.ZERO,
          Period::parse);

  /** I-NSO-14: the fields compared by the legal data reconciliation. */
  public static final Setting<Set<LegalDataReconciliation.Field>> RECONCILE_FIELDS =
      Setting.of(
          "north-somerset.reconcile-fields",
          "fields compared when legal data is triangulated against the tracker (I-NSO-14): all",
          cite("§4 s2"),
          Sets.immutableEnumSet(EnumSet.allOf(LegalDataReconciliation.Field.class)),
          text -> enumSet(text, LegalDataReconciliation.Field.class));

  /** I-NSO-16: the agenda headings in use (the document defines none). */
  public static final Setting<Set<HeadingChoice>> HEADINGS =
      Setting.of(
          "north-somerset.headings",
          "agenda headings in use (I-NSO-16): NEW_ENTRANTS, TWO_MONTHLY, REVIEW_OF_ACTIONS",
          cite("§6 s2"),
          Sets.immutableEnumSet(EnumSet.allOf(HeadingChoice.class)),
          text -> enumSet(text, HeadingChoice.class));

  /** I-NSO-17: late notifications and overdue discussions go to the joint chairs. */
  public static final Setting<Role> ESCALATE_TO =
      Setting.of(
          "north-somerset.escalate-to",
          "role drift is escalated to (I-NSO-17): the joint chairs",
          cite("§6 s3"),
          NorthSomerset.JOINT_CHAIRS,
          NorthSomersetSettings::role);

  /** Every setting, in declaration order. */
  public static final List<Setting<?>> ALL =
      ImmutableList.of(
          SCHEDULE,
          SCHEDULE_FROM,
          MEETING_START,
          MEETING_DURATION,
          MEETING_ON_HOLIDAY,
          AGENDA_LEAD_WORKING_DAYS,
          CUT_OFF_TIME,
          DISCUSS_AT_RISK_AFTER,
          DISCUSS_OVERDUE_AFTER,
          BI_MONTHLY_EARLY_TOLERANCE,
          FIRST_DISCUSSION_ANCHOR,
          NEXT_AVAILABLE,
          NEW_ENTRY_TRIGGERS,
          LEGAL_PROCESS_EVENTS,
          NOTIFICATION_WITHIN,
          CIC_TEAM_TRANSFER,
          CIC_TEAM_TRANSFER_TRIGGER,
          TRACKER_EXIT,
          LATER_LIFE_LETTER_REQUIRED_FOR,
          LIFE_STORY_REQUIRED_FOR,
          FAMILY_FINDING_ALERT_DAYS,
          ACTION_REVIEW_AT,
          MINUTES_DEADLINE,
          RECONCILE_DATE_TOLERANCE,
          RECONCILE_FIELDS,
          HEADINGS,
          ESCALATE_TO);

  private NorthSomersetSettings() {}

  private static String upper(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Integer nonNegative(String text) {
    int value = Integer.parseInt(text.strip());
    if (value < 0) {
      throw new IllegalArgumentException("must be >= 0 but was " + value);
    }
    return value;
  }

  private static Integer positive(String text) {
    int value = Integer.parseInt(text.strip());
    if (value < 1) {
      throw new IllegalArgumentException("must be >= 1 but was " + value);
    }
    return value;
  }

  private static Role role(String text) {
    String id = text.strip();
    return List.of(
            NorthSomerset.JOINT_CHAIRS,
            NorthSomerset.HEAD_FAMILY_SUPPORT_SAFEGUARDING,
            NorthSomerset.HEAD_CORPORATE_PARENTING,
            Role.PANEL_ADMINISTRATOR,
            Role.HEAD_OF_SERVICE,
            Role.SERVICE_MANAGER)
        .stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseGet(() -> Role.of(id, id));
  }

  private static <E extends Enum<E>> Set<E> enumSet(String text, Class<E> type) {
    Function<String, E> parse = item -> Enum.valueOf(type, upper(item));
    EnumSet<E> values = EnumSet.noneOf(type);
    for (String item : Splitter.on(',').trimResults().omitEmptyStrings().split(text)) {
      values.add(parse.apply(item));
    }
    return Sets.immutableEnumSet(values);
  }
}
