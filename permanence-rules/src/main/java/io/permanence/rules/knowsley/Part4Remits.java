package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.PanelSchedule;
import io.permanence.rules.knowsley.KnowsleySettings.CareLeaverStatus;
import io.permanence.rules.knowsley.KnowsleySettings.Listing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remits of Part 4, scrutiny of plans and placements (§Part 4 s1–s4; function F4), from the
 * performance lists the document names:
 *
 * <ul>
 *   <li>{@link #residentialCare}: §Part 4 s2(a), a looked-after child in residential care ({@code
 *       residential-codes}, I-COM-08), once per unbroken run of such placements;
 *   <li>{@link #notInPermanentPlacement}: §Part 4 s2(b) and F4, a looked-after child whose current
 *       placement is not approved as long term (no long-term match), not an adoptive placement, not
 *       placed with parents (Part 3) and not temporary, once per placement (I-KNO-09);
 *   <li>{@link #careLeaver}: §Part 4 s2(c), a care leaver whose status ({@code
 *       part4-care-leaver-statuses}, I-KNO-10) began, once per status;
 *   <li>{@link #actionsBroughtBack}: §Part 4 s4, open actions set at a Part 4 hearing, at the first
 *       meeting on or after the earliest due date (I-COM-12).
 * </ul>
 *
 * <p>By default these lists are not narrowed to children without a permanence plan ({@code
 * part4-requires-no-plan = false}, I-KNO-09); when narrowed, "no plan" is no plan in force or a
 * primary option of other / not recorded (I-COM-09). {@code part4-listing = EVERY_MEETING} lists at
 * every meeting instead of once per trigger.
 */
public final class Part4Remits {

  private static final int ELIGIBILITY_DAYS = 13 * 7;

  private Part4Remits() {}

  /**
   * §Part 4 s2(a): children in residential care.
   *
   * @param part4 the Part 4 heading
   * @param schedule the panel's schedule
   * @return the remit
   */
  public static Remit residentialCare(Heading part4, PanelSchedule schedule) {
    return new KnowsleyRemit(
        "residential care", Knowsley.PANEL, part4, Knowsley.cite("§Part 4 s2(a)")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        Set<PlacementCode> codes = context.settings().get(KnowsleySettings.RESIDENTIAL_CODES);
        Optional<LocalDate> since =
            isLookedAfter(file, date)
                ? file.findContinuousPlacementSince(date, codes::contains)
                : Optional.empty();
        if (since.isEmpty()) {
          return RemitDecision.notMet(this, "not a looked-after child in residential care");
        }
        return scrutiny(
            this,
            file,
            context,
            since.get(),
            "in residential care since " + day(since.get()),
            schedule);
      }
    };
  }

  /**
   * §Part 4 s2(b) and F4: children not in permanent placements.
   *
   * @param part4 the Part 4 heading
   * @param schedule the panel's schedule
   * @return the remit
   */
  public static Remit notInPermanentPlacement(Heading part4, PanelSchedule schedule) {
    return new KnowsleyRemit(
        "not in a permanent placement", Knowsley.PANEL, part4, Knowsley.cite("§Part 4 s2(b)")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        Optional<Placement> placement = file.findPlacementOn(date);
        if (!isLookedAfter(file, date) || placement.isEmpty()) {
          return RemitDecision.notMet(this, "not a looked-after child in a placement");
        }
        PlacementCode code = placement.get().code();
        if (placement.get().isLongTermMatchedOn(date)) {
          return RemitDecision.notMet(this, "placement approved as long term");
        }
        if (code.isAdoptive() || code.isPlacedWithParents() || code.isTemporary()) {
          return RemitDecision.notMet(
              this,
              "placement "
                  + code
                  + (code.isAdoptive()
                      ? " is an adoptive placement (Part 1)"
                      : code.isPlacedWithParents()
                          ? " is with parents (Part 3)"
                          : " is temporary"));
        }
        return scrutiny(
            this,
            file,
            context,
            placement.get().start(),
            "placement "
                + code
                + " since "
                + day(placement.get().start())
                + " not approved as long term",
            schedule);
      }
    };
  }

  /**
   * §Part 4 s2(c): care leavers.
   *
   * @param part4 the Part 4 heading
   * @param schedule the panel's schedule
   * @return the remit
   */
  public static Remit careLeaver(Heading part4, PanelSchedule schedule) {
    return new KnowsleyRemit("care leaver", Knowsley.PANEL, part4, Knowsley.cite("§Part 4 s2(c)")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        Set<CareLeaverStatus> statuses =
            context.settings().get(KnowsleySettings.PART4_CARE_LEAVER_STATUSES);
        for (CareLeaverStatus status : statuses) {
          Optional<LocalDate> since = findStatusSince(file, status, date);
          if (since.isPresent()) {
            return scrutiny(
                this,
                file,
                context,
                since.get(),
                status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " care leaver since "
                    + day(since.get()),
                schedule);
          }
        }
        return RemitDecision.notMet(this, "not a care leaver of status " + statuses);
      }
    };
  }

  /**
   * §Part 4 s4: actions agreed at a Part 4 hearing are brought back to review progress.
   *
   * @param part4 the Part 4 heading
   * @return the remit
   */
  public static Remit actionsBroughtBack(Heading part4) {
    return new KnowsleyRemit(
        "Part 4 actions brought back", Knowsley.PANEL, part4, Knowsley.cite("§Part 4 s4")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate asOf = context.asOf();
        LocalDate reference = reference(context);
        List<PanelAction> open = new ArrayList<>();
        for (PanelAction action : file.actions()) {
          boolean openOn =
              action.isOpen() || action.completedOn().map(d -> d.isAfter(asOf)).orElse(false);
          if (openOn && isPart4Action(file, action, part4)) {
            open.add(action);
          }
        }
        if (open.isEmpty()) {
          return RemitDecision.notMet(this, "no open actions from a Part 4 hearing");
        }
        LocalDate due = open.get(0).dueOn();
        if (reference.isBefore(due)) {
          return RemitDecision.notMet(
              this, open.size() + " open Part 4 action(s), none due until " + day(due));
        }
        return RemitDecision.met(
            referral(
                file,
                open.size()
                    + " open Part 4 action(s), the first due "
                    + day(due)
                    + ": review progress",
                due,
                due.plus(CARRY),
                List.of()));
      }
    };
  }

  // An action of a decision of this panel made on a day the child was heard under Part 4; an
  // action with no decision recorded is taken to be one.
  private static boolean isPart4Action(CaseFile file, PanelAction action, Heading part4) {
    if (action.decision().isEmpty()) {
      return true;
    }
    PanelDecision decision = null;
    for (PanelDecision d : file.decisions()) {
      if (d.id().equals(action.decision().get())) {
        decision = d;
        break;
      }
    }
    if (decision == null) {
      return true;
    }
    if (!decision.panel().equals(Knowsley.PANEL)) {
      return false;
    }
    LocalDate madeOn = decision.madeOn();
    for (PanelAppearance a : file.panelAppearances()) {
      if (a.panel().equals(Knowsley.PANEL)
          && a.meetingOn().equals(madeOn)
          && a.heading().equals(part4.id())) {
        return true;
      }
    }
    return false;
  }

  private static RemitDecision scrutiny(
      KnowsleyRemit remit,
      CaseFile file,
      EvaluationContext context,
      LocalDate trigger,
      String reason,
      PanelSchedule schedule) {
    if (context.settings().get(KnowsleySettings.PART4_REQUIRES_NO_PLAN)
        && hasPlan(file, context.asOf())) {
      return RemitDecision.notMet(remit, reason + ", but has a plan of permanency");
    }
    Listing listing = context.settings().get(KnowsleySettings.PART4_LISTING);
    return remit.triggered(
        file, context, trigger, reason, listing, Optional.of(schedule), List.of());
  }

  private static boolean hasPlan(CaseFile file, LocalDate date) {
    return file.findPlanInForceOn(date)
        .map(PermanencePlan::primary)
        .map(o -> o.isPlan())
        .orElse(false);
  }

  /**
   * The day a care leaver status began, if the young person has it on the date (Children (Leaving
   * Care) Act 2000): eligible — aged 16 or 17, looked after, and looked after for 13 weeks in all
   * since turning 14 (from the later of the 16th birthday and the day the 13 weeks were reached);
   * relevant — aged 16 or 17, no longer looked after, and eligible when care ended (from that day);
   * former relevant — aged 18 to 20 and eligible or relevant the day before turning 18 (from the
   * 18th birthday).
   *
   * @param file the case file
   * @param status the status
   * @param date the date
   * @return the day the status began, or empty
   */
  public static Optional<LocalDate> findStatusSince(
      CaseFile file, CareLeaverStatus status, LocalDate date) {
    Optional<Integer> age = file.child().findAgeOn(date);
    if (age.isEmpty()) {
      return Optional.empty();
    }
    switch (status) {
      case ELIGIBLE:
        return age.get() >= 16 && age.get() <= 17 ? eligibleSince(file, date) : Optional.empty();
      case RELEVANT:
        return age.get() >= 16 && age.get() <= 17 ? relevantSince(file, date) : Optional.empty();
      default:
        if (age.get() < 18 || age.get() > 20) {
          return Optional.empty();
        }
        LocalDate eighteenth = file.child().findBirthday(18).orElseThrow();
        LocalDate eve = eighteenth.minusDays(1);
        return eligibleSince(file, eve).or(() -> relevantSince(file, eve)).map(d -> eighteenth);
    }
  }

  private static Optional<LocalDate> eligibleSince(CaseFile file, LocalDate date) {
    if (!KnowsleyRemit.isLookedAfter(file, date)) {
      return Optional.empty();
    }
    Optional<LocalDate> fourteenth = file.child().findBirthday(14);
    Optional<LocalDate> sixteenth = file.child().findBirthday(16);
    if (fourteenth.isEmpty() || sixteenth.isEmpty() || date.isBefore(sixteenth.get())) {
      return Optional.empty();
    }
    long total = 0;
    for (PeriodOfCare period : file.periodsOfCare()) {
      LocalDate from =
          period.start().isBefore(fourteenth.get()) ? fourteenth.get() : period.start();
      LocalDate to = period.end().filter(e -> !e.isAfter(date)).orElse(date.plusDays(1));
      if (!from.isBefore(to)) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(from, to);
      if (total + days >= ELIGIBILITY_DAYS) {
        LocalDate reached = from.plusDays(ELIGIBILITY_DAYS - total - 1);
        return Optional.of(reached.isBefore(sixteenth.get()) ? sixteenth.get() : reached);
      }
      total += days;
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> relevantSince(CaseFile file, LocalDate date) {
    if (KnowsleyRemit.isLookedAfter(file, date)) {
      return Optional.empty();
    }
    Optional<PeriodOfCare> last = file.findLatestPeriodOfCareStartedBy(date);
    if (last.isEmpty() || last.get().end().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ended = last.get().end().get();
    return eligibleSince(file, ended.minusDays(1)).map(d -> ended);
  }
}
