package io.permanence.examples.cli;

import io.permanence.core.Citation;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.evaluation.PanelExplanation;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of the engine's results, for a terminal: agendas, tracker, drift report and
 * explanations. Child ids only; no names, dates of birth or addresses.
 */
final class TextOutput {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.UK);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.UK)
          .withZone(WorkingCalendars.LONDON);

  /** The lines of "most frequent" in the drift summary. */
  static final int SUMMARY_LINES = 8;

  private TextOutput() {}

  /** {@code Tue 2026-04-07}. */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** {@code Mon 2026-04-06 12:00}, in Europe/London. */
  static String dayTime(Instant instant) {
    return DAY_TIME.format(instant);
  }

  /** The panel's name, or its id if the authority has no such panel. */
  static String panelName(Authority authority, PanelId panel) {
    return authority.panels().stream()
        .filter(p -> p.id().equals(panel))
        .map(Panel::name)
        .findFirst()
        .orElse(panel.id());
  }

  /**
   * The agendas of a plan.
   *
   * @param authority the authority
   * @param plan the plan
   * @param maxItems the most items shown per heading (the rest are counted)
   * @return the text
   */
  static String agendas(Authority authority, AgendaPlan plan, int maxItems) {
    StringBuilder text = new StringBuilder();
    text.append(authority.name())
        .append(": ")
        .append(plan.agendas().size())
        .append(" meeting(s) from ")
        .append(day(plan.startInclusive()))
        .append(" to ")
        .append(day(plan.endExclusive().minusDays(1)))
        .append('\n');
    for (Agenda agenda : plan.agendas()) {
      text.append('\n');
      agenda(text, authority, agenda, maxItems);
    }
    findings(text, plan.findings());
    return text.toString();
  }

  private static void agenda(StringBuilder text, Authority authority, Agenda agenda, int maxItems) {
    text.append("== ")
        .append(panelName(authority, agenda.panel()))
        .append(", ")
        .append(day(agenda.meetingDate()))
        .append(' ')
        .append(agenda.meeting().startTime())
        .append(agenda.meeting().movedFrom().map(d -> " (moved from " + day(d) + ")").orElse(""))
        .append('\n')
        .append("   referrals and papers by ")
        .append(dayTime(agenda.referralCutOff()))
        .append(agenda.agendaCirculated().map(a -> "; agenda circulated " + dayTime(a)).orElse(""))
        .append('\n');
    for (AgendaSection section : agenda.sections()) {
      text.append("   ")
          .append(section.heading().title())
          .append(" (")
          .append(section.heading().citation())
          .append("): ")
          .append(section.items().isEmpty() ? "none" : section.items().size() + " child(ren)")
          .append('\n');
      int shown = 0;
      for (AgendaItem item : section.items()) {
        if (shown++ == maxItems) {
          text.append("      ... and ").append(section.items().size() - maxItems).append(" more\n");
          break;
        }
        item(text, item);
      }
    }
    if (!agenda.exclusions().isEmpty()) {
      text.append("   Not listed (excluded): ").append(agenda.exclusions().size()).append('\n');
      int shown = 0;
      for (Exclusion exclusion : agenda.exclusions()) {
        if (shown++ == maxItems) {
          text.append("      ... and ")
              .append(agenda.exclusions().size() - maxItems)
              .append(" more\n");
          break;
        }
        text.append("      ")
            .append(exclusion.child())
            .append(": ")
            .append(exclusion.reason())
            .append(" (")
            .append(exclusion.citation())
            .append(")\n");
      }
    }
  }

  private static void item(StringBuilder text, AgendaItem item) {
    text.append("      ")
        .append(item.child())
        .append(item.siblingGroup().map(g -> " [siblings " + g.id() + "]").orElse(""))
        .append('\n');
    for (int i = 0; i < item.referrals().size(); i++) {
      text.append("         why: ")
          .append(item.reasons().get(i))
          .append(" (")
          .append(item.citations().get(i))
          .append(")\n");
    }
    if (!item.papers().isEmpty()) {
      text.append("         papers: ")
          .append(item.papers().stream().map(TextOutput::paper).collect(Collectors.joining("; ")))
          .append('\n');
    }
  }

  /** {@code Care plan: on file 2026-03-02} or {@code Genogram: MISSING}. */
  static String paper(PaperStatus paper) {
    return paper.document().name()
        + paper.onFileOn().map(d -> ": on file " + d).orElse(": MISSING");
  }

  /**
   * The tracker as a table.
   *
   * @param authority the authority
   * @param tracker the tracker
   * @return the text
   */
  static String tracker(Authority authority, Tracker tracker) {
    StringBuilder text = new StringBuilder();
    text.append(authority.name())
        .append(" tracker on ")
        .append(day(tracker.asOf()))
        .append(": ")
        .append(tracker.rows().size())
        .append(" child(ren)\n\n");
    String format = "%-18s %-4s %-10s %-34s %-10s %-11s %-8s %-6s %-22s %-22s %7s %s%n";
    text.append(
        String.format(
            Locale.ROOT,
            format,
            "child",
            "LS",
            "since",
            "plan (primary/contingency)",
            "in care",
            "next review",
            "week",
            "PLO",
            "last panel",
            "next panel",
            "actions",
            "overdue"));
    for (TrackerRow row : tracker.rows()) {
      text.append(
          String.format(
              Locale.ROOT,
              format,
              row.child().id(),
              row.legalStatus().map(Object::toString).orElse("-"),
              row.legalStatusSince().map(Object::toString).orElse("-"),
              row.plan()
                  .map(p -> p.primary() + p.contingency().map(c -> "/" + c).orElse(""))
                  .orElse("-"),
              row.becameLookedAfter().map(Object::toString).orElse("-"),
              row.nextReviewDue().map(Object::toString).orElse("-"),
              row.proceedingsWeek()
                  .map(
                      w ->
                          w
                              + "/"
                              + row.proceedingsWeeksAllowed().orElse(TrackerRow.PROCEEDINGS_WEEKS))
                  .orElse("-"),
              row.ploWeek().map(Object::toString).orElse("-"),
              row.lastPanel().map(a -> a.meetingOn() + " " + a.panel().id()).orElse("-"),
              row.nextPanel().map(a -> a.meetingOn() + " " + a.panel().id()).orElse("-"),
              row.openActions().size(),
              row.driftFlags().isEmpty()
                  ? "-"
                  : row.driftFlags().stream().map(Enum::name).collect(Collectors.joining(","))));
    }
    findings(text, tracker.findings());
    return text.toString();
  }

  /**
   * The drift report's summary: counts by kind and status, and by role to escalate to.
   *
   * @param report the report
   * @return the text
   */
  static String driftSummary(DriftReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Drift on ")
        .append(day(report.asOf()))
        .append(": ")
        .append(
            String.format(
                Locale.ROOT,
                "%,d overdue, %,d due soon; %,d met late (history); %,d data-quality finding(s)%n",
                report.countsByStatus().getOrDefault(DeadlineStatus.OVERDUE, 0),
                report.countsByStatus().getOrDefault(DeadlineStatus.DUE_SOON, 0),
                report.history().size(),
                report.findings().size()));
    for (Map.Entry<DriftKind, Integer> kind : report.countsByKind().entrySet()) {
      text.append(String.format(Locale.ROOT, "   %-24s %,7d%n", kind.getKey(), kind.getValue()));
    }
    Map<String, Long> byRule =
        report.items().stream()
            .collect(
                Collectors.groupingBy(
                    item ->
                        (item.kind() == DriftKind.ACTION_OVERDUE
                                ? "Actions agreed at panel, past their due day"
                                : item.title())
                            + " ("
                            + item.citation()
                            + ") -> "
                            + item.escalateTo().name(),
                    Collectors.counting()));
    if (!byRule.isEmpty()) {
      text.append("   most frequent, with the role to escalate to:\n");
      byRule.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(SUMMARY_LINES)
          .forEach(
              e ->
                  text.append(
                      String.format(Locale.ROOT, "   %,7d  %s%n", e.getValue(), e.getKey())));
    }
    return text.toString();
  }

  /**
   * The drift report: the summary, then every item.
   *
   * @param report the report
   * @return the text
   */
  static String drift(DriftReport report) {
    StringBuilder text = new StringBuilder(driftSummary(report));
    text.append('\n');
    for (DriftItem item : report.items()) {
      driftItem(text, item);
    }
    if (!report.history().isEmpty()) {
      text.append("\nMet late (history):\n");
      for (DriftItem item : report.history()) {
        driftItem(text, item);
      }
    }
    findings(text, report.findings());
    return text.toString();
  }

  private static void driftItem(StringBuilder text, DriftItem item) {
    text.append(
        String.format(
            Locale.ROOT,
            "%-9s %-18s %-24s due %s  %s (%s) -> %s%n",
            item.status(),
            item.child().id(),
            item.kind(),
            item.dueDate(),
            item.title(),
            item.citation(),
            item.escalateTo().name()));
  }

  /**
   * Why a child is or is not on each panel.
   *
   * @param authority the authority
   * @param explanation the explanation
   * @return the text
   */
  static String explanation(Authority authority, Explanation explanation) {
    StringBuilder text = new StringBuilder();
    text.append("Child ")
        .append(explanation.child())
        .append(" at ")
        .append(authority.name())
        .append(" on ")
        .append(day(explanation.asOf()))
        .append('\n');
    for (PanelExplanation panel : explanation.panels()) {
      text.append("\n== ")
          .append(panelName(authority, panel.panel()))
          .append(
              panel
                  .meeting()
                  .map(m -> ", next meeting " + day(m.date()) + " " + m.startTime())
                  .orElse(", no meeting scheduled"))
          .append(" (remits evaluated on ")
          .append(panel.evaluatedOn())
          .append(")\n");
      text.append(
          panel.listed().isEmpty()
              ? "   not listed\n"
              : "   LISTED under "
                  + panel.listed().stream()
                      .map(r -> r.heading().title())
                      .distinct()
                      .collect(Collectors.joining(", "))
                  + "\n");
      for (RemitDecision decision : panel.decisions()) {
        text.append("   ")
            .append(decision.isMet() ? "met     " : "not met ")
            .append(decision.remit())
            .append(": ")
            .append(decision.reason())
            .append(" (")
            .append(decision.citation())
            .append(")");
        decision
            .referral()
            .ifPresent(
                r ->
                    text.append(" [meeting from ")
                        .append(r.earliestMeeting())
                        .append(" before ")
                        .append(r.latestMeetingExclusive())
                        .append("]"));
        text.append('\n');
      }
      for (Exclusion exclusion : panel.exclusions()) {
        text.append("   excluded by ")
            .append(exclusion.policy())
            .append(": ")
            .append(exclusion.reason())
            .append(" (")
            .append(exclusion.citation())
            .append(")\n");
      }
    }
    findings(text, explanation.findings());
    return text.toString();
  }

  private static void findings(StringBuilder text, List<DataQualityFinding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    text.append("\nData-quality findings (").append(findings.size()).append("):\n");
    for (DataQualityFinding finding : findings) {
      text.append("   ")
          .append(finding.child())
          .append(", ")
          .append(finding.source())
          .append(": ")
          .append(finding.problem())
          .append(finding.citation().map(Citation::toString).map(c -> " (" + c + ")").orElse(""))
          .append('\n');
    }
  }
}
