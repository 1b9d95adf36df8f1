package io.permanence.rules.statutory;

import static io.permanence.core.Citation.SourceStatus.SECONDARY;
import static io.permanence.core.Citation.SourceStatus.UNVERIFIED;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderExtension;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.ProceedingsExtension;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Children Act 1989 time limits on proceedings and orders: care proceedings (s.32), supervision
 * orders (Sch 3 para 6), emergency protection orders (s.45), child assessment orders (s.43(5)) and
 * police protection (s.46(6)).
 */
final class CourtRules {

  static final String CA_1989 = "Children Act 1989";

  static final Citation S32_1_A = Citation.of(CA_1989, "s.32(1)(a)");
  static final Citation S32_EXTENDED = Citation.of(CA_1989, "s.32(1)(a), (5), (8)", SECONDARY);
  static final Citation SCH3_PARA6 = Citation.of(CA_1989, "Sch 3 para 6");
  static final Citation S45 = Citation.of(CA_1989, "s.45(1), (2), (4)-(6)");
  static final Citation S43_5 = Citation.of(CA_1989, "s.43(5)", SECONDARY);
  static final Citation S46_6 = Citation.of(CA_1989, "s.46(6)", UNVERIFIED);

  static final String PROCEEDINGS_NAME = "Care proceedings disposed of within 26 weeks";
  static final DeadlineRule PROCEEDINGS =
      DeadlineRule.of(
          PROCEEDINGS_NAME, "Application issued", Timescale.weeksBeginningWith(26), S32_1_A);
  static final DeadlineRule SUPERVISION_YEAR =
      DeadlineRule.of(
          "Supervision order: end of the first year",
          "Supervision order made",
          Timescale.yearsBeginningWith(1),
          SCH3_PARA6);
  static final DeadlineRule SUPERVISION_CAP =
      DeadlineRule.of(
          "Supervision order: three-year limit",
          "Supervision order made",
          Timescale.yearsBeginningWith(3),
          SCH3_PARA6);
  static final DeadlineRule EPO =
      DeadlineRule.of(
          "Emergency protection order: 8-day limit",
          "Emergency protection order made",
          Timescale.days(8),
          S45);
  static final DeadlineRule EPO_EXTENSION =
      DeadlineRule.of(
          "Emergency protection order: extended limit",
          "End of the first period",
          Timescale.days(7),
          S45);
  static final DeadlineRule CHILD_ASSESSMENT =
      DeadlineRule.of(
          "Child assessment order: 7-day limit",
          "Child assessment order made",
          Timescale.daysBeginningWith(7),
          S43_5);
  static final DeadlineRule POLICE_PROTECTION =
      DeadlineRule.of(
          "Police protection: 72-hour limit",
          "Taken into police protection (legal status L1)",
          Timescale.days(3),
          S46_6);

  private static final LocalTime NOON = LocalTime.NOON;

  private CourtRules() {}

  /** CA 1989 s.32(1)(a): 26 weeks beginning with the day of issue, plus extensions granted. */
  static List<TrackedDeadline> careProceedings(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    for (CareProceedings proceedings : file.careProceedings()) {
      Optional<LocalDate> issued = Tracking.knownOn(proceedings.issuedOn(), context.asOf());
      if (issued.isEmpty()) {
        continue;
      }
      List<ProceedingsExtension> granted = new ArrayList<>();
      int weeks = 26;
      for (ProceedingsExtension extension : proceedings.extensions()) {
        if (!extension.grantedOn().isAfter(context.asOf())) {
          granted.add(extension);
          weeks += extension.weeks();
        }
      }
      DeadlineRule rule =
          granted.isEmpty()
              ? PROCEEDINGS
              : DeadlineRule.of(
                  PROCEEDINGS_NAME,
                  "Application issued",
                  Timescale.weeksBeginningWith(weeks),
                  S32_EXTENDED);
      Deadline deadline = rule.deadlineFrom(issued.get(), context.calendar());
      if (!granted.isEmpty()) {
        Deadline extended = deadline;
        deadline =
            Tracking.retraced(
                deadline,
                () ->
                    "26 weeks extended by "
                        + granted.stream()
                            .map(
                                extension ->
                                    extension.weeks()
                                        + (extension.weeks() == 1 ? " week" : " weeks")
                                        + " granted "
                                        + Tracking.format(extension.grantedOn()))
                            .collect(Collectors.joining(", "))
                        + ": "
                        + extended.trace());
      }
      deadlines.add(Tracking.tracked(deadline, proceedings.finalOrderOn(), context.asOf()));
    }
    return deadlines;
  }

  /**
   * CA 1989 Sch 3 para 6: the end of the first year, met by an extension granted or by the order
   * recorded as ending by then; once extended, the three-year limit, met by the recorded end.
   */
  static List<TrackedDeadline> supervisionOrders(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    for (CourtOrder order : ordersOfType(file, CourtOrderType.SUPERVISION, context.asOf())) {
      List<CourtOrderExtension> extensions = extensionsKnown(order, context.asOf());
      Optional<LocalDate> firstYearMet =
          extensions.isEmpty()
              ? order.originalEnd().map(end -> end.minusDays(1))
              : Optional.of(extensions.get(0).grantedOn());
      deadlines.add(
          Tracking.tracked(
              SUPERVISION_YEAR.deadlineFrom(order.madeOn(), context.calendar()),
              firstYearMet,
              context.asOf()));
      if (!extensions.isEmpty()) {
        deadlines.add(
            Tracking.tracked(
                SUPERVISION_CAP.deadlineFrom(order.madeOn(), context.calendar()),
                Optional.of(extensions.get(extensions.size() - 1).newEnd().minusDays(1)),
                context.asOf()));
      }
    }
    return deadlines;
  }

  /**
   * CA 1989 s.45: at most 8 days (to noon on the next day that is not a public holiday if the 8th
   * is one), extendable once by at most 7 days.
   */
  static List<TrackedDeadline> emergencyProtectionOrders(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    for (CourtOrder order :
        ordersOfType(file, CourtOrderType.EMERGENCY_PROTECTION, context.asOf())) {
      List<CourtOrderExtension> extensions = extensionsKnown(order, context.asOf());
      Deadline first =
          publicHolidayAdjusted(
              EPO.deadlineFrom(order.madeOn(), context.calendar()), context.calendar());
      Optional<LocalDate> firstMet =
          extensions.isEmpty()
              ? order.originalEnd().map(end -> end.minusDays(1))
              : Optional.of(extensions.get(0).grantedOn());
      deadlines.add(Tracking.tracked(first, firstMet, context.asOf()));
      if (!extensions.isEmpty()) {
        LocalDate firstPeriodEnd =
            order.originalEnd().map(end -> end.minusDays(1)).orElse(first.dueDate());
        LocalDate from = firstPeriodEnd.isAfter(first.dueDate()) ? first.dueDate() : firstPeriodEnd;
        deadlines.add(
            Tracking.tracked(
                EPO_EXTENSION.deadlineFrom(from, context.calendar()),
                Optional.of(extensions.get(extensions.size() - 1).newEnd().minusDays(1)),
                context.asOf()));
      }
    }
    return deadlines;
  }

  /** CA 1989 s.43(5): at most 7 days beginning with the date specified (taken as the day made). */
  static List<TrackedDeadline> childAssessmentOrders(CaseFile file, EvaluationContext context) {
    return ordersOfType(file, CourtOrderType.CHILD_ASSESSMENT, context.asOf()).stream()
        .map(
            order ->
                Tracking.tracked(
                    CHILD_ASSESSMENT.deadlineFrom(order.madeOn(), context.calendar()),
                    Tracking.lastDay(order),
                    context.asOf()))
        .collect(Collectors.toList());
  }

  /**
   * CA 1989 s.46(6): at most 72 hours. The model records days, not times: 72 hours from any time on
   * the first day end at the latest on the third day after it.
   */
  static List<TrackedDeadline> policeProtection(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    List<LegalStatusPeriod> statuses = file.legalStatusPeriods();
    for (int i = 0; i < statuses.size(); i++) {
      LegalStatusPeriod period = statuses.get(i);
      if (period.start().isAfter(context.asOf())) {
        break;
      }
      boolean continues =
          i > 0
              && statuses.get(i - 1).code() == LegalStatusCode.L1
              && statuses.get(i - 1).end().map(period.start()::equals).orElse(false);
      if (period.code() != LegalStatusCode.L1 || continues) {
        continue;
      }
      LegalStatusPeriod last = period;
      for (int j = i + 1;
          j < statuses.size()
              && statuses.get(j).code() == LegalStatusCode.L1
              && last.end().map(statuses.get(j).start()::equals).orElse(false);
          j++) {
        last = statuses.get(j);
      }
      deadlines.add(
          Tracking.tracked(
              POLICE_PROTECTION.deadlineFrom(period.start(), context.calendar()),
              Tracking.lastDay(last),
              context.asOf()));
    }
    return deadlines;
  }

  /**
   * s.45(2): if the last of the eight days is a public holiday (Christmas Day, Good Friday, a bank
   * holiday or a Sunday; not a Saturday), the order may run to noon on the first later day that is
   * not one.
   */
  private static Deadline publicHolidayAdjusted(Deadline deadline, WorkingCalendar calendar) {
    LocalDate last = deadline.dueDate();
    if (!isPublicHoliday(last, calendar)) {
      return deadline;
    }
    LocalDate day = last.plusDays(1);
    while (isPublicHoliday(day, calendar)) {
      day = day.plusDays(1);
    }
    LocalDate runsTo = day;
    return Deadline.builder()
        .name(deadline.name())
        .startEvent(deadline.startEvent())
        .startDate(deadline.startDate())
        .timescale(deadline.timescale())
        .dueDate(runsTo)
        .dueTime(NOON)
        .calendarId(deadline.calendarId())
        .calendarVersion(deadline.calendarVersion())
        .citation(deadline.citation())
        .trace(
            () ->
                deadline.trace()
                    + ", a public holiday, so to noon on the first later day that is not one → "
                    + Tracking.format(runsTo)
                    + " 12:00")
        .build();
  }

  private static boolean isPublicHoliday(LocalDate day, WorkingCalendar calendar) {
    return day.getDayOfWeek() == DayOfWeek.SUNDAY
        || (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 25)
        || (calendar.holidays().contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY);
  }

  private static List<CourtOrder> ordersOfType(CaseFile file, CourtOrderType type, LocalDate asOf) {
    List<CourtOrder> orders = List.of();
    for (CourtOrder order : file.courtOrders()) {
      if (order.type() == type && !order.madeOn().isAfter(asOf)) {
        if (orders.isEmpty()) {
          orders = new ArrayList<>();
        }
        orders.add(order);
      }
    }
    return orders;
  }

  private static List<CourtOrderExtension> extensionsKnown(CourtOrder order, LocalDate asOf) {
    return order.extensions().stream()
        .filter(extension -> !extension.grantedOn().isAfter(asOf))
        .collect(Collectors.toList());
  }
}
