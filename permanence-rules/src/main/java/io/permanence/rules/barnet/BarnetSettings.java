package io.permanence.rules.barnet;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.BankHolidayPolicy;
import io.permanence.core.time.Timescale;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings of the Barnet authority: one per interpretation of an ambiguous clause in {@code
 * docs/interpretations.md} (ids {@code I-DES-01}, {@code I-BAR-01} ...), each with the default
 * reading.
 *
 * <p>Text forms: durations ISO-8601 ({@code P12M}), timescales as {@link Timescale#parse} reads
 * them ({@code "10 working days"}), days and times {@code "FRIDAY 17:00"}, sets comma-separated, an
 * absent value {@code NONE}.
 */
public final class BarnetSettings {

  /** How the becoming-looked-after presentation meeting is chosen (I-DES-01). */
  public enum BlaPresentation {
    /** The first meeting scheduled after the day the window closes (the default). */
    FIRST_MEETING_AFTER_WINDOW_CLOSE,
    /** The first meeting whose referral cut-off has not passed on the day of becoming LAC. */
    NEXT_AVAILABLE_MEETING
  }

  /** A date-only becoming-looked-after on the window's closing day (I-BAR-02). */
  public enum DateOnlyOnCloseDay {
    /** Taken as before the closing time: inside the window closing that day (the default). */
    BEFORE_CLOSE,
    /** Taken as after the closing time: inside the next window. */
    AFTER_CLOSE
  }

  /** What the 8-weekly pre-proceedings review counts from (I-BAR-06). */
  public enum PloReviewAnchor {
    /** Rolling from the last panel consideration of the PLO, else its start (the default). */
    LAST_REVIEW,
    /** Fixed weeks 8, 16, 24 ... from the start of the PLO. */
    PLO_START
  }

  /** Where a remanded child is remanded to (I-BAR-08). */
  public enum RemandType {
    /** Remand to local authority accommodation. */
    LA_ACCOMMODATION,
    /** Remand to youth detention accommodation (placed in K1 or R5). */
    YOUTH_DETENTION_ACCOMMODATION
  }

  private static final String NONE = "NONE";

  /**
   * The Permanency Planning Panel's schedule. The document says "weekly ... Tuesday" and gives no
   * time: the default time 10:00 for two hours is an EXAMPLE that the embedder must replace with
   * the panel's real time; dates, cut-offs and windows do not depend on it.
   */
  public static final Setting<MeetingRecurrence> SCHEDULE =
      Setting.of(
          "barnet.schedule",
          "Permanency Planning Panel schedule: weekly on Tuesday; the time of day is not stated"
              + " (10:00 for 2 hours is an example to review)",
          Barnet.cite("§Remit 1 s3 (schedule)"),
          MeetingRecurrence.parse("FREQ=WEEKLY;BYDAY=TU from 2020-01-07 at 10:00 for PT2H"),
          MeetingRecurrence::parse);

  /** A meeting on a bank holiday moves to the next working day (I-DES-03). */
  public static final Setting<BankHolidayPolicy> MEETING_ON_HOLIDAY =
      Setting.of(
          "barnet.meeting-on-holiday",
          "A meeting on a bank holiday moves to the next working day (I-DES-03)",
          Barnet.cite("§Remit 1 s3 (schedule)"),
          BankHolidayPolicy.MOVE_TO_NEXT_WORKING_DAY,
          enumParser(BankHolidayPolicy.class));

  /** The referral cut-off: the Head of Service submits the form by 5pm on Friday (I-BAR-05). */
  public static final Setting<DayAndTime> CUT_OFF =
      Setting.of(
          "barnet.cut-off",
          "Referral cut-off: Head of Service submission by Friday 17:00 before the meeting"
              + " (I-BAR-05)",
          Barnet.cite("§Process.Referral(3)"),
          DayAndTime.of(DayOfWeek.FRIDAY, LocalTime.of(17, 0)),
          DayAndTime::parse);

  /** The social worker completes the form by 12 noon on Friday (I-BAR-05). */
  public static final Setting<DayAndTime> FORM_COMPLETION =
      Setting.of(
          "barnet.form-completion",
          "Social worker completes the Permanency Planning Panel Form by Friday 12:00 (I-BAR-05)",
          Barnet.cite("§Process.Referral(1)"),
          DayAndTime.of(DayOfWeek.FRIDAY, LocalTime.NOON),
          DayAndTime::parse);

  /** The genogram is due with the form (I-BAR-17). */
  public static final Setting<DayAndTime> GENOGRAM_DUE =
      Setting.of(
          "barnet.genogram-due",
          "Genogram completed on the case record by Friday 12:00, with the form (I-BAR-17)",
          Barnet.cite("§Process.Referral(2)"),
          DayAndTime.of(DayOfWeek.FRIDAY, LocalTime.NOON),
          DayAndTime::parse);

  /** A Friday deadline on a non-working day moves to the working day before (I-BAR-04). */
  public static final Setting<Boolean> FORM_DEADLINE_EARLIER_WHEN_CLOSED =
      Setting.of(
          "barnet.form-deadline-earlier-when-closed",
          "A Friday form deadline or cut-off on a bank holiday (Good Friday) moves to the working"
              + " day before, same time (I-BAR-04)",
          Barnet.cite("§Process.Referral(1)"),
          true,
          Setting::parseBoolean);

  /** The agenda is issued at the cut-off, when it is final (I-BAR-13). */
  public static final Setting<DayAndTime> AGENDA_ISSUE =
      Setting.of(
          "barnet.agenda-issue",
          "The agenda is sent weekly in advance, at the cut-off (Friday 17:00, I-BAR-13)",
          Barnet.cite("§Membership s3"),
          DayAndTime.of(DayOfWeek.FRIDAY, LocalTime.of(17, 0)),
          DayAndTime::parse);

  /** The becoming-looked-after window closes on Tuesday at 17:00 (I-DES-01, I-BAR-01). */
  public static final Setting<DayAndTime> BLA_WINDOW_CLOSE =
      Setting.of(
          "barnet.bla-window-close",
          "Becoming-looked-after windows run from the close of one to Tuesday 17:00 (I-DES-01,"
              + " I-BAR-01)",
          Barnet.cite("§Remit 1 s3"),
          DayAndTime.of(DayOfWeek.TUESDAY, LocalTime.of(17, 0)),
          DayAndTime::parse);

  /** Presentation at the first meeting after the window closes (I-DES-01). */
  public static final Setting<BlaPresentation> BLA_PRESENTATION =
      Setting.of(
          "barnet.bla-presentation",
          "A child who became looked after is presented at the first Tuesday panel after the"
              + " window closes (I-DES-01)",
          Barnet.cite("§Remit 1 s3"),
          BlaPresentation.FIRST_MEETING_AFTER_WINDOW_CLOSE,
          enumParser(BlaPresentation.class));

  /** A date-only BLA on the closing Tuesday is inside the window closing that day (I-BAR-02). */
  public static final Setting<DateOnlyOnCloseDay> BLA_DATE_ONLY_ON_CLOSE_DAY =
      Setting.of(
          "barnet.bla-date-only-on-close-day",
          "A becoming-looked-after date (no time) on a Tuesday counts as before 17:00 (I-BAR-02)",
          Barnet.cite("§Remit 1 s3"),
          DateOnlyOnCloseDay.BEFORE_CLOSE,
          enumParser(DateOnlyOnCloseDay.class));

  /** Every child coming into care is presented, whatever the decision route (I-BAR-03). */
  public static final Setting<Boolean> BLA_REQUIRES_HOS_DECISION_OUTSIDE_PANEL =
      Setting.of(
          "barnet.bla-requires-hos-decision-outside-panel",
          "Only children looked after by a Head of Service decision outside panel are presented"
              + " (default false: every child coming into care, I-BAR-03)",
          Barnet.cite("§Remit 1 s1(b)"),
          false,
          Setting::parseBoolean);

  /** A child who left care before the panel is still presented (I-BAR-14). */
  public static final Setting<Boolean> BLA_PRESENT_IF_CEASED =
      Setting.of(
          "barnet.bla-present-if-ceased",
          "A child who came into care and left again before the panel is still presented"
              + " (I-BAR-14)",
          Barnet.cite("§Remit 1 s2"),
          true,
          Setting::parseBoolean);

  /** Short breaks are not coming into care (I-COM-02). */
  public static final Setting<Set<LegalStatusCode>> BLA_EXCLUDED_LEGAL_STATUSES =
      Setting.of(
          "barnet.bla-excluded-legal-statuses",
          "Legal statuses whose start is not coming into care: short breaks V3, V4 (I-COM-02)",
          Barnet.cite("§Remit 1 s2"),
          Sets.immutableEnumSet(LegalStatusCode.V3, LegalStatusCode.V4),
          text -> enumSet(LegalStatusCode.class, text));

  /** At-risk children already looked after are listed too (I-BAR-15). */
  public static final Setting<Boolean> AT_RISK_REQUIRES_NOT_LOOKED_AFTER =
      Setting.of(
          "barnet.at-risk-requires-not-looked-after",
          "PLO or proceedings under consideration lists only children not looked after (default"
              + " false, I-BAR-15)",
          Barnet.cite("§Remit 2(a)"),
          false,
          Setting::parseBoolean);

  /** Both kinds of remand are listed (I-BAR-08). */
  public static final Setting<Set<RemandType>> REMAND_TYPES =
      Setting.of(
          "barnet.remand-types",
          "Remands listed: to LA accommodation and to youth detention accommodation (I-BAR-08)",
          Barnet.cite("§Remit 2(c)"),
          Sets.immutableEnumSet(EnumSet.allOf(RemandType.class)),
          text -> enumSet(RemandType.class, text));

  /** Pre-proceedings reviewed every 8 weeks (I-DES-08). */
  public static final Setting<Timescale> PLO_REVIEW_INTERVAL =
      Setting.of(
          "barnet.plo-review-interval",
          "Children in pre-proceedings are reviewed every 8 weeks (I-DES-08)",
          Barnet.cite("§Remit 3(a)"),
          Timescale.weeks(8),
          Timescale::parse);

  /** The 8 weeks roll from the last review (I-BAR-06). */
  public static final Setting<PloReviewAnchor> PLO_REVIEW_ANCHOR =
      Setting.of(
          "barnet.plo-review-anchor",
          "The 8 weeks run from the last panel review of the PLO, else its start (I-BAR-06)",
          Barnet.cite("§Remit 3(a)"),
          PloReviewAnchor.LAST_REVIEW,
          enumParser(PloReviewAnchor.class));

  /** Delay = not issued within 10 working days of the decision (I-DES-02). */
  public static final Setting<Timescale> PROCEEDINGS_ISSUE_DELAY =
      Setting.of(
          "barnet.proceedings-issue-delay",
          "Care proceedings agreed are delayed if not issued within 10 working days of the"
              + " decision (I-DES-02)",
          Barnet.cite("§Remit 3(b) s2"),
          Timescale.workingDays(10),
          Timescale::parse);

  /** A delayed issue is listed once (I-BAR-16). */
  public static final Setting<Optional<Period>> DELAYED_ISSUE_RE_REVIEW_INTERVAL =
      Setting.of(
          "barnet.delayed-issue-re-review-interval",
          "A delayed issue is listed once (NONE); a period re-lists it that long after each"
              + " hearing (I-BAR-16)",
          Barnet.cite("§Remit 3(b) s2"),
          Optional.empty(),
          BarnetSettings::parseOptionalPeriod);

  /** Residential placement codes (I-COM-08). */
  public static final Setting<Set<PlacementCode>> RESIDENTIAL_CODES =
      Setting.of(
          "barnet.residential-codes",
          "Residential placements: K1, K2, R1, S1 (I-COM-08)",
          Barnet.cite("§Remit 3(c)"),
          Sets.immutableEnumSet(
              PlacementCode.K1, PlacementCode.K2, PlacementCode.R1, PlacementCode.S1),
          text -> enumSet(PlacementCode.class, text));

  /** Semi-independent placement codes (I-COM-08). */
  public static final Setting<Set<PlacementCode>> SEMI_INDEPENDENT_CODES =
      Setting.of(
          "barnet.semi-independent-codes",
          "Semi-independent placements: H5 and its successor K3 (I-COM-08; add P2 for"
              + " independent living)",
          Barnet.cite("§Remit 3(c)"),
          Sets.immutableEnumSet(PlacementCode.H5, PlacementCode.K3),
          text -> enumSet(PlacementCode.class, text));

  /** Strictly longer than 12 months (I-BAR-07). */
  public static final Setting<Period> RESIDENTIAL_THRESHOLD =
      Setting.of(
          "barnet.residential-threshold",
          "Listed once in such placements strictly longer than 12 months (I-BAR-07)",
          Barnet.cite("§Remit 3(c)"),
          Period.ofMonths(12),
          Period::parse);

  /** Time counts across moves between such placements (I-BAR-07). */
  public static final Setting<Boolean> RESIDENTIAL_RUN_SPANS_MOVES =
      Setting.of(
          "barnet.residential-run-spans-moves",
          "Time counts across moves between residential and semi-independent placements and"
              + " temporary moves (I-BAR-07)",
          Barnet.cite("§Remit 3(c)"),
          true,
          Setting::parseBoolean);

  /** A residential run is listed once (I-BAR-07, I-COM-11). */
  public static final Setting<Optional<Period>> RESIDENTIAL_RE_REVIEW_INTERVAL =
      Setting.of(
          "barnet.residential-re-review-interval",
          "A residential run is listed once (NONE); a period such as P6M re-lists it (I-BAR-07)",
          Barnet.cite("§Remit 3(c)"),
          Optional.empty(),
          BarnetSettings::parseOptionalPeriod);

  /** Decision sheets signed off within 7 calendar days of panel (I-BAR-09). */
  public static final Setting<Timescale> DECISION_SIGN_OFF =
      Setting.of(
          "barnet.decision-sign-off",
          "Decision sheets signed off within 7 calendar days of panel (I-BAR-09)",
          Barnet.cite("§Process.Decision(1)"),
          Timescale.days(7),
          Timescale::parse);

  /**
   * The Permanency Tracking Meeting's schedule: not stated, so no default (I-BAR-11). While NONE,
   * the authority has no tracking-meeting panel.
   */
  public static final Setting<Optional<MeetingRecurrence>> PTM_SCHEDULE =
      Setting.of(
          "barnet.ptm.schedule",
          "Permanency Tracking Meeting schedule: not stated in the ToR, no default (NONE leaves"
              + " the meeting out; I-BAR-11)",
          Barnet.cite("§Process.Decision(4)"),
          Optional.empty(),
          text ->
              text.strip().equalsIgnoreCase(NONE)
                  ? Optional.empty()
                  : Optional.of(MeetingRecurrence.parse(text)));

  /** A child is listed once at the tracking meeting (I-BAR-11). */
  public static final Setting<Optional<Period>> PTM_RE_REVIEW_INTERVAL =
      Setting.of(
          "barnet.ptm.re-review-interval",
          "Each child is listed at the first tracking meeting after coming into care or the issue"
              + " of proceedings (NONE); a period re-lists it (I-BAR-11)",
          Barnet.cite("§Process.Decision(4)"),
          Optional.empty(),
          BarnetSettings::parseOptionalPeriod);

  private static final ImmutableList<Setting<?>> ALL =
      ImmutableList.of(
          SCHEDULE,
          MEETING_ON_HOLIDAY,
          CUT_OFF,
          FORM_COMPLETION,
          GENOGRAM_DUE,
          FORM_DEADLINE_EARLIER_WHEN_CLOSED,
          AGENDA_ISSUE,
          BLA_WINDOW_CLOSE,
          BLA_PRESENTATION,
          BLA_DATE_ONLY_ON_CLOSE_DAY,
          BLA_REQUIRES_HOS_DECISION_OUTSIDE_PANEL,
          BLA_PRESENT_IF_CEASED,
          BLA_EXCLUDED_LEGAL_STATUSES,
          AT_RISK_REQUIRES_NOT_LOOKED_AFTER,
          REMAND_TYPES,
          PLO_REVIEW_INTERVAL,
          PLO_REVIEW_ANCHOR,
          PROCEEDINGS_ISSUE_DELAY,
          DELAYED_ISSUE_RE_REVIEW_INTERVAL,
          RESIDENTIAL_CODES,
          SEMI_INDEPENDENT_CODES,
          RESIDENTIAL_THRESHOLD,
          RESIDENTIAL_RUN_SPANS_MOVES,
          RESIDENTIAL_RE_REVIEW_INTERVAL,
          DECISION_SIGN_OFF,
          PTM_SCHEDULE,
          PTM_RE_REVIEW_INTERVAL);

  private BarnetSettings() {}

  /** Every Barnet setting, in the order of the document. */
  public static List<Setting<?>> all() {
    return ALL;
  }

  private static Optional<Period> parseOptionalPeriod(String text) {
    return text.strip().equalsIgnoreCase(NONE)
        ? Optional.empty()
        : Optional.of(Period.parse(text.strip()));
  }

  private static <E extends Enum<E>> Function<String, E> enumParser(Class<E> type) {
    return text -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String text) {
    Set<E> values = EnumSet.noneOf(type);
    for (String part : Splitter.on(',').trimResults().omitEmptyStrings().split(text)) {
      values.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT)));
    }
    return Sets.immutableEnumSet(values);
  }
}
