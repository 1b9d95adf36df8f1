package io.permanence.csv.export;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.evaluation.PanelExplanation;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.csv.write.CsvExport;
import io.permanence.csv.write.Pseudonymiser;
import io.permanence.csv.write.SafeCsvWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The CSV exports of the engine's results: agendas, the tracker, the drift report, exclusions and
 * data-quality findings, each with stable, documented columns (the module's README gives them with
 * an example row each).
 *
 * <pre>{@code
 * AgendaPlan plan = evaluator.agendas(caseFiles, from, to);
 * try (OutputStream out = Files.newOutputStream(dir.resolve("agendas.csv"))) {
 *   CsvExports.agenda(evaluator.authority().id(), plan, out, ExportOptions.defaults());
 * }
 * CsvExports.tracker(tracker, out, ExportOptions.pseudonymised(Pseudonymiser.of(key)));
 * }</pre>
 *
 * <p>Every export writes UTF-8 (with a byte order mark if {@link ExportOptions#byteOrderMark()}),
 * RFC 4180 quoting, CRLF line ends and the header first, through {@link SafeCsvWriter}: every text
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe. Dates are ISO {@code yyyy-mm-dd}; numbers are digits. In one cell, lists of
 * ids and codes are separated by {@code ;} and lists of free text have one entry per line (the cell
 * is quoted). An absent value is an empty cell. Column names never change meaning; new columns are
 * only ever added at the end. Each method closes the stream when done and returns the number of
 * rows written, without the header. The class is stateless and thread-safe.
 */
public final class CsvExports {

  /** The agenda's columns: one row per child listed, per heading, per meeting. */
  public static final List<String> AGENDA_COLUMNS = agendaLayout(Optional.empty()).header();

  /** The tracker's columns: one row per child, every {@link TrackerRow} field. */
  public static final List<String> TRACKER_COLUMNS = trackerLayout(Optional.empty()).header();

  /** The drift report's columns: one row per drift item. */
  public static final List<String> DRIFT_COLUMNS = driftLayout(Optional.empty()).header();

  /** The exclusions' columns: one row per exclusion. */
  public static final List<String> EXCLUSION_COLUMNS = exclusionLayout(Optional.empty()).header();

  /** The data-quality findings' columns: one row per finding. */
  public static final List<String> FINDING_COLUMNS = findingLayout(Optional.empty()).header();

  private CsvExports() {}

  /** One row of the agenda export: an item under its heading in one meeting's agenda. */
  private record AgendaLine(
      AuthorityId authority,
      Agenda agenda,
      int headingOrder,
      AgendaSection section,
      AgendaItem item) {}

  /** One row of the exclusions export: the exclusion and the meeting it keeps the child from. */
  private record ExclusionLine(Exclusion exclusion, Optional<LocalDate> meetingDate) {}

  // ------------------------------------------------------------------ agenda

  /**
   * Writes the agendas of a plan: one row per child listed, in the order of the plan's agendas
   * (meeting start, then panel), their headings and their items.
   *
   * @param authority the authority whose panels the plan is for (the plan does not name it)
   * @param plan the agendas
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long agenda(
      AuthorityId authority, AgendaPlan plan, OutputStream out, ExportOptions options) {
    checkArgument(authority != null, "authority must not be null");
    checkArgument(plan != null, "plan must not be null");
    List<AgendaLine> lines = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (int i = 0; i < agenda.sections().size(); i++) {
        AgendaSection section = agenda.sections().get(i);
        for (AgendaItem item : section.items()) {
          lines.add(new AgendaLine(authority, agenda, i + 1, section, item));
        }
      }
    }
    return write(agendaLayout(pseudonymiser(options)), lines, out, options);
  }

  private static CsvExport<AgendaLine> agendaLayout(Optional<Pseudonymiser> p) {
    return CsvExport.<AgendaLine>builder()
        .text("authority", line -> line.authority().id())
        .text("panel", line -> line.agenda().panel().id())
        .date("meeting_date", line -> line.agenda().meetingDate())
        .text("start_time", line -> Cells.TIME.format(line.agenda().meeting().startTime()))
        .text("referral_cut_off", line -> Cells.londonDateTime(line.agenda().referralCutOff()))
        .integer("heading_order", AgendaLine::headingOrder)
        .text("heading_id", line -> line.section().heading().id())
        .text("heading_title", line -> line.section().heading().title())
        .childId("child_id", line -> line.item().child())
        .optionalText(
            "sibling_group", line -> line.item().siblingGroup().map(g -> Cells.id(g.id(), p)))
        .text(
            "reasons",
            line ->
                Cells.scrub(Cells.lines(line.item().reasons().stream()), line.item().child(), p))
        .text(
            "citations",
            line -> Cells.lines(line.item().citations().stream().map(Citation::toString)))
        .text("questions", line -> Cells.lines(line.item().questions().stream()))
        .text(
            "papers_missing",
            line ->
                Cells.ids(
                    line.item().papers().stream()
                        .filter(paper -> !paper.isOnFile())
                        .map(paper -> paper.document().id())))
        .text(
            "papers_on_file",
            line ->
                Cells.ids(
                    line.item().papers().stream()
                        .filter(PaperStatus::isOnFile)
                        .map(paper -> paper.document().id() + ":" + paper.onFileOn().get())))
        .text("attendee_roles", line -> Cells.ids(line.item().attendees().stream().map(Role::id)))
        .build();
  }

  // ------------------------------------------------------------------ tracker

  /**
   * Writes a tracker: one row per child, in the tracker's order (by child id).
   *
   * @param tracker the tracker
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long tracker(Tracker tracker, OutputStream out, ExportOptions options) {
    checkArgument(tracker != null, "tracker must not be null");
    return write(trackerLayout(pseudonymiser(options)), tracker.rows(), out, options);
  }

  private static CsvExport<TrackerRow> trackerLayout(Optional<Pseudonymiser> p) {
    return CsvExport.<TrackerRow>builder()
        .childId("child_id", TrackerRow::child)
        .optionalText("legal_status", row -> row.legalStatus().map(LegalStatusCode::code))
        .optionalDate("legal_status_since", TrackerRow::legalStatusSince)
        .optionalText("plan_primary", row -> row.plan().map(plan -> plan.primary().name()))
        .optionalText(
            "plan_contingency",
            row -> row.plan().flatMap(PermanencePlan::contingency).map(Enum::name))
        .optionalDate("plan_recorded_on", row -> row.plan().map(PermanencePlan::recordedOn))
        .optionalDate("plan_ratified_on", row -> row.plan().flatMap(PermanencePlan::ratifiedOn))
        .optionalDate("became_looked_after", TrackerRow::becameLookedAfter)
        .optionalDate("next_review_due", TrackerRow::nextReviewDue)
        .optionalInteger("proceedings_week", TrackerRow::proceedingsWeek)
        .optionalInteger("proceedings_weeks_allowed", TrackerRow::proceedingsWeeksAllowed)
        .optionalInteger("plo_week", TrackerRow::ploWeek)
        .optionalText("last_panel", row -> row.lastPanel().map(a -> a.panel().id()))
        .optionalDate("last_panel_on", row -> row.lastPanel().map(PanelAppearance::meetingOn))
        .optionalText("last_panel_heading", row -> row.lastPanel().map(PanelAppearance::heading))
        .optionalText(
            "last_panel_outcome",
            row -> row.lastPanel().flatMap(PanelAppearance::outcome).map(o -> scrub(o, row, p)))
        .optionalText("next_panel", row -> row.nextPanel().map(a -> a.panel().id()))
        .optionalDate("next_panel_on", row -> row.nextPanel().map(PanelAppearance::meetingOn))
        .optionalText("next_panel_heading", row -> row.nextPanel().map(PanelAppearance::heading))
        .integer("open_action_count", row -> row.openActions().size())
        .text(
            "open_actions",
            row -> scrub(Cells.lines(row.openActions().stream().map(CsvExports::action)), row, p))
        .text("drift_flags", row -> Cells.ids(row.driftFlags().stream().map(Enum::name)))
        .integer("drift_count", row -> row.drift().size())
        .text(
            "drift", row -> scrub(Cells.lines(row.drift().stream().map(CsvExports::drift)), row, p))
        .build();
  }

  /** {@code A-301: convene-review, owner iro, due 2026-04-30}. */
  private static String action(PanelAction action) {
    return action.id().id()
        + ": "
        + action.type().id()
        + ", owner "
        + action.owner().id()
        + ", due "
        + action.dueOn();
  }

  /** {@code 2026-03-02 OVERDUE REVIEW: Initial review}. */
  private static String drift(DriftItem item) {
    return item.dueDate() + " " + item.status() + " " + item.kind() + ": " + item.title();
  }

  private static String scrub(String text, TrackerRow row, Optional<Pseudonymiser> p) {
    return Cells.scrub(text, row.child(), p);
  }

  // ------------------------------------------------------------------ drift

  /**
   * Writes a drift report: one row per item, the overdue and due-soon {@linkplain
   * DriftReport#items() items} first, then the deadlines met late ({@linkplain
   * DriftReport#history() history}, status {@code MET_LATE}), each part in the report's order (due
   * date, child, kind, title). The items' detail is left out: it may identify the child.
   *
   * @param report the drift report
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long drift(DriftReport report, OutputStream out, ExportOptions options) {
    checkArgument(report != null, "report must not be null");
    List<DriftItem> items = new ArrayList<>(report.items().size() + report.history().size());
    items.addAll(report.items());
    items.addAll(report.history());
    return write(driftLayout(pseudonymiser(options)), items, out, options);
  }

  private static CsvExport<DriftItem> driftLayout(Optional<Pseudonymiser> p) {
    return CsvExport.<DriftItem>builder()
        .childId("child_id", DriftItem::child)
        .text("kind", item -> item.kind().name())
        .text("title", item -> Cells.scrub(item.title(), item.child(), p))
        .date("due_date", DriftItem::dueDate)
        .text("status", item -> item.status().name())
        .text("citation", item -> item.citation().toString())
        .text("escalate_to", item -> item.escalateTo().id())
        .build();
  }

  // ------------------------------------------------------------------ exclusions

  /**
   * Writes the exclusions of a plan's agendas: one row per child kept off a meeting's agenda, in
   * the order of the agendas.
   *
   * @param plan the agendas
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long exclusions(AgendaPlan plan, OutputStream out, ExportOptions options) {
    checkArgument(plan != null, "plan must not be null");
    List<ExclusionLine> lines = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (Exclusion exclusion : agenda.exclusions()) {
        lines.add(new ExclusionLine(exclusion, Optional.of(agenda.meetingDate())));
      }
    }
    return write(exclusionLayout(pseudonymiser(options)), lines, out, options);
  }

  /**
   * Writes the exclusions of one child's explanation: one row per exclusion, panel by panel in the
   * authority's order; the meeting date is empty where the panel has no meeting to consider.
   *
   * @param explanation the explanation
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long exclusions(Explanation explanation, OutputStream out, ExportOptions options) {
    checkArgument(explanation != null, "explanation must not be null");
    List<ExclusionLine> lines = new ArrayList<>();
    for (PanelExplanation panel : explanation.panels()) {
      for (Exclusion exclusion : panel.exclusions()) {
        lines.add(new ExclusionLine(exclusion, panel.meeting().map(ScheduledMeeting::date)));
      }
    }
    return write(exclusionLayout(pseudonymiser(options)), lines, out, options);
  }

  private static CsvExport<ExclusionLine> exclusionLayout(Optional<Pseudonymiser> p) {
    return CsvExport.<ExclusionLine>builder()
        .childId("child_id", line -> line.exclusion().child())
        .text("panel", line -> line.exclusion().panel().id())
        .optionalDate("meeting_date", ExclusionLine::meetingDate)
        .text("remit", line -> line.exclusion().remit())
        .text("policy", line -> line.exclusion().policy())
        .text("reason", line -> Cells.scrub(line.exclusion().reason(), line.exclusion().child(), p))
        .text("citation", line -> line.exclusion().citation().toString())
        .build();
  }

  // ------------------------------------------------------------------ findings

  /**
   * Writes data-quality findings (from an {@link AgendaPlan}, {@link Tracker}, {@link DriftReport}
   * or {@link Explanation}): one row per finding, in the order given.
   *
   * @param findings the findings
   * @param out where to write; closed when done
   * @param options pseudonymisation and byte order mark
   * @return the number of rows written
   */
  public static long findings(
      Collection<DataQualityFinding> findings, OutputStream out, ExportOptions options) {
    checkArgument(findings != null, "findings must not be null");
    return write(findingLayout(pseudonymiser(options)), findings, out, options);
  }

  private static CsvExport<DataQualityFinding> findingLayout(Optional<Pseudonymiser> p) {
    return CsvExport.<DataQualityFinding>builder()
        .childId("child_id", DataQualityFinding::child)
        .text("source", finding -> Cells.scrub(finding.source(), finding.child(), p))
        .text("problem", finding -> Cells.scrub(finding.problem(), finding.child(), p))
        .optionalText("citation", finding -> finding.citation().map(Citation::toString))
        .build();
  }

  // ------------------------------------------------------------------ writing

  private static Optional<Pseudonymiser> pseudonymiser(ExportOptions options) {
    checkArgument(options != null, "options must not be null");
    return options.pseudonymiser();
  }

  private static <T> long write(
      CsvExport<T> layout, Iterable<? extends T> rows, OutputStream out, ExportOptions options) {
    checkArgument(out != null, "out must not be null");
    CsvExport<T> export = options.pseudonymiser().map(layout::withPseudonymiser).orElse(layout);
    try (SafeCsvWriter csv =
        options.byteOrderMark()
            ? SafeCsvWriter.withByteOrderMark(out, export.header())
            : SafeCsvWriter.of(out, export.header())) {
      return export.writeRows(rows, csv);
    }
  }
}
