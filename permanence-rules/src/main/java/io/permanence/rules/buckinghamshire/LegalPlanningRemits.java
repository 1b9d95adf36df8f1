package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.TriggeredRemit.day;

import com.google.common.collect.ImmutableList;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Panel;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The remits of the Legal Planning and New Admissions Panel (§6 "This Panel will consider", and the
 * four items "identified by case progression (PLO Manager)"), one factory per clause.
 *
 * <p>Each is a {@link Remit} that lists the child once per trigger at the first LPNAP whose cut-off
 * the trigger meets (I-COM-11), unless the clause sets its own window (the PLO reviews, supervision
 * orders, UASC). Children on short breaks (V3, V4) are not "in care" here (I-COM-02).
 */
public final class LegalPlanningRemits {

  private LegalPlanningRemits() {}

  /**
   * §6 consider(a): "S20 where the Head of Service agreed to accommodate in an emergency" — a
   * period of care begun under s20 (V2) with a Head of Service decision on its first day.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit s20EmergencyAccommodation(Panel panel) {
    return new TriggeredRemit(
        "s20 emergency accommodation",
        panel,
        "s20-emergency",
        "not accommodated under s20 in an emergency by a Head of Service decision",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (PeriodOfCare period : file.periodsOfCare()) {
            LocalDate start = period.start();
            if (isStatusOnDay(file, start, LegalStatusCode.V2)
                && hasFlagContaining(
                    file, CaseFlagType.BECAME_LOOKED_AFTER_BY_HEAD_OF_SERVICE_DECISION, start)) {
              triggers.add(
                  Trigger.event(
                      start,
                      openUntil(start, context),
                      () ->
                          "accommodated under s20 in an emergency on "
                              + day(start)
                              + " with Head of Service agreement: review at panel"));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider(b): "Requests for S20/edge of care" — a request to accommodate a child who is not
   * looked after. Without FGC minutes on file the reason says so (I-BUC-28).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit s20Request(Panel panel) {
    return new TriggeredRemit(
        "s20 or edge of care request",
        panel,
        "s20-request",
        "no request for s20 accommodation or edge of care support recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.S20_REQUESTED)) {
            if (!file.isLookedAfterOn(flag.start())) {
              triggers.add(
                  Trigger.event(
                      flag.start(),
                      openUntil(flag.start(), context),
                      () ->
                          "request for s20 accommodation/edge of care made on "
                              + day(flag.start())
                              + (file.findLatestDocument(DocumentType.FGC_MINUTES, context.asOf())
                                      .isPresent()
                                  ? ""
                                  : " (no FGC recorded)")));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider(c): "All new admissions into care" — every period of care, whatever the route, even
   * if the admission was agreed at an earlier LPNAP (I-BUC-12); not short breaks.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit newAdmission(Panel panel) {
    return new TriggeredRemit(
        "new admission into care",
        panel,
        "new-admissions",
        "no admission into care recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (PeriodOfCare period : file.periodsOfCare()) {
            if (!isShortBreaks(file, period)) {
              LocalDate start = period.start();
              triggers.add(
                  Trigger.event(
                      start,
                      openUntil(start, context),
                      () -> "became looked after on " + day(start)));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider(d): "Legal planning arrangements including pre proceedings" — pre-proceedings or
   * care proceedings under consideration (a Legal Planning Meeting request). The birth certificate
   * is required once the child is born (I-BUC-04).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit legalPlanning(Panel panel) {
    return new TriggeredRemit(
        "legal planning meeting",
        panel,
        "legal-planning",
        "no legal planning (pre-proceedings or care proceedings under consideration) recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : file.flags()) {
            String what =
                flag.type() == CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION
                    ? "pre-proceedings"
                    : flag.type() == CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION
                        ? "care proceedings"
                        : "";
            if (!what.isEmpty()) {
              triggers.add(
                  withBirthCertificate(
                      file,
                      context,
                      Trigger.event(
                          flag.start(),
                          openUntil(flag.start(), context),
                          () ->
                              "legal planning meeting: "
                                  + what
                                  + " under consideration since "
                                  + day(flag.start()))));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider(e): "Unborn babies where previous siblings were removed (public or private
   * proceedings)"; no gestation deadline is invented (I-BUC-27).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit unbornBaby(Panel panel) {
    return new TriggeredRemit(
        "unborn baby, siblings removed",
        panel,
        "unborn-baby",
        "not recorded as an unborn baby whose siblings were removed",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.UNBORN_SIBLINGS_REMOVED)) {
            triggers.add(
                withBirthCertificate(
                    file,
                    context,
                    Trigger.event(
                        flag.start(),
                        openUntil(flag.start(), context),
                        () ->
                            "unborn baby whose previous siblings were removed, recorded "
                                + day(flag.start()))));
          }
          return triggers;
        });
  }

  /**
   * §6 consider(f): "Relinquished babies".
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit relinquishedBaby(Panel panel) {
    return new TriggeredRemit(
        "relinquished baby",
        panel,
        "relinquished-baby",
        "not recorded as a relinquished baby",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.RELINQUISHED_BABY)) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "relinquished baby, recorded " + day(flag.start())));
          }
          return triggers;
        });
  }

  /**
   * §6 consider(g): "Those S20 for longer than the original agreed period" — still under s20 (V2)
   * on the cut-off date after the agreed period (the span of an {@code S20_AGREED_PERIOD} flag)
   * ended; once per agreed period. No agreed period on file: not listed, and the reason says it is
   * missing (I-BUC-08).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit s20BeyondAgreedPeriod(Panel panel) {
    return new TriggeredRemit(
        "s20 beyond agreed period",
        panel,
        "s20-beyond-agreed-period",
        "not under s20 beyond an agreed period (an s20 child with no agreed period on file is a"
            + " data-quality finding, I-BUC-08)",
        (file, context) -> {
          LocalDate asOf = context.asOf();
          if (!isStatusOnDay(file, asOf, LegalStatusCode.V2)) {
            return List.of();
          }
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.S20_AGREED_PERIOD)) {
            if (flag.end().isPresent()) {
              LocalDate beyond = flag.end().get();
              triggers.add(
                  Trigger.event(
                      beyond,
                      openUntil(beyond, context),
                      () ->
                          "accommodated under s20 beyond the agreed period, which ended "
                              + day(beyond.minusDays(1))));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider(h): "PLO pre-proceedings – review at week 6" — at the LPNAP in PLO week 6 (the
   * first review week of the setting); missed, it is carried to every LPNAP until the second review
   * week (I-BUC-06).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit ploReviewWeek6(Panel panel) {
    return ploReview(panel, "PLO review week 6", "plo-week-6", 0);
  }

  /**
   * §6 consider(i): "PLO pre-proceedings – review at week 12" — at the LPNAP in PLO week 12 (the
   * second review week of the setting); missed, carried until the first review beyond week 12.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit ploReviewWeek12(Panel panel) {
    return ploReview(panel, "PLO review week 12", "plo-week-12", 1);
  }

  private static Remit ploReview(Panel panel, String name, String heading, int index) {
    return new TriggeredRemit(
        name,
        panel,
        heading,
        "not in pre-proceedings on the cut-off date",
        (file, context) -> {
          Optional<PreProceedings> stage = file.findPreProceedingsOn(context.asOf());
          if (stage.isEmpty()) {
            return List.of();
          }
          List<Integer> weeks = context.settings().get(BuckinghamshireSettings.PLO_REVIEW_WEEKS);
          int week = weeks.get(index);
          int nextWeek =
              index + 1 < weeks.size() ? weeks.get(index + 1) : week + intervalWeeks(context);
          LocalDate start = ploStart(stage.get(), context);
          return List.of(
              new Trigger(
                  stage.get().start(),
                  PloWeeks.weekStart(start, week),
                  PloWeeks.weekStart(start, nextWeek),
                  () ->
                      "PLO pre-proceedings week "
                          + week
                          + " review (PLO week 1 began "
                          + day(start)
                          + "; week "
                          + week
                          + " begins "
                          + day(PloWeeks.weekStart(start, week))
                          + ")",
                  List.of()));
        });
  }

  /**
   * §6 consider(j): "PLO pre-proceedings - exceeding 12 weeks" — reviewed every 6 weeks after the
   * week-12 review (weeks 18, 24, ...; I-BUC-07), each carried until the next.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit ploBeyondWeek12(Panel panel) {
    return new TriggeredRemit(
        "PLO exceeding 12 weeks",
        panel,
        "plo-beyond-week-12",
        "not in pre-proceedings on the cut-off date",
        (file, context) -> {
          Optional<PreProceedings> stage = file.findPreProceedingsOn(context.asOf());
          if (stage.isEmpty()) {
            return List.of();
          }
          List<Integer> weeks = context.settings().get(BuckinghamshireSettings.PLO_REVIEW_WEEKS);
          int interval = intervalWeeks(context);
          LocalDate start = ploStart(stage.get(), context);
          LocalDate horizon = context.asOf().plusDays(62);
          List<Trigger> triggers = new ArrayList<>();
          for (int week = weeks.get(weeks.size() - 1) + interval;
              !PloWeeks.weekStart(start, week).isAfter(horizon);
              week += interval) {
            int reviewWeek = week;
            triggers.add(
                new Trigger(
                    stage.get().start(),
                    PloWeeks.weekStart(start, week),
                    PloWeeks.weekStart(start, week + interval),
                    () ->
                        "PLO pre-proceedings exceeding 12 weeks: week "
                            + reviewWeek
                            + " review (PLO week 1 began "
                            + day(start)
                            + ")",
                    List.of()));
          }
          return triggers;
        });
  }

  /**
   * §6 consider-PLO(a): "S37 notifications" — a direction under Children Act 1989 s.37.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit section37(Panel panel) {
    return new TriggeredRemit(
        "s37 notification",
        panel,
        "section-37",
        "no section 37 direction recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CourtOrder order : file.courtOrders()) {
            if (order.type() == CourtOrderType.SECTION_37_DIRECTION) {
              triggers.add(
                  Trigger.event(
                      order.madeOn(),
                      openUntil(order.madeOn(), context),
                      () -> "section 37 direction notified " + day(order.madeOn())));
            }
          }
          return triggers;
        });
  }

  /**
   * §6 consider-PLO(b): "Those on Supervision Orders due to expire within 3 months" — the order's
   * last day is its recorded end less a day, else "one year beginning with" the day made (Children
   * Act 1989 Sch 3 para 6); listed once, at the first LPNAP whose cut-off date is within 3 calendar
   * months of the last day (I-BUC-10).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit supervisionOrderExpiring(Panel panel) {
    return new TriggeredRemit(
        "supervision order expiring",
        panel,
        "supervision-order-expiring",
        "no supervision order in force",
        (file, context) -> {
          Period lead = null;
          List<Trigger> triggers = new ArrayList<>();
          for (CourtOrder order : file.courtOrders()) {
            if (order.type() != CourtOrderType.SUPERVISION) {
              continue;
            }
            if (lead == null) {
              lead = context.settings().get(BuckinghamshireSettings.SO_EXPIRY_LEAD);
            }
            LocalDate lastDay =
                order
                    .end()
                    .map(end -> end.minusDays(1))
                    .orElse(order.madeOn().plusYears(1).minusDays(1));
            LocalDate from = lastDay.minus(lead);
            LocalDate known = from.isBefore(order.madeOn()) ? order.madeOn() : from;
            triggers.add(
                new Trigger(
                    known,
                    from,
                    lastDay.plusDays(1),
                    () ->
                        "supervision order made "
                            + day(order.madeOn())
                            + " expires after "
                            + day(lastDay)
                            + ": expire or extend?",
                    List.of()));
          }
          return triggers;
        });
  }

  /**
   * §6 consider-PLO(c): "Those Police Protected then return home or have S20 agreed" — at the end
   * of police protection (I-BUC-11). A child not looked after needs a case summary (App1 LPNAP(3)).
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit policeProtection(Panel panel) {
    return new TriggeredRemit(
        "police protection then home or s20",
        panel,
        "police-protection",
        "no police protection ending in a return home or s20 recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.POLICE_PROTECTION_THEN_HOME_OR_S20)) {
            Trigger trigger =
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () ->
                        "police protection ended "
                            + day(flag.start())
                            + " with a return home or s20");
            triggers.add(
                file.isLookedAfterOn(context.asOf())
                    ? trigger
                    : trigger.withPaper(DocumentType.CASE_SUMMARY));
          }
          return triggers;
        });
  }

  /**
   * §6 consider-PLO(d): "UASC where they have been accommodated under S20 for 6 weeks or more" — at
   * least 42 days of the current unbroken V2 run on the cut-off date (I-BUC-09); once per run.
   *
   * @param panel the LPNAP
   * @return the remit
   */
  public static Remit uascS20SixWeeks(Panel panel) {
    return new TriggeredRemit(
        "UASC s20 6 weeks or more",
        panel,
        "uasc-s20-6-weeks",
        "not an unaccompanied asylum-seeking child accommodated under s20 on the cut-off date",
        (file, context) -> {
          LocalDate asOf = context.asOf();
          if (!file.child().isUascOn(asOf)) {
            return List.of();
          }
          Optional<LocalDate> since =
              file.findContinuousLegalStatusSince(asOf, code -> code == LegalStatusCode.V2);
          if (since.isEmpty()) {
            return List.of();
          }
          LocalDate reached =
              since.get().plus(context.settings().get(BuckinghamshireSettings.UASC_S20_THRESHOLD));
          return List.of(
              new Trigger(
                  reached,
                  reached,
                  openUntil(reached, context),
                  () ->
                      "UASC accommodated under s20 since "
                          + day(since.get())
                          + " (6 weeks reached "
                          + day(reached)
                          + ")",
                  List.of()));
        });
  }

  /** Every LPNAP remit, in the document's order. */
  static ImmutableList<Remit> all(Panel panel) {
    return ImmutableList.of(
        s20EmergencyAccommodation(panel),
        s20Request(panel),
        newAdmission(panel),
        legalPlanning(panel),
        unbornBaby(panel),
        relinquishedBaby(panel),
        s20BeyondAgreedPeriod(panel),
        ploReviewWeek6(panel),
        ploReviewWeek12(panel),
        ploBeyondWeek12(panel),
        section37(panel),
        supervisionOrderExpiring(panel),
        policeProtection(panel),
        uascS20SixWeeks(panel));
  }

  /**
   * The end (exclusive) of the window of an event on a day: the day plus {@link
   * BuckinghamshireSettings#REFERRAL_OPEN_FOR}.
   */
  static LocalDate openUntil(LocalDate day, EvaluationContext context) {
    return day.plus(context.settings().get(BuckinghamshireSettings.REFERRAL_OPEN_FOR));
  }

  /** The flags of a type, in the case file's order. */
  static List<CaseFlag> flags(CaseFile file, CaseFlagType type) {
    List<CaseFlag> found = List.of();
    for (CaseFlag flag : file.flags()) {
      if (flag.type() == type) {
        if (found.isEmpty()) {
          found = new ArrayList<>(2);
        }
        found.add(flag);
      }
    }
    return found;
  }

  /** Whether a flag of the type contains the day. */
  static boolean hasFlagContaining(CaseFile file, CaseFlagType type, LocalDate day) {
    for (CaseFlag flag : file.flags()) {
      if (flag.type() == type && flag.contains(day)) {
        return true;
      }
    }
    return false;
  }

  private static Trigger withBirthCertificate(
      CaseFile file, EvaluationContext context, Trigger trigger) {
    return file.child().isUnbornOn(context.asOf())
        ? trigger
        : trigger.withPaper(DocumentType.BIRTH_CERTIFICATE);
  }

  private static LocalDate ploStart(PreProceedings stage, EvaluationContext context) {
    return PloWeeks.startOf(stage, context.settings().get(BuckinghamshireSettings.PLO_START_EVENT));
  }

  private static int intervalWeeks(EvaluationContext context) {
    return context
            .settings()
            .get(BuckinghamshireSettings.PLO_REVIEW_INTERVAL_AFTER_WEEK_12)
            .getDays()
        / 7;
  }

  private static boolean isStatusOnDay(CaseFile file, LocalDate date, LegalStatusCode code) {
    return file.findLegalStatusOn(date)
        .map(LegalStatusPeriod::code)
        .map(code::equals)
        .orElse(false);
  }

  private static boolean isShortBreaks(CaseFile file, PeriodOfCare period) {
    return file.findLegalStatusOn(period.start())
        .map(status -> status.code().isShortBreaks())
        .orElse(false);
  }
}
