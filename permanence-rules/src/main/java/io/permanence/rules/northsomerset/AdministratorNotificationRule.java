package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.rules.northsomerset.NorthSomersetSettings.LegalProcessEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * NSomerset §3.2: "Within 3 working days, the Panel Administrator will be notified of: (i) children
 * who become looked after (Business Intelligence); (ii) children made subject to Pre-Proceedings or
 * care proceedings but who do not become looked after (by case holding TMs/Legal Panel), and (iii)
 * any changes in the legal process (Legal Panel)."
 *
 * <p>One deadline per event: due on the 3rd working day after the event date, the event day not
 * counted (I-NSO-07, {@code notification-within}). The model has no notification record, so the
 * notification is a document of type {@link NorthSomerset#ADMINISTRATOR_NOTIFICATION} on the
 * child's file: the deadline is met on the first such document dated on or after the event. Events
 * of (iii) on the same day share one deadline; (iii) covers the events of {@code
 * legal-process-events} (I-NSO-06). PLO or proceedings of a child looked after that day are (iii),
 * not (ii). Only events since the child last entered the tracker (NSomerset §5 lead) count, so old
 * history does not flood the drift report.
 */
public final class AdministratorNotificationRule implements CaseDeadlineRule {

  private static final Citation CITATION = NorthSomerset.cite("§3.2");

  /** The rule. */
  public AdministratorNotificationRule() {}

  @Override
  public String name() {
    return "PTP administrator notified";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<LocalDate> entry = NorthSomersetTracker.findLatestEntryDate(file, asOf);
    if (entry.isEmpty()) {
      return List.of();
    }
    LocalDate since = entry.get();
    Timescale within = context.settings().get(NorthSomersetSettings.NOTIFICATION_WITHIN);
    Set<LegalProcessEvent> kinds =
        context.settings().get(NorthSomersetSettings.LEGAL_PROCESS_EVENTS);
    List<Deadline> deadlines = new ArrayList<>();
    TreeMap<LocalDate, List<String>> legal = new TreeMap<>();

    for (PeriodOfCare period : file.periodsOfCare()) {
      if (inRange(period.start(), since, asOf)
          && NorthSomersetTracker.isLookedAfter(file, period.start())) {
        deadlines.add(
            deadline(file, context, "§3.2(i)", "became looked after", period.start(), within));
      }
    }
    for (PreProceedings plo : file.preProceedings()) {
      if (inRange(plo.start(), since, asOf)) {
        if (NorthSomersetTracker.isLookedAfter(file, plo.start())) {
          add(legal, kinds, LegalProcessEvent.PLO_STARTED, plo.start(), "pre-proceedings started");
        } else {
          deadlines.add(
              deadline(
                  file,
                  context,
                  "§3.2(ii)",
                  "pre-proceedings started, not looked after",
                  plo.start(),
                  within));
        }
      }
      plo.end()
          .filter(end -> inRange(end, since, asOf))
          .ifPresent(
              end -> add(legal, kinds, LegalProcessEvent.PLO_ENDED, end, "pre-proceedings ended"));
    }
    for (CareProceedings proceedings : file.careProceedings()) {
      Optional<LocalDate> issued = proceedings.issuedOn().filter(d -> inRange(d, since, asOf));
      if (issued.isPresent()) {
        if (NorthSomersetTracker.isLookedAfter(file, issued.get())) {
          add(
              legal,
              kinds,
              LegalProcessEvent.PROCEEDINGS_ISSUED,
              issued.get(),
              "proceedings issued");
        } else {
          deadlines.add(
              deadline(
                  file,
                  context,
                  "§3.2(ii)",
                  "care proceedings issued, not looked after",
                  issued.get(),
                  within));
        }
      }
      proceedings
          .finalOrderOn()
          .filter(d -> proceedings.isIssued() && inRange(d, since, asOf))
          .ifPresent(
              d ->
                  add(
                      legal,
                      kinds,
                      LegalProcessEvent.PROCEEDINGS_DISPOSED,
                      d,
                      "proceedings disposed"));
    }
    for (LegalStatusPeriod status : file.legalStatusPeriods()) {
      if (inRange(status.start(), since, asOf) && !startsCare(file, status.start())) {
        add(
            legal,
            kinds,
            LegalProcessEvent.LEGAL_STATUS_CHANGED,
            status.start(),
            "legal status changed to " + status.code());
      }
    }
    for (CourtOrder order : file.courtOrders()) {
      boolean made = inRange(order.madeOn(), since, asOf);
      Optional<LocalDate> ended = order.end().filter(end -> inRange(end, since, asOf));
      if (!made && ended.isEmpty()) {
        continue;
      }
      String type = order.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (made) {
        add(legal, kinds, LegalProcessEvent.ORDER_MADE, order.madeOn(), type + " order made");
      }
      ended.ifPresent(
          end -> add(legal, kinds, LegalProcessEvent.ORDER_ENDED, end, type + " order ended"));
    }
    legal.forEach(
        (date, what) ->
            deadlines.add(
                deadline(
                    file,
                    context,
                    "§3.2(iii)",
                    "change in the legal process: " + String.join(", ", what),
                    date,
                    within)));
    deadlines.sort(java.util.Comparator.comparing(Deadline::startDate));
    return List.copyOf(deadlines);
  }

  private static void add(
      TreeMap<LocalDate, List<String>> legal,
      Set<LegalProcessEvent> kinds,
      LegalProcessEvent kind,
      LocalDate date,
      String what) {
    if (kinds.contains(kind)) {
      legal.computeIfAbsent(date, d -> new ArrayList<>()).add(what);
    }
  }

  /** Whether a period of care starts on the day. */
  private static boolean startsCare(CaseFile file, LocalDate day) {
    for (PeriodOfCare period : file.periodsOfCare()) {
      if (period.start().equals(day)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRange(LocalDate date, LocalDate since, LocalDate asOf) {
    return !date.isBefore(since) && !date.isAfter(asOf);
  }

  private static Deadline deadline(
      CaseFile file,
      EvaluationContext context,
      String clause,
      String event,
      LocalDate date,
      Timescale within) {
    Deadline deadline =
        DeadlineRule.of(
                "PTP administrator notified (" + event + ")",
                event.substring(0, 1).toUpperCase(Locale.ROOT) + event.substring(1),
                within,
                NorthSomerset.cite(clause))
            .deadlineFrom(date, context.calendar());
    return deadline.withMetOn(
        firstDocumentOnOrAfter(
            file, NorthSomerset.ADMINISTRATOR_NOTIFICATION, date, context.asOf()));
  }

  /**
   * The day of the first document of a type on file on or after a date and not after {@code asOf}.
   */
  static Optional<LocalDate> firstDocumentOnOrAfter(
      CaseFile file, DocumentType type, LocalDate from, LocalDate asOf) {
    for (DocumentOnFile document : file.documents()) {
      LocalDate day = document.dateOnFile();
      if (document.type().equals(type) && !day.isBefore(from) && !day.isAfter(asOf)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{"
        + name()
        + ": within notification-within of each event, "
        + CITATION
        + "}";
  }
}
