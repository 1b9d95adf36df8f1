package io.permanence.rules.buckinghamshire;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buckinghamshire's settings: one per interpretation of an ambiguous clause ({@code
 * docs/interpretations.md}, rows I-BUC-xx and the shared rows that name Buckinghamshire), each with
 * the default reading.
 *
 * <p>Text forms: durations are ISO-8601 ({@code P6W}, {@code P3M}); cut-offs are {@code "WD-1
 * 17:00"} (17:00 one working day before the meeting) or {@code "FRIDAY 12:00"} (12:00 on the Friday
 * before); schedules are {@code "FREQ=MONTHLY;BYDAY=3WE from 2026-01-21 at 10:00 for PT3H"} or
 * {@code "2026-01-21,2026-02-18 at 10:00 for PT3H"}; lists are comma separated.
 *
 * <p><b>The Complex Needs Panel's schedule</b> ({@link #COMPLEX_NEEDS_SCHEDULE}): the document says
 * "monthly. Dates can vary but are available on request from business support" (§2(e)), so no day
 * is known (I-DES-07). Its default, the third Wednesday of each month at 10:00 for three hours, is
 * an EXAMPLE for tests and demonstrations, not the authority's practice: an embedder must set it
 * ({@link BuckinghamshireAuthorityProvider#isExampleComplexNeedsSchedule}).
 */
public final class BuckinghamshireSettings {

  private BuckinghamshireSettings() {}

  private static final Pattern WORKING_DAYS_CUT_OFF =
      Pattern.compile("WD-(\\d+) (\\d{1,2}:\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_CUT_OFF =
      Pattern.compile("([A-Za-z]+DAY) (\\d{1,2}:\\d{2})", Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE_SCHEDULE =
      Pattern.compile("(\\S+) from (\\S+) at (\\S+) for (\\S+)");
  private static final Pattern DATES_SCHEDULE =
      Pattern.compile("([0-9,\\- ]+) at (\\S+) for (\\S+)");

  /** The document's short name in citations. */
  public static final String DOCUMENT = "Bucks Permanency Planning ToR";

  private static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }

  /** The example Complex Needs schedule (see the class comment): not the authority's practice. */
  public static final String EXAMPLE_COMPLEX_NEEDS_SCHEDULE =
      "FREQ=MONTHLY;BYDAY=3WE from 2026-01-21 at 10:00 for PT3H";

  /**
   * I-DES-07: the Complex Needs Panel's dates (required in practice; the default is an example).
   */
  public static final Setting<PanelSchedule> COMPLEX_NEEDS_SCHEDULE =
      Setting.of(
          "buckinghamshire.complex-needs.schedule",
          "Complex Needs Panel meetings: 'monthly, dates vary, available from business support'."
              + " No day is stated; the default (third Wednesday 10:00-13:00) is an EXAMPLE that an"
              + " embedder must replace with the authority's dates or rule",
          cite("§2(e)"),
          parseSchedule(EXAMPLE_COMPLEX_NEEDS_SCHEDULE),
          BuckinghamshireSettings::parseSchedule);

  /** I-BUC-01: the LPNAP referral and papers cut-off. */
  public static final Setting<CutOff> LPNAP_CUT_OFF = cutOff("lpnap");

  /** I-BUC-01: the Court Progression Panel cut-off. */
  public static final Setting<CutOff> CPP_CUT_OFF = cutOff("cpp");

  /** I-BUC-01: the Permanency Panel cut-off. */
  public static final Setting<CutOff> PP_CUT_OFF = cutOff("pp");

  /** I-BUC-01: the Resource Panel cut-off. */
  public static final Setting<CutOff> RESOURCE_CUT_OFF = cutOff("resource");

  /** I-BUC-01: the Complex Needs Panel cut-off. */
  public static final Setting<CutOff> COMPLEX_NEEDS_CUT_OFF = cutOff("complex-needs");

  /** I-BUC-02: a weekly or monthly meeting on a bank holiday moves to the next working day. */
  public static final Setting<BankHolidayPolicy> MEETING_ON_HOLIDAY =
      Setting.of(
          "buckinghamshire.meeting-on-holiday",
          "LPNAP, Court Progression, Permanency and Complex Needs meetings falling on a bank"
              + " holiday: moved to the next working day",
          cite("§2(a)"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          text -> BankHolidayPolicy.valueOf(upper(text)));

  /** I-BUC-02: a Resource Panel meeting on a bank holiday is skipped (it meets twice a week). */
  public static final Setting<BankHolidayPolicy> RESOURCE_MEETING_ON_HOLIDAY =
      Setting.of(
          "buckinghamshire.resource.meeting-on-holiday",
          "Resource Panel meetings falling on a bank holiday: skipped, the next meeting (Monday or"
              + " Wednesday) takes the items",
          cite("§2(d)"),
          BankHolidayPolicy.SKIP,
          text -> BankHolidayPolicy.valueOf(upper(text)));

  /** I-COM-04: which event starts PLO week 1. */
  public static final Setting<List<PloStartEvent>> PLO_START_EVENT =
      Setting.of(
          "buckinghamshire.plo-start-event",
          "PLO week 1 is the week beginning with the first recorded of: the initial PLO meeting,"
              + " the letter before proceedings, the decision to enter pre-proceedings",
          cite("§6 consider(h)"),
          List.of(
              PloStartEvent.INITIAL_PLO_MEETING,
              PloStartEvent.LETTER_BEFORE_PROCEEDINGS,
              PloStartEvent.DECISION),
          text -> list(text, item -> PloStartEvent.valueOf(upper(item))));

  /** I-DES-08, I-BUC-06: the PLO weeks at which the LPNAP reviews pre-proceedings. */
  public static final Setting<List<Integer>> PLO_REVIEW_WEEKS =
      Setting.of(
          "buckinghamshire.plo-review-weeks",
          "The two PLO reviews at the LPNAP, in PLO weeks 6 and 12 (week 1 begins with the PLO start date);"
              + " a review missed in its week is carried to the next LPNAP",
          cite("§6 consider(h)"),
          List.of(6, 12),
          BuckinghamshireSettings::parseReviewWeeks);

  /** I-BUC-07: how often pre-proceedings exceeding 12 weeks come back. */
  public static final Setting<Period> PLO_REVIEW_INTERVAL_AFTER_WEEK_12 =
      Setting.of(
          "buckinghamshire.plo-review-interval-after-week-12",
          "PLO pre-proceedings exceeding 12 weeks: reviewed every 6 weeks after the last review"
              + " week (weeks 18, 24, ...)",
          cite("§6 consider(j)"),
          Period.ofWeeks(6),
          BuckinghamshireSettings::parseWeeks);

  /** I-BUC-09: "UASC accommodated under s20 for 6 weeks or more". */
  public static final Setting<Period> UASC_S20_THRESHOLD =
      Setting.of(
          "buckinghamshire.uasc-s20-threshold",
          "UASC listed once accommodated under s20 for 6 weeks or more (42 days of the current"
              + " s20 run)",
          cite("§6 consider-PLO(d)"),
          Period.ofWeeks(6),
          BuckinghamshireSettings::parseWeeks);

  /** I-BUC-10: "Supervision Orders due to expire within 3 months". */
  public static final Setting<Period> SO_EXPIRY_LEAD =
      Setting.of(
          "buckinghamshire.so-expiry-lead",
          "Supervision orders listed once their last day is within 3 calendar months",
          cite("§6 consider-PLO(b)"),
          Period.ofMonths(3),
          Period::parse);

  /** I-BUC-16: how long before the second CLA review the Permanency Panel acts as the PPM. */
  public static final Setting<Period> PPM_WINDOW =
      Setting.of(
          "buckinghamshire.pp.ppm-window",
          "The Permanency Panel acts as the permanence planning meeting in the 28 days before the"
              + " second Children in Care review",
          cite("§8 fn(b)"),
          Period.ofDays(28),
          Period::parse);

  /** I-BUC-24: checkpoint 1 is overdue if not heard within 14 days of the CMH. */
  public static final Setting<Period> CHECKPOINT_1_LATEST_AFTER_CMH =
      Setting.of(
          "buckinghamshire.cpp.checkpoint1-latest-after-cmh",
          "Checkpoint 1 at the first Court Progression Panel after the case management hearing;"
              + " overdue if not heard within 14 days of it",
          cite("§7 consider(a)"),
          Period.ofDays(14),
          Period::parse);

  /** I-BUC-15: deprivation of liberty orders come back 4 weeks before their end. */
  public static final Setting<Period> DOL_REVIEW_LEAD =
      Setting.of(
          "buckinghamshire.cpp.dol-review-lead",
          "Deprivation of liberty orders heard once when made and again 4 weeks before the"
              + " order ends",
          cite("§7 consider(c)"),
          Period.ofWeeks(4),
          Period::parse);

  /** I-BUC-03: which paperwork lists make the checklists. */
  public static final Setting<PaperworkSource> PAPERWORK_SOURCE =
      Setting.of(
          "buckinghamshire.paperwork-source",
          "Checklist per case type: the union of the section's table and Appendix 1",
          cite("§LACP ¶3 s1"),
          PaperworkSource.UNION,
          text -> PaperworkSource.valueOf(upper(text)));

  /** I-BUC-05: which earlier attendance makes previous panel minutes required. */
  public static final Setting<AttendanceNoteScope> PREVIOUS_ATTENDANCE_NOTE_SCOPE =
      Setting.of(
          "buckinghamshire.previous-attendance-note-scope",
          "Minutes of a previous attendance are required when the child attended any"
              + " Buckinghamshire panel before",
          cite("§6 papers ¶0"),
          AttendanceNoteScope.ANY_PANEL,
          text -> AttendanceNoteScope.valueOf(upper(text)));

  /** I-BUC-13: "prepared in the last 6 months", counted back from the cut-off date. */
  public static final Setting<Period> PAPER_FRESHNESS =
      Setting.of(
          "buckinghamshire.paper-freshness",
          "C&F assessments and strategy meeting minutes must be dated within 6 months before the"
              + " cut-off",
          cite("§6 papers(4)"),
          Period.ofMonths(6),
          Period::parse);

  /** I-BUC-18: which new placements the Resource Panel hears. */
  public static final Setting<PlacementScope> RESOURCE_PLACEMENT_SCOPE =
      Setting.of(
          "buckinghamshire.resource.placement-scope",
          "Resource Panel hears every new placement (not temporary moves) made since the cut-off"
              + " of its previous meeting",
          cite("§Resource consider(a)"),
          PlacementScope.ALL,
          text -> PlacementScope.valueOf(upper(text)));

  /** I-BUC-31: how long a referral triggered by an event stays open if not heard. */
  public static final Setting<Period> REFERRAL_OPEN_FOR =
      Setting.of(
          "buckinghamshire.referral-open-for",
          "A referral triggered by an event (admission, request, order) goes to the first meeting"
              + " after it and stays open until heard, for at most a year",
          cite("§4 ¶2"),
          Period.ofYears(1),
          Period::parse);

  /** Every setting, in the order of the interpretations table. */
  public static final ImmutableList<Setting<?>> ALL =
      ImmutableList.of(
          COMPLEX_NEEDS_SCHEDULE,
          LPNAP_CUT_OFF,
          CPP_CUT_OFF,
          PP_CUT_OFF,
          RESOURCE_CUT_OFF,
          COMPLEX_NEEDS_CUT_OFF,
          MEETING_ON_HOLIDAY,
          RESOURCE_MEETING_ON_HOLIDAY,
          PLO_START_EVENT,
          PLO_REVIEW_WEEKS,
          PLO_REVIEW_INTERVAL_AFTER_WEEK_12,
          UASC_S20_THRESHOLD,
          SO_EXPIRY_LEAD,
          PPM_WINDOW,
          CHECKPOINT_1_LATEST_AFTER_CMH,
          DOL_REVIEW_LEAD,
          PAPERWORK_SOURCE,
          PREVIOUS_ATTENDANCE_NOTE_SCOPE,
          PAPER_FRESHNESS,
          RESOURCE_PLACEMENT_SCOPE,
          REFERRAL_OPEN_FOR);

  private static Setting<CutOff> cutOff(String panel) {
    return Setting.of(
        "buckinghamshire." + panel + ".cut-off",
        "No cut-off is stated: referrals and papers due by 17:00 on the last working day before"
            + " the meeting",
        cite("§4 ¶1 s3"),
        CutOff.workingDaysBefore(1, LocalTime.of(17, 0)),
        BuckinghamshireSettings::parseCutOff);
  }

  /**
   * Reads a cut-off: {@code "WD-1 17:00"} or {@code "FRIDAY 12:00"}.
   *
   * @param text the text
   * @return the cut-off
   * @throws IllegalArgumentException saying what was expected
   */
  static CutOff parseCutOff(String text) {
    Matcher working = WORKING_DAYS_CUT_OFF.matcher(text.strip());
    if (working.matches()) {
      return CutOff.workingDaysBefore(
          Integer.parseInt(working.group(1)), LocalTime.parse(pad(working.group(2))));
    }
    Matcher day = DAY_CUT_OFF.matcher(text.strip());
    if (day.matches()) {
      return CutOff.onDayBefore(
          DayOfWeek.valueOf(upper(day.group(1))), LocalTime.parse(pad(day.group(2))));
    }
    throw new IllegalArgumentException(
        "expected 'WD-<n> HH:MM' or '<DAY> HH:MM' but was '" + text + "'");
  }

  /**
   * Reads a schedule: {@code "<RRULE> from <date> at <time> for <duration>"} or {@code
   * "<date>,<date>,... at <time> for <duration>"}, on the England and Wales calendar.
   *
   * @param text the text
   * @return the schedule
   * @throws IllegalArgumentException saying what was expected
   */
  static PanelSchedule parseSchedule(String text) {
    String value = text.strip();
    Matcher rule = RULE_SCHEDULE.matcher(value);
    if (rule.matches()) {
      return PanelSchedule.ofRule(
          rule.group(1),
          LocalDate.parse(rule.group(2)),
          LocalTime.parse(pad(rule.group(3))),
          Duration.parse(rule.group(4)),
          WorkingCalendars.englandAndWales());
    }
    Matcher dates = DATES_SCHEDULE.matcher(value);
    if (dates.matches()) {
      return PanelSchedule.ofDates(
          list(dates.group(1), LocalDate::parse),
          LocalTime.parse(pad(dates.group(2))),
          Duration.parse(dates.group(3)),
          WorkingCalendars.englandAndWales());
    }
    throw new IllegalArgumentException(
        "expected '<RRULE> from <yyyy-mm-dd> at HH:MM for PT<n>H' or '<yyyy-mm-dd>,... at HH:MM"
            + " for PT<n>H' but was '"
            + text
            + "'");
  }

  private static List<Integer> parseReviewWeeks(String text) {
    List<Integer> weeks = list(text, Integer::valueOf);
    checkArgument(
        weeks.size() == 2,
        "two review weeks are needed (the first and the second review) but were '%s'",
        text);
    for (int i = 0; i < weeks.size(); i++) {
      checkArgument(
          weeks.get(i) >= 1 && (i == 0 || weeks.get(i) > weeks.get(i - 1)),
          "review weeks must be positive and increasing but were %s",
          weeks);
    }
    return weeks;
  }

  private static Period parseWeeks(String text) {
    Period period = Period.parse(text);
    checkArgument(
        period.getYears() == 0
            && period.getMonths() == 0
            && period.getDays() > 0
            && period.getDays() % 7 == 0,
        "expected whole weeks such as 'P6W' but was '%s'",
        text);
    return period;
  }

  private static <T> List<T> list(String text, Function<String, T> item) {
    return Splitter.on(',')
        .trimResults()
        .omitEmptyStrings()
        .splitToStream(text)
        .map(item)
        .collect(ImmutableList.toImmutableList());
  }

  private static String upper(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }
}
