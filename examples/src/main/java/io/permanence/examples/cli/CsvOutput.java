package io.permanence.examples.cli;

import io.permanence.core.Citation;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.evaluation.PanelExplanation;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PaperStatus;
import io.permanence.csv.write.SafeCsvWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV form of the engine's results, one row per item, written with {@link SafeCsvWriter} (so a
 * cell that a spreadsheet would run as a formula is neutralised). Child ids only.
 */
final class CsvOutput {

  private CsvOutput() {}

  /**
   * One row per agenda item (listed) and per exclusion (not listed).
   *
   * @param authority the authority
   * @param plan the plan
   * @return the CSV text
   */
  static String agendas(Authority authority, AgendaPlan plan) {
    StringWriter text = new StringWriter();
    try (SafeCsvWriter csv =
        SafeCsvWriter.of(
            text,
            List.of(
                "meeting_date",
                "start_time",
                "panel",
                "status",
                "heading",
                "child",
                "sibling_group",
                "remits",
                "reasons",
                "citations",
                "papers_on_file",
                "papers_missing"))) {
      for (Agenda agenda : plan.agendas()) {
        for (AgendaItem item : agenda.items()) {
          csv.row()
              .date(agenda.meetingDate())
              .text(agenda.meeting().startTime().toString())
              .text(agenda.panel().id())
              .text("listed")
              .text(item.heading().title())
              .text(item.child().id())
              .optionalText(item.siblingGroup().map(g -> g.id()))
              .text(String.join("; ", item.remits()))
              .text(String.join("; ", item.reasons()))
              .text(citations(item.citations()))
              .text(papers(item.papers(), true))
              .text(papers(item.papers(), false))
              .end();
        }
        for (Exclusion exclusion : agenda.exclusions()) {
          csv.row()
              .date(agenda.meetingDate())
              .text(agenda.meeting().startTime().toString())
              .text(agenda.panel().id())
              .text("excluded")
              .empty()
              .text(exclusion.child().id())
              .empty()
              .text(exclusion.remit())
              .text(exclusion.reason())
              .text(exclusion.citation().toString())
              .empty()
              .empty()
              .end();
        }
      }
    }
    return text.toString();
  }

  private static String citations(List<Citation> citations) {
    return citations.stream().map(Citation::toString).collect(Collectors.joining("; "));
  }

  private static String papers(List<PaperStatus> papers, boolean onFile) {
    return papers.stream()
        .filter(p -> p.isOnFile() == onFile)
        .map(p -> p.document().id() + p.onFileOn().map(d -> " " + d).orElse(""))
        .collect(Collectors.joining("; "));
  }

  /**
   * One row per tracked child.
   *
   * @param tracker the tracker
   * @return the CSV text
   */
  static String tracker(Tracker tracker) {
    StringWriter text = new StringWriter();
    try (SafeCsvWriter csv =
        SafeCsvWriter.of(
            text,
            List.of(
                "child",
                "legal_status",
                "legal_status_since",
                "plan_primary",
                "plan_contingency",
                "became_looked_after",
                "next_review_due",
                "proceedings_week",
                "proceedings_weeks_allowed",
                "plo_week",
                "last_panel",
                "last_panel_on",
                "next_panel",
                "next_panel_on",
                "open_actions",
                "next_action_due",
                "overdue_flags"))) {
      for (TrackerRow row : tracker.rows()) {
        SafeCsvWriter.RowWriter line = csv.row();
        line.text(row.child().id())
            .optionalText(row.legalStatus().map(Enum::name))
            .optionalDate(row.legalStatusSince())
            .optionalText(row.plan().map(p -> p.primary().name()))
            .optionalText(row.plan().flatMap(p -> p.contingency()).map(Enum::name))
            .optionalDate(row.becameLookedAfter())
            .optionalDate(row.nextReviewDue());
        integer(line, row.proceedingsWeek());
        integer(line, row.proceedingsWeeksAllowed());
        integer(line, row.ploWeek());
        line.optionalText(row.lastPanel().map(a -> a.panel().id()))
            .optionalDate(row.lastPanel().map(a -> a.meetingOn()))
            .optionalText(row.nextPanel().map(a -> a.panel().id()))
            .optionalDate(row.nextPanel().map(a -> a.meetingOn()))
            .integer(row.openActions().size())
            .optionalDate(row.openActions().stream().map(a -> a.dueOn()).min(Comparable::compareTo))
            .text(row.driftFlags().stream().map(Enum::name).collect(Collectors.joining("; ")))
            .end();
      }
    }
    return text.toString();
  }

  private static void integer(SafeCsvWriter.RowWriter line, java.util.Optional<Integer> value) {
    if (value.isPresent()) {
      line.integer(value.get());
    } else {
      line.empty();
    }
  }

  /**
   * One row per drift item, then one per deadline met late (status MET_LATE).
   *
   * @param report the report
   * @return the CSV text
   */
  static String drift(DriftReport report) {
    StringWriter text = new StringWriter();
    try (SafeCsvWriter csv =
        SafeCsvWriter.of(
            text,
            List.of(
                "status",
                "child",
                "kind",
                "title",
                "due_date",
                "citation",
                "escalate_to",
                "detail"))) {
      for (List<DriftItem> items : List.of(report.items(), report.history())) {
        for (DriftItem item : items) {
          csv.row()
              .text(item.status().name())
              .text(item.child().id())
              .text(item.kind().name())
              .text(item.title())
              .date(item.dueDate())
              .text(item.citation().toString())
              .text(item.escalateTo().id())
              .text(item.detail())
              .end();
        }
      }
    }
    return text.toString();
  }

  /**
   * One row per remit decision and per exclusion.
   *
   * @param explanation the explanation
   * @return the CSV text
   */
  static String explanation(Explanation explanation) {
    StringWriter text = new StringWriter();
    try (SafeCsvWriter csv =
        SafeCsvWriter.of(
            text,
            List.of(
                "child",
                "panel",
                "meeting_date",
                "evaluated_on",
                "remit",
                "decision",
                "reason",
                "citation"))) {
      for (PanelExplanation panel : explanation.panels()) {
        for (RemitDecision decision : panel.decisions()) {
          csv.row()
              .text(explanation.child().id())
              .text(panel.panel().id())
              .optionalDate(panel.meeting().map(m -> m.date()))
              .date(panel.evaluatedOn())
              .text(decision.remit())
              .text(decision.isMet() ? "met" : "not met")
              .text(decision.reason())
              .text(decision.citation().toString())
              .end();
        }
        for (Exclusion exclusion : panel.exclusions()) {
          csv.row()
              .text(explanation.child().id())
              .text(panel.panel().id())
              .optionalDate(panel.meeting().map(m -> m.date()))
              .date(panel.evaluatedOn())
              .text(exclusion.remit())
              .text("excluded: " + exclusion.policy())
              .text(exclusion.reason())
              .text(exclusion.citation().toString())
              .end();
        }
      }
    }
    return text.toString();
  }
}
