package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.cite;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
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

/**
 * The settings of Knowsley: one per interpretation of an ambiguous clause ({@code
 * docs/interpretations.md}, rows I-DES-03, I-DES-07, I-COM-08 and I-KNO-01 to I-KNO-15, I-KNO-19,
 * I-KNO-20), each with the default reading.
 *
 * <p>The panel meets "once a month" (§Structure s1) on a day the document does not state, so {@link
 * #SCHEDULE} has no default (I-DES-07): {@link KnowsleyProvider#create()} fails with a message
 * naming it until an embedder sets an RFC 5545 rule such as {@code FREQ=MONTHLY;BYDAY=3TU}.
 */
public final class KnowsleySettings {

  /** Whether the agenda closes at the papers deadline or at the previous meeting (I-KNO-02). */
  public enum AgendaCutOff {
    /** Children who become eligible up to the papers deadline are added, flagged. */
    PAPERS_DEADLINE,
    /** Only children eligible by the previous meeting, where the agenda is agreed. */
    PREVIOUS_MEETING
  }

  /** Which plans count as "may be adoption" for Part 1 (I-KNO-03). */
  public enum PlanMatch {
    /** Adoption is the primary option. */
    PRIMARY,
    /** Adoption is the contingency option. */
    CONTINGENCY
  }

  /** The types of Part 2 request (I-KNO-05). */
  public enum RequestType {
    /** Long-term residential placement. */
    LONG_TERM_RESIDENTIAL,
    /** Special guardianship order and support plan. */
    SGO,
    /** Staying Put. */
    STAYING_PUT,
    /** Staying Close. */
    STAYING_CLOSE,
    /** Private fostering. */
    PRIVATE_FOSTERING,
    /** Any other placement to match or approve. */
    OTHER_PLACEMENT
  }

  /** How often a standing or trigger cohort is listed (I-KNO-06, I-KNO-09). */
  public enum Listing {
    /** At every meeting while the condition holds. */
    EVERY_MEETING,
    /** Once per trigger (placement, run, status), then by actions. */
    ONCE_PER_TRIGGER
  }

  /** Care leaver statuses (Children (Leaving Care) Act 2000) for Part 4 (I-KNO-10). */
  public enum CareLeaverStatus {
    /** Aged 16 or 17, looked after, 13 weeks looked after since 14. */
    ELIGIBLE,
    /** Aged 16 or 17, no longer looked after, eligible when care ended. */
    RELEVANT,
    /** Aged 18 to 20, eligible or relevant when they turned 18. */
    FORMER_RELEVANT
  }

  /** What a Part 2 request not recorded as agreed at a review gets (I-KNO-15). */
  public enum ReviewAgreement {
    /** Listed, flagged "not recorded as agreed at review". */
    FLAG,
    /** Not listed: an exclusion says why. */
    EXCLUDE
  }

  /** I-DES-07: the panel's RFC 5545 rule; required, no default day is invented. */
  public static final Setting<Optional<String>> SCHEDULE =
      Setting.of(
          "knowsley.schedule",
          "RFC 5545 RRULE of the monthly panel (\"once a month\", day not stated); required, no"
              + " default: for example FREQ=MONTHLY;BYDAY=3TU",
          cite("§Structure s1"),
          Optional.empty(),
          Setting::parseOptionalText);

  /** The first date of the schedule's rule (DTSTART): the date the document was reviewed. */
  public static final Setting<LocalDate> SCHEDULE_FROM =
      Setting.of(
          "knowsley.schedule-from",
          "first date (DTSTART) of the schedule's rule; default 2024-10-01, when the terms of"
              + " reference were reviewed",
          cite("§Structure s1"),
          LocalDate.of(2024, 10, 1),
          LocalDate::parse);

  /** I-KNO-19: the start time, not stated. */
  public static final Setting<LocalTime> MEETING_START =
      Setting.of(
          "knowsley.meeting-start",
          "start time of the three-hour meeting, Europe/London (not stated, I-KNO-19): 09:30",
          cite("§Structure s1"),
          LocalTime.of(9, 30),
          LocalTime::parse);

  /** "The Panel will meet for three hours". */
  public static final Setting<Duration> MEETING_DURATION =
      Setting.of(
          "knowsley.meeting-duration",
          "length of meetings: three hours (§Structure s1)",
          cite("§Structure s1"),
          Duration.ofHours(3),
          Duration::parse);

  /** I-DES-03: a meeting on a bank holiday moves to the next working day. */
  public static final Setting<BankHolidayPolicy> MEETING_ON_HOLIDAY =
      Setting.of(
          "knowsley.meeting-on-holiday",
          "what happens to a meeting on a non-working day (I-DES-03): moved to the next working day",
          cite("§Structure s1"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          text -> BankHolidayPolicy.valueOf(upper(text)));

  /** I-KNO-01: papers due one week before, at 17:00. */
  public static final Setting<LocalTime> PAPERS_TIME =
      Setting.of(
          "knowsley.papers-time",
          "time of day papers are due one week before the meeting (I-KNO-01): 17:00",
          cite("§Admin ¶2 s1"),
          LocalTime.of(17, 0),
          LocalTime::parse);

  /** I-KNO-02: the cut-off is the papers deadline; later entrants are flagged. */
  public static final Setting<AgendaCutOff> AGENDA_CUT_OFF =
      Setting.of(
          "knowsley.agenda-cut-off",
          "when the agenda closes (I-KNO-02): PAPERS_DEADLINE (entrants after the previous meeting"
              + " are flagged) or PREVIOUS_MEETING",
          cite("§Admin ¶2 s3"),
          AgendaCutOff.PAPERS_DEADLINE,
          text -> AgendaCutOff.valueOf(upper(text)));

  /** I-KNO-03: primary or contingency adoption. */
  public static final Setting<Set<PlanMatch>> PART1_PLAN_MATCH =
      Setting.of(
          "knowsley.part1-plan-match",
          "plans that 'may be adoption' (I-KNO-03): PRIMARY, CONTINGENCY",
          cite("§Part 1 s3(b)"),
          Sets.immutableEnumSet(EnumSet.allOf(PlanMatch.class)),
          text -> enumSet(text, PlanMatch.class));

  /** I-KNO-04: the ADM is due on or before the final evidence date, less this lead. */
  public static final Setting<Period> ADM_LEAD_BEFORE_FINAL_EVIDENCE =
      Setting.of(
          "knowsley.adm-lead-before-final-evidence",
          "how long before the final evidence date the ADM decision is due (I-KNO-04): P0D",
          cite("§Part 1 s3(c)"),
          Period.ZERO,
          Period::parse);

  /** I-KNO-05: the Part 2 request types. */
  public static final Setting<Set<RequestType>> PART2_REQUEST_TYPES =
      Setting.of(
          "knowsley.part2-request-types",
          "Part 2 request types listed (I-KNO-05): all",
          cite("§Part 2 s2"),
          Sets.immutableEnumSet(EnumSet.allOf(RequestType.class)),
          text -> enumSet(text, RequestType.class));

  /** I-KNO-06: Part 3 legal statuses (empty = any). */
  public static final Setting<Set<LegalStatusCode>> PART3_LEGAL_STATUSES =
      Setting.of(
          "knowsley.part3-legal-statuses",
          "legal statuses of children placed with parents reviewed in Part 3 (I-KNO-06): ANY",
          cite("§Part 3 s1"),
          ImmutableSet.of(),
          text ->
              upper(text).equals("ANY") ? ImmutableSet.of() : enumSet(text, LegalStatusCode.class));

  /** I-KNO-06: Part 3 is a standing review at every meeting. */
  public static final Setting<Listing> PART3_INTERVAL =
      Setting.of(
          "knowsley.part3-interval",
          "how often children placed with parents are reviewed (I-KNO-06): EVERY_MEETING",
          cite("§Part 3 s1"),
          Listing.EVERY_MEETING,
          text -> Listing.valueOf(upper(text)));

  /** I-KNO-08: the weekly LPM. */
  public static final Setting<String> LPM_SCHEDULE =
      Setting.of(
          "knowsley.lpm-schedule",
          "RFC 5545 RRULE of the Legal Planning Meeting, 'held every Monday' (I-KNO-08)",
          cite("§Part 3 s3"),
          "FREQ=WEEKLY;BYDAY=MO",
          String::strip);

  /** I-KNO-08: a bank-holiday Monday LPM moves to Tuesday. */
  public static final Setting<BankHolidayPolicy> LPM_ON_HOLIDAY =
      Setting.of(
          "knowsley.lpm-on-holiday",
          "what happens to an LPM on a bank holiday (I-KNO-08): moved to the next working day",
          cite("§Part 3 s3"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          text -> BankHolidayPolicy.valueOf(upper(text)));

  /** I-KNO-20: the LPM's time, not stated. */
  public static final Setting<LocalTime> LPM_START =
      Setting.of(
          "knowsley.lpm-start",
          "start time of the Legal Planning Meeting (not stated, I-KNO-20): 10:00",
          cite("§Part 3 s3"),
          LocalTime.of(10, 0),
          LocalTime::parse);

  /** I-KNO-09: Part 4 candidates need not lack a plan. */
  public static final Setting<Boolean> PART4_REQUIRES_NO_PLAN =
      Setting.of(
          "knowsley.part4-requires-no-plan",
          "whether Part 4 lists only children without a permanence plan (I-KNO-09): false",
          cite("§Part 4 s1"),
          false,
          Setting::parseBoolean);

  /** I-KNO-09: Part 4 lists once per trigger. */
  public static final Setting<Listing> PART4_LISTING =
      Setting.of(
          "knowsley.part4-listing",
          "how often Part 4 lists a child (I-KNO-09): ONCE_PER_TRIGGER",
          cite("§Part 4 s1"),
          Listing.ONCE_PER_TRIGGER,
          text -> Listing.valueOf(upper(text)));

  /** I-KNO-10: eligible and relevant care leavers. */
  public static final Setting<Set<CareLeaverStatus>> PART4_CARE_LEAVER_STATUSES =
      Setting.of(
          "knowsley.part4-care-leaver-statuses",
          "care leaver statuses scrutinised in Part 4 (I-KNO-10): ELIGIBLE, RELEVANT",
          cite("§Part 4 s2(c)"),
          Sets.immutableEnumSet(CareLeaverStatus.ELIGIBLE, CareLeaverStatus.RELEVANT),
          text -> enumSet(text, CareLeaverStatus.class));

  /** I-COM-08: residential placement codes. */
  public static final Setting<Set<PlacementCode>> RESIDENTIAL_CODES =
      Setting.of(
          "knowsley.residential-codes",
          "placement codes that are residential care (I-COM-08): K1, K2, R1, S1",
          cite("§Part 4 s2(a)"),
          Sets.immutableEnumSet(
              PlacementCode.K1, PlacementCode.K2, PlacementCode.R1, PlacementCode.S1),
          text -> enumSet(text, PlacementCode.class));

  /** I-KNO-11: the parts whose items need the social worker's papers. */
  public static final Setting<Set<Integer>> PAPERS_FOR_PARTS =
      Setting.of(
          "knowsley.papers-for-parts",
          "parts whose items need the social worker's papers (I-KNO-11): 2, 3, 4",
          cite("§Admin ¶1(a)"),
          ImmutableSet.of(2, 3, 4),
          KnowsleySettings::parts);

  /** I-KNO-12: the SGO support plan is required for SGO requests. */
  public static final Setting<Set<RequestType>> SGO_SUPPORT_PLAN_REQUIRED_FOR =
      Setting.of(
          "knowsley.sgo-support-plan-required-for",
          "Part 2 requests that need the SGO support plan (I-KNO-12): SGO",
          cite("§Admin ¶1(c)"),
          Sets.immutableEnumSet(RequestType.SGO),
          text -> enumSet(text, RequestType.class));

  /** I-KNO-13: minutes within 7 days of the meeting. */
  public static final Setting<Timescale> MINUTES_WITHIN =
      Setting.of(
          "knowsley.minutes-within",
          "time after the meeting by which minutes are distributed (I-KNO-13): 7 days",
          cite("§Admin role(d)"),
          Timescale.days(7),
          Timescale::parse);

  /** I-KNO-14: a consolidated sibling report satisfies each sibling's paper. */
  public static final Setting<Boolean> SIBLING_CONSOLIDATED_REPORTS =
      Setting.of(
          "knowsley.sibling-consolidated-reports",
          "whether a paper on a sibling's file satisfies the paper for the sibling group"
              + " (I-KNO-14): true",
          cite("§Admin ¶3"),
          true,
          Setting::parseBoolean);

  /** I-KNO-15: requests not recorded as agreed at review are flagged, not excluded. */
  public static final Setting<ReviewAgreement> PART2_REQUIRES_REVIEW_AGREEMENT =
      Setting.of(
          "knowsley.part2-requires-review-agreement",
          "Part 2 requests not recorded as agreed at a review (I-KNO-15): FLAG",
          cite("§Part 2 s2"),
          ReviewAgreement.FLAG,
          text -> ReviewAgreement.valueOf(upper(text)));

  /** The role drift is escalated to: the Senior Manager who chairs. */
  public static final Setting<Role> ESCALATE_TO =
      Setting.of(
          "knowsley.escalate-to",
          "role drift is escalated to: the Senior Manager chairing the panel",
          cite("§Membership list"),
          Knowsley.SENIOR_MANAGER_CHAIR,
          text ->
              Knowsley.MEMBERS.stream()
                  .filter(r -> r.id().equals(text.strip()))
                  .findFirst()
                  .orElseGet(() -> Role.of(text.strip(), text.strip())));

  /** Every setting, in declaration order. */
  public static final List<Setting<?>> ALL =
      ImmutableList.of(
          SCHEDULE,
          SCHEDULE_FROM,
          MEETING_START,
          MEETING_DURATION,
          MEETING_ON_HOLIDAY,
          PAPERS_TIME,
          AGENDA_CUT_OFF,
          PART1_PLAN_MATCH,
          ADM_LEAD_BEFORE_FINAL_EVIDENCE,
          PART2_REQUEST_TYPES,
          PART3_LEGAL_STATUSES,
          PART3_INTERVAL,
          LPM_SCHEDULE,
          LPM_ON_HOLIDAY,
          LPM_START,
          PART4_REQUIRES_NO_PLAN,
          PART4_LISTING,
          PART4_CARE_LEAVER_STATUSES,
          RESIDENTIAL_CODES,
          PAPERS_FOR_PARTS,
          SGO_SUPPORT_PLAN_REQUIRED_FOR,
          MINUTES_WITHIN,
          SIBLING_CONSOLIDATED_REPORTS,
          PART2_REQUIRES_REVIEW_AGREEMENT,
          ESCALATE_TO);

  private KnowsleySettings() {}

  private static String upper(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Set<Integer> parts(String text) {
    ImmutableSet.Builder<Integer> parts = ImmutableSet.builder();
    for (String item : Splitter.on(',').trimResults().omitEmptyStrings().split(text)) {
      int part = Integer.parseInt(item);
      if (part < 1 || part > 4) {
        throw new IllegalArgumentException("parts are 1 to 4 but was " + part);
      }
      parts.add(part);
    }
    return parts.build();
  }

  private static <E extends Enum<E>> Set<E> enumSet(String text, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    for (String item : Splitter.on(',').trimResults().omitEmptyStrings().split(text)) {
      values.add(Enum.valueOf(type, upper(item)));
    }
    return Sets.immutableEnumSet(values);
  }
}
