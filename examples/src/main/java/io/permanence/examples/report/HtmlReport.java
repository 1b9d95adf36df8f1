package io.permanence.examples.report;

import static io.permanence.examples.report.Html.escape;

import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.evaluation.PanelExplanation;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page for panel papers: the agenda of each meeting with its paper
 * checklist, the tracker, the drift report, explanations and a timeline per child; printable (each
 * meeting and each child's timeline starts a new page in print) and readable without script.
 *
 * <p>The page has no script and loads nothing: its CSS is inline and it links only to its own
 * sections. Every text from data is escaped ({@link Html#escape}). Children are named by id only;
 * see the package documentation for what else is shown. Use {@link #builder} to choose the parts,
 * then {@link Builder#render()}.
 */
public final class HtmlReport {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK)
          .withZone(WorkingCalendars.LONDON);

  /** Days shown after the report's date on a timeline, so that coming deadlines are in view. */
  static final int TIMELINE_DAYS_AHEAD = 91;

  private static final String CSS =
      """
      :root{--ink:#1b1b1b;--muted:#555;--line:#c8c8c8;--ok:#1d6b2f;--bad:#a4161a;--warn:#8a5a00;\
      --band:#f3f3f3}
      *{box-sizing:border-box}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;\
      color:var(--ink);margin:0 auto;max-width:1200px;padding:24px}
      h1{font-size:24px;margin:0 0 4px}
      h2{font-size:20px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:32px}
      h3{font-size:17px;margin:20px 0 6px}
      h4{font-size:15px;margin:14px 0 4px}
      .meta,.cite,.muted{color:var(--muted)}
      .cite{font-size:12px}
      .privacy{border-left:4px solid var(--warn);padding:6px 10px;background:#fff8e6}
      nav ul{columns:2;padding-left:18px}
      table{border-collapse:collapse;width:100%;margin:6px 0 12px}
      th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
      th{background:var(--band)}
      td.num{text-align:right}
      .ok{color:var(--ok)}
      .missing,.overdue{color:var(--bad);font-weight:600}
      .soon{color:var(--warn);font-weight:600}
      ul.papers{list-style:none;margin:0;padding:0}
      .meeting,.child{border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin:14px 0}
      .empty{color:var(--muted);font-style:italic}
      .lanes{position:relative;margin:8px 0 4px}
      .lane{display:flex;align-items:center;height:22px;margin:3px 0}
      .lane .name{width:110px;flex:none;font-size:12px;color:var(--muted)}
      .track{position:relative;flex:1;height:18px;background:var(--band);border-radius:3px}
      .seg{position:absolute;top:0;height:18px;border-radius:3px;overflow:hidden;\
      white-space:nowrap;font-size:11px;line-height:18px;padding:0 3px;color:#fff;\
      border-right:1px solid #fff}
      .seg.legal{background:#2f5d8a}.seg.placement{background:#5b7f3a}
      .mark{position:absolute;top:1px;width:4px;height:16px;margin-left:-2px;border-radius:2px}
      .mark.plan{background:#6a3d9a}.mark.review{background:#1f78b4}.mark.panel{background:#444}
      .mark.deadline{background:var(--warn)}.mark.overdue{background:var(--bad)}
      .mark.today{background:#000;width:2px;margin-left:-1px;top:-3px;height:24px}
      .axis{display:flex;justify-content:space-between;margin-left:110px;font-size:11px;\
      color:var(--muted)}
      @media print{
        body{max-width:none;padding:0;font-size:11px}
        nav{display:none}
        .meeting,.child{page-break-before:always;break-before:page;border:none;padding:0}
        table,tr{page-break-inside:avoid;break-inside:avoid}
        .seg,.mark,.track,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        a{color:inherit;text-decoration:none}
      }
      """;

  private HtmlReport() {}

  /**
   * A builder of the page for an authority on a date.
   *
   * @param authority the authority
   * @param asOf the report's date
   * @return the builder
   */
  public static Builder builder(Authority authority, LocalDate asOf) {
    return new Builder(authority, asOf);
  }

  /** Chooses the parts of the page; each part is optional. Not thread-safe. */
  public static final class Builder {
    private final Authority authority;
    private final LocalDate asOf;
    private Optional<AgendaPlan> agendas = Optional.empty();
    private Optional<Tracker> tracker = Optional.empty();
    private Optional<DriftReport> drift = Optional.empty();
    private final List<Explanation> explanations = new ArrayList<>();
    private final List<CaseFile> timelines = new ArrayList<>();
    private Optional<String> source = Optional.empty();

    private Builder(Authority authority, LocalDate asOf) {
      this.authority = Objects.requireNonNull(authority, "authority");
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Adds the agendas, each with its paper checklist.
     *
     * @param plan the agenda plan
     * @return this builder
     */
    public Builder agendas(AgendaPlan plan) {
      this.agendas = Optional.of(plan);
      return this;
    }

    /**
     * Adds the tracker.
     *
     * @param value the tracker
     * @return this builder
     */
    public Builder tracker(Tracker value) {
      this.tracker = Optional.of(value);
      return this;
    }

    /**
     * Adds the drift report.
     *
     * @param report the report
     * @return this builder
     */
    public Builder drift(DriftReport report) {
      this.drift = Optional.of(report);
      return this;
    }

    /**
     * Adds an explanation of one child.
     *
     * @param explanation the explanation
     * @return this builder
     */
    public Builder explanation(Explanation explanation) {
      this.explanations.add(explanation);
      return this;
    }

    /**
     * Adds a timeline for each case file, in child id order.
     *
     * @param files the case files
     * @return this builder
     */
    public Builder timelines(Collection<CaseFile> files) {
      this.timelines.addAll(files);
      this.timelines.sort(Comparator.comparing(CaseFile::childId));
      return this;
    }

    /**
     * Says where the case files came from (shown in the header).
     *
     * @param description for example "embedded store ./.permanence/db"
     * @return this builder
     */
    public Builder source(String description) {
      this.source = Optional.of(description);
      return this;
    }

    /**
     * The page.
     *
     * @return the HTML text
     */
    public String render() {
      return new Renderer(this).render();
    }
  }

  private static final class Renderer {
    private final Builder b;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    Renderer(Builder builder) {
      this.b = builder;
    }

    String render() {
      String title = b.authority.name() + ": panel papers, " + DAY.format(b.asOf);
      out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"permanence\">\n")
          .append("<title>")
          .append(escape(title))
          .append("</title>\n<style>\n")
          .append(CSS)
          .append("</style>\n</head>\n<body>\n<header>\n<h1>")
          .append(escape(title))
          .append("</h1>\n<p class=\"meta\">Authority <code>")
          .append(escape(b.authority.id().id()))
          .append("</code>; evaluated on ")
          .append(escape(DAY.format(b.asOf)));
      b.source.ifPresent(s -> out.append("; case files from ").append(escape(s)));
      out.append(
          ".</p>\n<p class=\"privacy\">Official-sensitive. Children are named by case"
              + " id only; ages are in whole years on the report's date. No names, dates of"
              + " birth or addresses are in this report.</p>\n</header>\n");
      nav();
      b.agendas.ifPresent(this::agendas);
      b.tracker.ifPresent(this::tracker);
      b.drift.ifPresent(this::drift);
      b.explanations.forEach(this::explanation);
      if (!b.timelines.isEmpty()) {
        timelines();
      }
      out.append("<footer><p class=\"muted\">Made by permanence from the authority's terms of")
          .append(" reference and the statutory timescales; each reason cites its clause.")
          .append("</p></footer>\n</body>\n</html>\n");
      return out.toString();
    }

    private void nav() {
      out.append("<nav>\n<h2>Contents</h2>\n<ul>\n");
      b.agendas.ifPresent(
          plan -> {
            for (Agenda agenda : plan.agendas()) {
              link(
                  meetingAnchor(agenda),
                  panelName(agenda.panel()) + ", " + DAY.format(agenda.meetingDate()));
            }
          });
      b.tracker.ifPresent(t -> link("tracker", "Tracker"));
      b.drift.ifPresent(d -> link("drift", "Drift"));
      b.explanations.forEach(
          e -> link(Html.anchor("explain", e.child().id()), "Why: " + e.child().id()));
      if (!b.timelines.isEmpty()) {
        link("timelines", "Timelines (" + b.timelines.size() + ")");
      }
      out.append("</ul>\n</nav>\n");
    }

    private void link(String anchor, String text) {
      out.append("<li><a href=\"#")
          .append(anchor)
          .append("\">")
          .append(escape(text))
          .append("</a></li>\n");
    }

    private String panelName(PanelId panel) {
      return b.authority.panels().stream()
          .filter(p -> p.id().equals(panel))
          .map(Panel::name)
          .findFirst()
          .orElse(panel.id());
    }

    private static String meetingAnchor(Agenda agenda) {
      return Html.anchor("meeting", agenda.panel().id() + "-" + agenda.meetingDate());
    }

    private boolean hasTimeline(io.permanence.core.child.ChildId child) {
      return b.timelines.stream().anyMatch(f -> f.childId().equals(child));
    }

    private String childRef(io.permanence.core.child.ChildId child) {
      String id = escape(child.id());
      return hasTimeline(child)
          ? "<a href=\"#" + Html.anchor("child", child.id()) + "\">" + id + "</a>"
          : id;
    }

    // ------------------------------------------------------------------ agendas

    private void agendas(AgendaPlan plan) {
      out.append("<section id=\"agendas\">\n<h2>Agendas</h2>\n<p class=\"meta\">")
          .append(plan.agendas().size())
          .append(" meeting(s) from ")
          .append(escape(DAY.format(plan.startInclusive())))
          .append(" to ")
          .append(escape(DAY.format(plan.endExclusive().minusDays(1))))
          .append(".</p>\n");
      if (plan.agendas().isEmpty()) {
        out.append("<p class=\"empty\">No meeting in this period.</p>\n");
      }
      for (Agenda agenda : plan.agendas()) {
        agenda(agenda);
      }
      findings(plan.findings());
      out.append("</section>\n");
    }

    private void agenda(Agenda agenda) {
      out.append("<article class=\"meeting\" id=\"")
          .append(meetingAnchor(agenda))
          .append("\">\n<h3>")
          .append(escape(panelName(agenda.panel())))
          .append(", ")
          .append(escape(DAY.format(agenda.meetingDate())))
          .append(" at ")
          .append(escape(agenda.meeting().startTime().toString()))
          .append("</h3>\n<p class=\"meta\">");
      agenda
          .meeting()
          .movedFrom()
          .ifPresent(
              d ->
                  out.append("Moved from ")
                      .append(escape(DAY.format(d)))
                      .append(" (a bank holiday). "));
      out.append("Referrals and papers by ")
          .append(escape(DAY_TIME.format(agenda.referralCutOff())));
      agenda
          .agendaCirculated()
          .ifPresent(a -> out.append("; agenda circulated ").append(escape(DAY_TIME.format(a))));
      out.append(".</p>\n");
      for (AgendaSection section : agenda.sections()) {
        out.append("<h4>")
            .append(escape(section.heading().title()))
            .append(" <span class=\"cite\">")
            .append(escape(section.heading().citation().toString()))
            .append("</span></h4>\n");
        if (!section.heading().attendees().isEmpty()) {
          out.append("<p class=\"meta\">Attending: ")
              .append(
                  escape(
                      section.heading().attendees().stream()
                          .map(r -> r.name())
                          .collect(Collectors.joining(", "))))
              .append("</p>\n");
        }
        if (section.items().isEmpty()) {
          out.append("<p class=\"empty\">No child listed.</p>\n");
          continue;
        }
        out.append(
            "<table class=\"items\">\n<thead><tr><th>Child</th><th>Why listed</th>"
                + "<th>Papers (checklist)</th></tr></thead>\n<tbody>\n");
        for (AgendaItem item : section.items()) {
          item(item);
        }
        out.append("</tbody>\n</table>\n");
        if (!section.heading().questions().isEmpty()) {
          out.append("<p class=\"meta\">Questions for the panel:</p>\n<ol>\n");
          section
              .heading()
              .questions()
              .forEach(q -> out.append("<li>").append(escape(q)).append("</li>\n"));
          out.append("</ol>\n");
        }
      }
      if (!agenda.exclusions().isEmpty()) {
        out.append("<h4>Matched but not listed</h4>\n<table>\n<thead><tr><th>Child</th>")
            .append("<th>Remit</th><th>Why not</th></tr></thead>\n<tbody>\n");
        for (Exclusion exclusion : agenda.exclusions()) {
          out.append("<tr><td>")
              .append(childRef(exclusion.child()))
              .append("</td><td>")
              .append(escape(exclusion.remit()))
              .append("</td><td>")
              .append(escape(exclusion.reason()))
              .append(" <span class=\"cite\">")
              .append(escape(exclusion.citation().toString()))
              .append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</article>\n");
    }

    private void item(AgendaItem item) {
      out.append("<tr><td>").append(childRef(item.child()));
      item.siblingGroup()
          .ifPresent(
              g ->
                  out.append("<br><span class=\"muted\">siblings ")
                      .append(escape(g.id()))
                      .append("</span>"));
      out.append("</td><td><ul>");
      for (int i = 0; i < item.referrals().size(); i++) {
        out.append("<li>")
            .append(escape(item.reasons().get(i)))
            .append(" <span class=\"cite\">")
            .append(escape(item.citations().get(i).toString()))
            .append("</span></li>");
      }
      out.append("</ul></td><td><ul class=\"papers\">");
      for (PaperStatus paper : item.papers()) {
        out.append("<li class=\"")
            .append(paper.isOnFile() ? "ok" : "missing")
            .append("\">")
            .append(paper.isOnFile() ? "&#10003; " : "&#10007; ")
            .append(escape(paper.document().name()))
            .append(
                paper.onFileOn().map(d -> ": on file " + escape(d.toString())).orElse(": missing"))
            .append("</li>");
      }
      if (item.papers().isEmpty()) {
        out.append("<li class=\"muted\">none required</li>");
      }
      out.append("</ul></td></tr>\n");
    }

    // ------------------------------------------------------------------ tracker

    private void tracker(Tracker tracker) {
      out.append("<section id=\"tracker\">\n<h2>Tracker</h2>\n<p class=\"meta\">")
          .append(tracker.rows().size())
          .append(" child(ren) on ")
          .append(escape(DAY.format(tracker.asOf())))
          .append(".</p>\n<table>\n<thead><tr><th>Child</th><th>Legal status</th>")
          .append("<th>Plan (contingency)</th><th>In care since</th><th>Next review</th>")
          .append("<th>Proceedings week</th><th>PLO week</th><th>Last panel</th>")
          .append("<th>Next panel</th><th>Open actions</th><th>Overdue</th></tr></thead>\n")
          .append("<tbody>\n");
      for (TrackerRow row : tracker.rows()) {
        out.append("<tr><td>")
            .append(childRef(row.child()))
            .append("</td><td>")
            .append(
                escape(
                    row.legalStatus().map(Enum::name).orElse("not looked after")
                        + row.legalStatusSince().map(d -> " since " + d).orElse("")))
            .append("</td><td>")
            .append(escape(row.plan().map(HtmlReport::plan).orElse("none")))
            .append("</td><td>")
            .append(escape(row.becameLookedAfter().map(LocalDate::toString).orElse("")))
            .append("</td><td>")
            .append(escape(row.nextReviewDue().map(LocalDate::toString).orElse("")))
            .append("</td><td>")
            .append(
                escape(
                    row.proceedingsWeek()
                        .map(
                            w ->
                                w
                                    + " of "
                                    + row.proceedingsWeeksAllowed()
                                        .orElse(TrackerRow.PROCEEDINGS_WEEKS))
                        .orElse("")))
            .append("</td><td>")
            .append(escape(row.ploWeek().map(String::valueOf).orElse("")))
            .append("</td><td>")
            .append(escape(row.lastPanel().map(HtmlReport::appearance).orElse("")))
            .append("</td><td>")
            .append(escape(row.nextPanel().map(HtmlReport::appearance).orElse("")))
            .append("</td><td class=\"num\">")
            .append(row.openActions().size())
            .append("</td><td class=\"overdue\">")
            .append(
                escape(row.driftFlags().stream().map(Enum::name).collect(Collectors.joining(", "))))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      findings(tracker.findings());
      out.append("</section>\n");
    }

    // ------------------------------------------------------------------ drift

    private void drift(DriftReport report) {
      out.append("<section id=\"drift\">\n<h2>Drift</h2>\n<p class=\"meta\">")
          .append(report.countsByStatus().getOrDefault(DeadlineStatus.OVERDUE, 0))
          .append(" overdue, ")
          .append(report.countsByStatus().getOrDefault(DeadlineStatus.DUE_SOON, 0))
          .append(" due soon, ")
          .append(report.history().size())
          .append(" met late on ")
          .append(escape(DAY.format(report.asOf())))
          .append(".</p>\n");
      driftTable(report.items());
      findings(report.findings());
      out.append("</section>\n");
    }

    private void driftTable(List<DriftItem> items) {
      if (items.isEmpty()) {
        out.append("<p class=\"empty\">Nothing overdue or due soon.</p>\n");
        return;
      }
      out.append("<table>\n<thead><tr><th>Status</th><th>Child</th><th>What</th><th>Due</th>")
          .append("<th>Clause</th><th>Escalate to</th></tr></thead>\n<tbody>\n");
      for (DriftItem item : items) {
        out.append("<tr><td class=\"")
            .append(item.status() == DeadlineStatus.OVERDUE ? "overdue" : "soon")
            .append("\">")
            .append(escape(item.status().name()))
            .append("</td><td>")
            .append(childRef(item.child()))
            .append("</td><td>")
            .append(escape(item.title()))
            .append("</td><td>")
            .append(escape(item.dueDate().toString()))
            .append("</td><td class=\"cite\">")
            .append(escape(item.citation().toString()))
            .append("</td><td>")
            .append(escape(item.escalateTo().name()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    // ------------------------------------------------------------------ explanation

    private void explanation(Explanation explanation) {
      out.append("<section id=\"")
          .append(Html.anchor("explain", explanation.child().id()))
          .append("\">\n<h2>Why ")
          .append(childRef(explanation.child()))
          .append(" is or is not on each panel</h2>\n");
      for (PanelExplanation panel : explanation.panels()) {
        out.append("<h3>")
            .append(escape(panelName(panel.panel())))
            .append(
                escape(
                    panel
                        .meeting()
                        .map(m -> ", " + DAY.format(m.date()))
                        .orElse(" (no meeting scheduled)")))
            .append(": ")
            .append(panel.listed().isEmpty() ? "not listed" : "listed")
            .append("</h3>\n<table>\n<thead><tr><th>Remit</th><th>Decision</th>")
            .append("<th>Reason</th></tr></thead>\n<tbody>\n");
        for (RemitDecision decision : panel.decisions()) {
          out.append("<tr><td>")
              .append(escape(decision.remit()))
              .append("</td><td class=\"")
              .append(decision.isMet() ? "ok" : "muted")
              .append("\">")
              .append(decision.isMet() ? "met" : "not met")
              .append("</td><td>")
              .append(escape(decision.reason()))
              .append(" <span class=\"cite\">")
              .append(escape(decision.citation().toString()))
              .append("</span></td></tr>\n");
        }
        for (Exclusion exclusion : panel.exclusions()) {
          out.append("<tr><td>")
              .append(escape(exclusion.remit()))
              .append("</td><td class=\"missing\">excluded</td><td>")
              .append(escape(exclusion.reason()))
              .append(" <span class=\"cite\">")
              .append(escape(exclusion.citation().toString()))
              .append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      findings(explanation.findings());
      out.append("</section>\n");
    }

    // ------------------------------------------------------------------ timelines

    private void timelines() {
      out.append("<section id=\"timelines\">\n<h2>Timelines</h2>\n");
      for (CaseFile file : b.timelines) {
        timeline(file);
      }
      out.append("</section>\n");
    }

    private void timeline(CaseFile file) {
      List<Event> events = events(file);
      out.append("<article class=\"child\" id=\"")
          .append(Html.anchor("child", file.childId().id()))
          .append("\">\n<h3>")
          .append(escape(file.childId().id()))
          .append("</h3>\n<p class=\"meta\">");
      file.child()
          .findAgeOn(b.asOf)
          .ifPresentOrElse(
              age -> out.append("Age ").append(age).append(" on the report's date"),
              () -> out.append("Unborn on the report's date"));
      file.child()
          .siblingGroup()
          .ifPresent(g -> out.append("; sibling group ").append(escape(g.id())));
      file.findLegalStatusOn(b.asOf)
          .ifPresent(ls -> out.append("; legal status ").append(escape(ls.code().name())));
      out.append(".</p>\n");
      lanes(file, events);
      out.append("<table class=\"events\">\n<thead><tr><th>Date</th><th>What</th>")
          .append("<th>Detail</th></tr></thead>\n<tbody>\n");
      for (Event event : events) {
        out.append("<tr><td>")
            .append(escape(event.date.toString()))
            .append("</td><td>")
            .append(escape(event.kind))
            .append("</td><td")
            .append(event.cssClass.isEmpty() ? "" : " class=\"" + event.cssClass + "\"")
            .append(">")
            .append(escape(event.detail))
            .append("</td></tr>\n");
      }
      if (events.isEmpty()) {
        out.append("<tr><td colspan=\"3\" class=\"empty\">No records.</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</article>\n");
    }

    /** The bars (legal status, placements) and markers on a common date axis. */
    private void lanes(CaseFile file, List<Event> events) {
      LocalDate end = b.asOf.plusDays(TIMELINE_DAYS_AHEAD);
      LocalDate start =
          events.stream().map(e -> e.date).min(Comparator.naturalOrder()).orElse(b.asOf);
      if (!start.isBefore(end.minusDays(30))) {
        start = end.minusDays(365);
      }
      for (Event event : events) {
        if (event.date.isAfter(end)) {
          end = event.date;
        }
      }
      Axis axis = new Axis(start, end);
      out.append("<div class=\"lanes\" aria-hidden=\"true\">\n");
      out.append(
          "<div class=\"lane\"><span class=\"name\">Legal status</span><div class=\"track\">");
      for (LegalStatusPeriod period : file.legalStatusPeriods()) {
        segment(axis, period.start(), period.end().orElse(b.asOf), "legal", period.code().name());
      }
      today(axis);
      out.append("</div></div>\n");
      out.append("<div class=\"lane\"><span class=\"name\">Placements</span><div class=\"track\">");
      for (Placement placement : file.placements()) {
        segment(
            axis,
            placement.start(),
            placement.end().orElse(b.asOf),
            "placement",
            placement.code().name());
      }
      today(axis);
      out.append("</div></div>\n");
      markerLane(axis, "Plans", events, "Plan", "plan");
      markerLane(axis, "Reviews", events, "Review", "review");
      markerLane(axis, "Panels", events, "Panel", "panel");
      markerLane(axis, "Deadlines", events, "Deadline", "deadline");
      out.append("</div>\n<div class=\"axis\"><span>")
          .append(escape(start.toString()))
          .append("</span><span>today ")
          .append(escape(b.asOf.toString()))
          .append("</span><span>")
          .append(escape(end.toString()))
          .append("</span></div>\n");
    }

    private void markerLane(Axis axis, String name, List<Event> events, String kind, String css) {
      out.append("<div class=\"lane\"><span class=\"name\">")
          .append(name)
          .append("</span><div class=\"track\">");
      for (Event event : events) {
        if (event.kind.startsWith(kind)) {
          String cls = css + (event.cssClass.equals("overdue") ? " overdue" : "");
          out.append("<span class=\"mark ")
              .append(cls)
              .append("\" style=\"left:")
              .append(axis.percent(event.date))
              .append("%\" title=\"")
              .append(escape(event.date + " " + event.detail))
              .append("\"></span>");
        }
      }
      today(axis);
      out.append("</div></div>\n");
    }

    private void today(Axis axis) {
      out.append("<span class=\"mark today\" style=\"left:")
          .append(axis.percent(b.asOf))
          .append("%\"></span>");
    }

    private void segment(Axis axis, LocalDate from, LocalDate to, String css, String label) {
      String left = axis.percent(from);
      String width = axis.width(from, to);
      out.append("<span class=\"seg ")
          .append(css)
          .append("\" style=\"left:")
          .append(left)
          .append("%;width:")
          .append(width)
          .append("%\" title=\"")
          .append(escape(label + " " + from + " to " + to))
          .append("\">")
          .append(escape(label))
          .append("</span>");
    }

    private List<Event> events(CaseFile file) {
      List<Event> events = new ArrayList<>();
      for (LegalStatusPeriod period : file.legalStatusPeriods()) {
        events.add(
            new Event(
                period.start(),
                "Legal status",
                period.code().name() + " began: " + period.code().description(),
                ""));
        period
            .end()
            .ifPresent(
                end ->
                    events.add(
                        new Event(end, "Legal status", period.code().name() + " ended", "")));
      }
      for (Placement placement : file.placements()) {
        events.add(
            new Event(
                placement.start(),
                "Placement",
                placement.code().name() + " began: " + placement.code().description(),
                ""));
        placement
            .end()
            .ifPresent(
                end ->
                    events.add(
                        new Event(end, "Placement", placement.code().name() + " ended", "")));
      }
      for (PermanencePlan plan : file.plans()) {
        events.add(new Event(plan.recordedOn(), "Plan", "recorded: " + plan(plan), ""));
        plan.ratifiedOn()
            .ifPresent(d -> events.add(new Event(d, "Plan", "ratified: " + plan(plan), "ok")));
      }
      for (LookedAfterReview review : file.reviews()) {
        events.add(new Event(review.date(), "Review", "looked-after review held", ""));
      }
      for (PanelAppearance appearance : file.panelAppearances()) {
        events.add(
            new Event(
                appearance.meetingOn(),
                "Panel",
                panelName(appearance.panel())
                    + ", "
                    + appearance.heading()
                    + appearance.outcome().map(o -> ": " + o).orElse(""),
                ""));
      }
      EvaluationContext context =
          EvaluationContext.of(b.asOf, b.authority.calendar(), b.authority.settings());
      for (CaseDeadlineRule rule : b.authority.deadlineRules()) {
        List<Deadline> deadlines;
        try {
          deadlines = rule.deadlinesFor(file, context);
        } catch (RuntimeException e) {
          events.add(
              new Event(
                  b.asOf,
                  "Deadline",
                  "could not be worked out by rule '" + rule.name() + "' (see the findings)",
                  "missing"));
          continue;
        }
        for (Deadline deadline : deadlines) {
          DeadlineStatus status = deadline.status(b.asOf);
          events.add(
              new Event(
                  deadline.dueDate(),
                  "Deadline",
                  deadline.name()
                      + ": "
                      + status.name().replace('_', ' ').toLowerCase(Locale.ROOT)
                      + deadline.metOn().map(d -> " (met " + d + ")").orElse("")
                      + " - "
                      + deadline.citation(),
                  switch (status) {
                    case OVERDUE -> "overdue";
                    case DUE_SOON -> "soon";
                    case MET -> "ok";
                    default -> "";
                  }));
        }
      }
      events.sort(Comparator.comparing((Event e) -> e.date).thenComparing(e -> e.kind));
      return events;
    }

    private void findings(List<DataQualityFinding> findings) {
      if (findings.isEmpty()) {
        return;
      }
      out.append("<h3>Data-quality findings</h3>\n<ul>\n");
      for (DataQualityFinding finding : findings) {
        out.append("<li>")
            .append(childRef(finding.child()))
            .append(", ")
            .append(escape(finding.source()))
            .append(": ")
            .append(escape(finding.problem()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  private static String plan(PermanencePlan plan) {
    return plan.primary().name() + plan.contingency().map(c -> " (" + c.name() + ")").orElse("");
  }

  private static String appearance(PanelAppearance appearance) {
    return appearance.meetingOn() + " " + appearance.panel().id();
  }

  /** One dated entry of a child's timeline. */
  private record Event(LocalDate date, String kind, String detail, String cssClass) {}

  /** Maps dates to percentages of a date range. */
  private record Axis(LocalDate start, LocalDate end) {
    String percent(LocalDate date) {
      return format(100.0 * clamp(days(date)) / Math.max(1, days(end)));
    }

    String width(LocalDate from, LocalDate to) {
      double width = 100.0 * (clamp(days(to)) - clamp(days(from))) / Math.max(1, days(end));
      return format(Math.max(0.3, width));
    }

    private long days(LocalDate date) {
      return ChronoUnit.DAYS.between(start, date);
    }

    private long clamp(long days) {
      return Math.max(0, Math.min(days, days(end)));
    }

    private static String format(double value) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
  }
}
