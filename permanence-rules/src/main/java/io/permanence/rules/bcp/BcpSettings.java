package io.permanence.rules.bcp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import io.permanence.core.Citation;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.Timescale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the BCP authority: one per interpretation of an ambiguous clause ({@code
 * docs/interpretations.md}, ids {@code I-BCP-nn}, {@code I-DES-03..05}, {@code I-COM-02}, {@code
 * I-COM-09}), each with the default reading and a text form for configuration.
 *
 * <p>The rotation anchor has no default in the document: {@link #ROTATION_ANCHOR}'s default, Thu
 * 2026-01-08, is an example that an embedder must review (see {@link
 * BcpAuthorityProvider#create()}).
 */
public final class BcpSettings {

  /** How the rotation treats a cancelled meeting (I-BCP-03). */
  public enum RotationOnCancelledMeeting {
    /** The cancelled week's cohort is skipped; the cohort of each week never changes. */
    SKIP,
    /** The cancelled week's cohort goes to the next meeting; the rotation shifts. */
    DEFER
  }

  /** Which fostered children form cohort §5.1(d) (I-BCP-07). */
  public enum NotMatchedCohort {
    /** Fostered children whose primary plan is long-term fostering and who are not matched. */
    PLAN_LONG_TERM_FOSTERING,
    /** Every fostered child without a long-term match. */
    ALL_FOSTERED
  }

  /** What the "unless no plan is recorded" of §5.2(a) lifts (I-BCP-08). */
  public enum ProceedingsExclusionLifted {
    /** The child may appear in any cohort it matches. */
    ALL_COHORTS,
    /** The child may appear only in cohort §5.1(e). */
    NO_PLAN_COHORT_ONLY
  }

  /** How the "permanence plan by the second review" deadline is computed (I-BCP-10). */
  public enum SecondReviewDeadline {
    /** CPPCR 2010 reg 33: first review 20 working days after, second 3 months after the first. */
    STATUTORY,
    /** The document's paraphrase: 4 months after the child became looked after. */
    FOUR_MONTHS_FROM_BECOMING_LOOKED_AFTER
  }

  /** By when the tracker must be updated before the cohort's next panel (I-BCP-12). */
  public enum TrackerUpdateDue {
    /** By the start of that meeting. */
    MEETING_START,
    /** By that meeting's referral cut-off. */
    CUT_OFF
  }

  /** At which meetings open actions are reviewed (I-BCP-13). */
  public enum ReviewOpenActionsAt {
    /** The next meetings of the cohort under which the actions were set. */
    NEXT_MEETING_OF_SAME_COHORT,
    /** Every meeting while any action is open. */
    EVERY_MEETING
  }

  /** Where a cut-off on a closed day goes (I-BCP-01, I-COM-07). */
  public enum CutOffOnHoliday {
    /** The previous working day at the same time (I-COM-07; core {@link CutOff} behaviour). */
    PREVIOUS_WORKING_DAY,
    /** The stated day, even if closed. */
    KEEP
  }

  /** The recurrence rule of the panel: weekly on Thursday (§4 ¶1 s1). */
  public static final Setting<String> SCHEDULE =
      Setting.of(
          "bcp.schedule",
          "RFC 5545 rule of the panel's meetings; default weekly on Thursday",
          cite("§4 ¶1 s1"),
          "FREQ=WEEKLY;BYDAY=TH",
          BcpSettings::nonBlank);

  /** When a meeting starts: "Thursday afternoon" read as 13:00 (I-BCP-02). */
  public static final Setting<LocalTime> MEETING_START =
      Setting.of(
          "bcp.meeting-start",
          "start of the Thursday afternoon meeting, Europe/London; default 13:00 (I-BCP-02)",
          cite("§4 ¶1 s1"),
          LocalTime.of(13, 0),
          LocalTime::parse);

  /** When a meeting ends: 17:00 (I-BCP-02). */
  public static final Setting<LocalTime> MEETING_END =
      Setting.of(
          "bcp.meeting-end",
          "end of the Thursday afternoon meeting, Europe/London; default 17:00 (I-BCP-02)",
          cite("§4 ¶1 s1"),
          LocalTime.of(17, 0),
          LocalTime::parse);

  /** A meeting on a bank holiday moves to the next working day (I-DES-03). */
  public static final Setting<BankHolidayPolicy> MEETING_ON_HOLIDAY =
      Setting.of(
          "bcp.meeting-on-holiday",
          "what happens to a meeting on a bank holiday; default MOVE_TO_NEXT_WORKING_DAY (I-DES-03)",
          cite("§4 ¶1 s1"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          enumParser(BankHolidayPolicy.class));

  /** Dates of cancelled meetings (a Christmas closure, say); none by default (I-BCP-03). */
  public static final Setting<List<LocalDate>> CANCELLED_MEETINGS =
      Setting.of(
          "bcp.cancelled-meetings",
          "comma-separated dates of cancelled meetings; default none",
          cite("§4 ¶1 s1"),
          List.of(),
          BcpSettings::parseDates);

  /** The referral cut-off: Monday 12:00 before the meeting, "Monday afternoon" (I-BCP-01). */
  public static final Setting<CutOff> CUT_OFF =
      Setting.of(
          "bcp.cut-off",
          "the instant the agenda is fixed, 'DAY HH:MM' before the meeting; default MONDAY 12:00"
              + " (I-BCP-01)",
          cite("§4 ¶2"),
          CutOff.onDayBefore(DayOfWeek.MONDAY, LocalTime.NOON),
          BcpSettings::parseCutOff);

  /** Where a cut-off on a bank-holiday Monday goes (I-BCP-01, I-COM-07). */
  public static final Setting<CutOffOnHoliday> CUT_OFF_ON_HOLIDAY =
      Setting.of(
          "bcp.cut-off-on-holiday",
          "cut-off on a bank-holiday Monday: PREVIOUS_WORKING_DAY (default, I-COM-07) or KEEP",
          cite("§4 ¶2"),
          CutOffOnHoliday.PREVIOUS_WORKING_DAY,
          enumParser(CutOffOnHoliday.class));

  /** By when the agenda is circulated: Monday 17:00 (I-BCP-01). */
  public static final Setting<CutOff> AGENDA_CIRCULATION_BY =
      Setting.of(
          "bcp.agenda-circulation-by",
          "agenda circulated by 'DAY HH:MM' before the meeting; default MONDAY 17:00 (I-BCP-01)",
          cite("§4 ¶2"),
          CutOff.onDayBefore(DayOfWeek.MONDAY, LocalTime.of(17, 0)),
          BcpSettings::parseCutOff);

  /** A Thursday whose meeting considers the first cohort of the rotation order (I-DES-05). */
  public static final Setting<LocalDate> ROTATION_ANCHOR =
      Setting.of(
          "bcp.rotation-anchor",
          "a Thursday whose meeting considers the first cohort of the rotation order; the document"
              + " states none: the default Thu 2026-01-08 is an example to review (I-DES-05)",
          cite("§5 ¶1"),
          LocalDate.of(2026, 1, 8),
          BcpSettings::parseThursday);

  /** The order of the rotation: the document's order a to e (I-DES-05). */
  public static final Setting<List<BcpCohort>> ROTATION_ORDER =
      Setting.of(
          "bcp.rotation-order",
          "the five cohorts in rotation order, comma-separated; default a,b,c,d,e (I-DES-05)",
          cite("§5 ¶1"),
          List.of(BcpCohort.values()),
          BcpSettings::parseOrder);

  /** Cancelled meetings skip their cohort (I-BCP-03). */
  public static final Setting<RotationOnCancelledMeeting> ROTATION_ON_CANCELLED_MEETING =
      Setting.of(
          "bcp.rotation-on-cancelled-meeting",
          "SKIP (default: a cancelled week's cohort waits five weeks) or DEFER (I-BCP-03)",
          cite("§5 ¶1"),
          RotationOnCancelledMeeting.SKIP,
          enumParser(RotationOnCancelledMeeting.class));

  /** The legal statuses counted as s20 in cohort §5.1(a) and exclusion §5.2(b) (I-BCP-04). */
  public static final Setting<ImmutableSet<LegalStatusCode>> S20_CODES =
      Setting.of(
          "bcp.s20-codes",
          "legal statuses counted as s20; default V2 (short breaks V3/V4 are not) (I-BCP-04)",
          cite("§5.1(a)"),
          ImmutableSet.of(LegalStatusCode.V2),
          BcpSettings::parseLegalStatuses);

  /** How long under s20 before cohort §5.1(a): 12 weeks (I-BCP-04). */
  public static final Setting<Period> S20_THRESHOLD =
      Setting.of(
          "bcp.s20-threshold",
          "time under s20 after which a child is in cohort (a); default P12W, 84 days (I-BCP-04)",
          cite("§5.1(a)"),
          Period.ofWeeks(12),
          Period::parse);

  /** The legal statuses of "placed with parents under a care order": C2 (I-BCP-05). */
  public static final Setting<ImmutableSet<LegalStatusCode>> PWP_LEGAL_STATUSES =
      Setting.of(
          "bcp.pwp-legal-statuses",
          "legal statuses counted as a care order for cohort (b); default C2 (I-BCP-05)",
          cite("§5.1(b)"),
          ImmutableSet.of(LegalStatusCode.C2),
          BcpSettings::parseLegalStatuses);

  /** Whether a contingency of reunification puts a child in cohort §5.1(c) (I-BCP-06). */
  public static final Setting<Boolean> REUNIFICATION_INCLUDES_CONTINGENCY =
      Setting.of(
          "bcp.reunification-includes-contingency",
          "whether a contingency plan of reunification counts for cohort (c); default false"
              + " (I-BCP-06)",
          cite("§5.1(c)"),
          false,
          Setting::parseBoolean);

  /** Which fostered children form cohort §5.1(d) (I-BCP-07). */
  public static final Setting<NotMatchedCohort> NOT_MATCHED_COHORT =
      Setting.of(
          "bcp.not-matched-cohort",
          "PLAN_LONG_TERM_FOSTERING (default) or ALL_FOSTERED (I-BCP-07)",
          cite("§5.1(d)"),
          NotMatchedCohort.PLAN_LONG_TERM_FOSTERING,
          enumParser(NotMatchedCohort.class));

  /** How far back "recently reviewed" looks: 5 weeks, one rotation (I-DES-04). */
  public static final Setting<Period> RECENTLY_REVIEWED_WITHIN =
      Setting.of(
          "bcp.recently-reviewed-within",
          "'recently reviewed' in another cohort, counted back from the meeting; default P5W"
              + " (I-DES-04)",
          cite("§5.1(e)"),
          Period.ofWeeks(5),
          Period::parse);

  /** What the "unless no plan" of §5.2(a) lifts (I-BCP-08). */
  public static final Setting<ProceedingsExclusionLifted> PROCEEDINGS_EXCLUSION_LIFTED =
      Setting.of(
          "bcp.proceedings-exclusion-lifted-when-no-plan",
          "ALL_COHORTS (default) or NO_PLAN_COHORT_ONLY (I-BCP-08)",
          cite("§5.2(a)"),
          ProceedingsExclusionLifted.ALL_COHORTS,
          enumParser(ProceedingsExclusionLifted.class));

  /**
   * How long an LGM's "s20 is appropriate" determination holds: empty for the current s20 run (text
   * {@code CURRENT_S20_RUN}, the default), or a period such as {@code P6M} (I-BCP-09).
   */
  public static final Setting<Optional<Period>> LGM_S20_DETERMINATION_VALIDITY =
      Setting.of(
          "bcp.lgm-s20-determination-validity",
          "CURRENT_S20_RUN (default) or a period such as P6M (I-BCP-09)",
          cite("§5.2(b)"),
          Optional.empty(),
          text ->
              text.equalsIgnoreCase("CURRENT_S20_RUN")
                  ? Optional.empty()
                  : Optional.of(Period.parse(text)));

  /** The reason given for the aged-17 exclusion (I-BCP-16). */
  public static final Setting<String> AGED_17_EXCLUSION_REASON =
      Setting.of(
          "bcp.aged-17-exclusion-reason",
          "the reason shown for a child aged 17 (I-BCP-16)",
          cite("§5.2(c)"),
          "aged 17: accommodation and support needs are reviewed at the Placement and Resource"
              + " Panel",
          BcpSettings::nonBlank);

  /** Which considerations go with which cohort (I-BCP-14). */
  public static final Setting<Map<BcpCohort, List<BcpConsideration>>> CONSIDERATIONS_BY_COHORT =
      Setting.of(
          "bcp.considerations-by-cohort",
          "considerations per cohort, 'a=i,ii,iii;b=i,ii,iii,iv;...'; default (i)-(iii) on every"
              + " cohort, (iv) on (b) and (c), (v) on (d) (I-BCP-14)",
          cite("§5.3"),
          parseConsiderations("a=i,ii,iii;b=i,ii,iii,iv;c=i,ii,iii,iv;d=i,ii,iii,v;e=i,ii,iii"),
          BcpSettings::parseConsiderations);

  /** How the "permanence plan by the second review" deadline is computed (I-BCP-10). */
  public static final Setting<SecondReviewDeadline> SECOND_REVIEW_DEADLINE =
      Setting.of(
          "bcp.second-review-deadline",
          "STATUTORY (default: reg 33) or FOUR_MONTHS_FROM_BECOMING_LOOKED_AFTER (I-BCP-10)",
          cite("§1 ¶3 s1"),
          SecondReviewDeadline.STATUTORY,
          enumParser(SecondReviewDeadline.class));

  /** Actions made available within 3 working days of the meeting (I-BCP-11). */
  public static final Setting<Timescale> ACTIONS_RECORDED_WITHIN =
      Setting.of(
          "bcp.actions-recorded-within",
          "actions recorded on the case notes within; default '3 working days' after the meeting"
              + " (I-BCP-11)",
          cite("§6 ¶2 s1"),
          Timescale.workingDays(3),
          Timescale::parse);

  /** The date format of the case note title "Permanence Panel Actions (date)" (I-BCP-15). */
  public static final Setting<String> CASE_NOTE_DATE_FORMAT =
      Setting.of(
          "bcp.case-note-date-format",
          "date pattern of the case note title; default dd/MM/yyyy (I-BCP-15)",
          cite("§6 ¶2 s1"),
          "dd/MM/yyyy",
          text -> {
            DateTimeFormatter.ofPattern(text, Locale.ROOT);
            return text;
          });

  /** By when the tracker must be updated before the cohort's next panel (I-BCP-12). */
  public static final Setting<TrackerUpdateDue> TRACKER_UPDATE_DUE =
      Setting.of(
          "bcp.tracker-update-due",
          "MEETING_START (default) or CUT_OFF of the cohort's next meeting (I-BCP-12)",
          cite("§6 ¶4 s2"),
          TrackerUpdateDue.MEETING_START,
          enumParser(TrackerUpdateDue.class));

  /** At which meetings open actions are reviewed (I-BCP-13). */
  public static final Setting<ReviewOpenActionsAt> REVIEW_OPEN_ACTIONS_AT =
      Setting.of(
          "bcp.review-open-actions-at",
          "NEXT_MEETING_OF_SAME_COHORT (default) or EVERY_MEETING (I-BCP-13)",
          cite("§2 s2"),
          ReviewOpenActionsAt.NEXT_MEETING_OF_SAME_COHORT,
          enumParser(ReviewOpenActionsAt.class));

  /** Legal statuses that do not count as in care: short breaks V3, V4 (I-COM-02). */
  public static final Setting<ImmutableSet<LegalStatusCode>> EXCLUDED_LEGAL_STATUSES =
      Setting.of(
          "common.excluded-legal-statuses",
          "legal statuses outside care planning; default V3, V4 short breaks (I-COM-02)",
          cite("§1 ¶2 s1"),
          ImmutableSet.of(LegalStatusCode.V3, LegalStatusCode.V4),
          BcpSettings::parseLegalStatusesOrNone);

  /** Whether a plan recorded as "other" counts as no plan (I-COM-09). */
  public static final Setting<Boolean> NO_PLAN_INCLUDES_OTHER =
      Setting.of(
          "common.no-plan-includes-other",
          "whether a plan recorded as 'other' counts as no plan; default true (I-COM-09)",
          cite("§5.1(e)"),
          true,
          Setting::parseBoolean);

  /** Every setting, in the order of the document. */
  public static final ImmutableList<Setting<?>> ALL =
      ImmutableList.of(
          SCHEDULE,
          MEETING_START,
          MEETING_END,
          MEETING_ON_HOLIDAY,
          CANCELLED_MEETINGS,
          CUT_OFF,
          CUT_OFF_ON_HOLIDAY,
          AGENDA_CIRCULATION_BY,
          ROTATION_ANCHOR,
          ROTATION_ORDER,
          ROTATION_ON_CANCELLED_MEETING,
          S20_CODES,
          S20_THRESHOLD,
          PWP_LEGAL_STATUSES,
          REUNIFICATION_INCLUDES_CONTINGENCY,
          NOT_MATCHED_COHORT,
          RECENTLY_REVIEWED_WITHIN,
          PROCEEDINGS_EXCLUSION_LIFTED,
          LGM_S20_DETERMINATION_VALIDITY,
          AGED_17_EXCLUSION_REASON,
          CONSIDERATIONS_BY_COHORT,
          SECOND_REVIEW_DEADLINE,
          ACTIONS_RECORDED_WITHIN,
          CASE_NOTE_DATE_FORMAT,
          TRACKER_UPDATE_DUE,
          REVIEW_OPEN_ACTIONS_AT,
          EXCLUDED_LEGAL_STATUSES,
          NO_PLAN_INCLUDES_OTHER);

  private BcpSettings() {}

  private static Citation cite(String clause) {
    return BcpAuthorityProvider.cite(clause);
  }

  private static String nonBlank(String text) {
    checkArgument(!text.isBlank(), "text must not be blank");
    return text;
  }

  private static <E extends Enum<E>> Function<String, E> enumParser(Class<E> type) {
    return text -> {
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "expected one of " + Arrays.toString(type.getEnumConstants()), e);
      }
    };
  }

  private static List<String> items(String text, String separator) {
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    return Arrays.stream(value.split(separator))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }

  private static List<LocalDate> parseDates(String text) {
    return items(text, ",").stream().map(LocalDate::parse).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableSet<LegalStatusCode> parseLegalStatusesOrNone(String text) {
    return items(text, ",").stream()
        .map(code -> LegalStatusCode.valueOf(code.toUpperCase(Locale.ROOT)))
        .collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableSet<LegalStatusCode> parseLegalStatuses(String text) {
    ImmutableSet<LegalStatusCode> codes = parseLegalStatusesOrNone(text);
    checkArgument(!codes.isEmpty(), "expected at least one legal status code");
    return codes;
  }

  private static CutOff parseCutOff(String text) {
    List<String> parts = items(text, "\\s+");
    checkArgument(parts.size() == 2, "expected 'DAY HH:MM' such as 'MONDAY 12:00'");
    return CutOff.onDayBefore(
        DayOfWeek.valueOf(parts.get(0).toUpperCase(Locale.ROOT)), LocalTime.parse(parts.get(1)));
  }

  private static LocalDate parseThursday(String text) {
    LocalDate date = LocalDate.parse(text);
    checkArgument(
        date.getDayOfWeek() == DayOfWeek.THURSDAY, "expected a Thursday but %s is not", date);
    return date;
  }

  private static List<BcpCohort> parseOrder(String text) {
    List<BcpCohort> order =
        items(text, ",").stream().map(BcpCohort::parse).collect(ImmutableList.toImmutableList());
    checkArgument(
        order.size() == 5 && EnumSet.copyOf(order).size() == 5,
        "expected each of the five cohorts once but was %s",
        order);
    return order;
  }

  private static Map<BcpCohort, List<BcpConsideration>> parseConsiderations(String text) {
    Map<BcpCohort, List<BcpConsideration>> byCohort = Maps.newEnumMap(BcpCohort.class);
    for (String entry : items(text, ";")) {
      List<String> sides = Arrays.asList(entry.split("=", -1));
      checkArgument(sides.size() == 2, "expected 'cohort=considerations' but was '%s'", entry);
      BcpCohort cohort = BcpCohort.parse(sides.get(0));
      checkArgument(!byCohort.containsKey(cohort), "cohort %s given twice", cohort.label());
      byCohort.put(
          cohort,
          items(sides.get(1), ",").stream()
              .map(BcpConsideration::parse)
              .collect(ImmutableList.toImmutableList()));
    }
    checkArgument(byCohort.size() == 5, "expected all five cohorts but was %s", byCohort.keySet());
    return ImmutableMap.copyOf(byCohort);
  }
}
