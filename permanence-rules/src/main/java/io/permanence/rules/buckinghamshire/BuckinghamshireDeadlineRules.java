package io.permanence.rules.buckinghamshire;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Buckinghamshire's own deadlines ("cases that are due to come to the panels must not be delayed",
 * §4 ¶2): the PLO reviews in weeks 6 and 12, checkpoint 1 within 14 days of the case management
 * hearing, and the permanence planning meeting before the second Children in Care review.
 *
 * <p>Each deadline is met ({@link Deadline#metOn()}) on the child's first hearing under the heading
 * (a panel appearance on or after the start of the window, by the context's date), so a late
 * hearing is drift history ({@code MET_LATE}).
 */
public final class BuckinghamshireDeadlineRules {

  private BuckinghamshireDeadlineRules() {}

  /** Every rule, in the document's order. */
  public static ImmutableList<CaseDeadlineRule> all() {
    return ImmutableList.of(ploReviews(), checkpoint1(), permanencePlanningMeeting());
  }

  /**
   * §6 consider(h), (i): each PLO review due by the last day of its PLO week (week 1 beginning with
   * the PLO start date: "6 weeks beginning with" it, I-BUC-06); met on the first hearing under its
   * heading from the first day of that week.
   *
   * @return the rule
   */
  public static CaseDeadlineRule ploReviews() {
    return new Rule("PLO review", BuckinghamshirePanels.cite("§6 consider(h)")) {
      @Override
      public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
        Optional<PreProceedings> stage = file.findPreProceedingsOn(context.asOf());
        if (stage.isEmpty()) {
          return List.of();
        }
        LocalDate start =
            PloWeeks.startOf(
                stage.get(), context.settings().get(BuckinghamshireSettings.PLO_START_EVENT));
        List<Integer> weeks = context.settings().get(BuckinghamshireSettings.PLO_REVIEW_WEEKS);
        String[] headings = {"plo-week-6", "plo-week-12"};
        String[] clauses = {"§6 consider(h)", "§6 consider(i)"};
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
          int week = weeks.get(i);
          deadlines.add(
              DeadlineRule.of(
                      "PLO review at week " + week,
                      "PLO start (week 1)",
                      Timescale.weeksBeginningWith(week),
                      BuckinghamshirePanels.cite(clauses[i]))
                  .deadlineFrom(start, context.calendar())
                  .withMetOn(
                      findHeardOn(
                          file,
                          BuckinghamshirePanels.LEGAL_PLANNING,
                          headings[i],
                          PloWeeks.weekStart(start, week),
                          context.asOf())));
        }
        return deadlines;
      }
    };
  }

  /**
   * §7 consider(a): checkpoint 1 heard within 14 days of the case management hearing (I-BUC-24);
   * met on the first checkpoint recorded in the proceedings, or hearing under the heading, from the
   * case management hearing.
   *
   * @return the rule
   */
  public static CaseDeadlineRule checkpoint1() {
    return new Rule("Checkpoint 1", BuckinghamshirePanels.cite("§7 consider(a)")) {
      @Override
      public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
        Optional<CareProceedings> proceedings = file.findCareProceedingsOn(context.asOf());
        if (proceedings.isEmpty() || proceedings.get().caseManagementHearingOn().isEmpty()) {
          return List.of();
        }
        LocalDate hearing = proceedings.get().caseManagementHearingOn().get();
        if (hearing.isAfter(context.asOf())) {
          return List.of();
        }
        Optional<LocalDate> held =
            proceedings.get().checkpoints().stream()
                .filter(d -> !d.isBefore(hearing) && !d.isAfter(context.asOf()))
                .min(Comparator.naturalOrder());
        Optional<LocalDate> heard =
            findHeardOn(
                file,
                BuckinghamshirePanels.COURT_PROGRESSION,
                "checkpoint-1",
                hearing,
                context.asOf());
        Period latest =
            context.settings().get(BuckinghamshireSettings.CHECKPOINT_1_LATEST_AFTER_CMH);
        return List.of(
            DeadlineRule.of(
                    "Checkpoint 1 at Court Progression Panel",
                    "Case management hearing",
                    Timescale.days(latest.getDays()),
                    citation())
                .deadlineFrom(hearing, context.calendar())
                .withMetOn(earlier(held, heard)));
      }
    };
  }

  /**
   * §8 fn(b): the Permanency Panel acts as the permanence planning meeting before the second
   * Children in Care review: due the day before the second review is due ("3 months beginning with"
   * the first review or its due date, I-BUC-16); met on the first hearing under the heading in the
   * period of care. Once the second review has been held without it, no deadline is given (the
   * meeting can no longer come before the second review; the statutory reviews are tracked apart).
   *
   * @return the rule
   */
  public static CaseDeadlineRule permanencePlanningMeeting() {
    return new Rule("Permanence planning meeting", BuckinghamshirePanels.cite("§8 fn(b)")) {
      @Override
      public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
        Optional<PeriodOfCare> period = file.findPeriodOfCareContaining(context.asOf());
        if (period.isEmpty()) {
          return List.of();
        }
        long held =
            file.reviews().stream()
                .filter(
                    r ->
                        !r.date().isBefore(period.get().start())
                            && !r.date().isAfter(context.asOf()))
                .count();
        Optional<LocalDate> heard =
            findHeardOn(
                file,
                BuckinghamshirePanels.PERMANENCY,
                "permanence-planning-meeting",
                period.get().start(),
                context.asOf());
        if (held >= 2 && heard.isEmpty()) {
          return List.of();
        }
        LocalDate first = PermanencyRemits.firstReview(file, period.get(), context);
        return List.of(
            DeadlineRule.of(
                    "Permanence planning meeting before the second review",
                    "First Children in Care review (held or due)",
                    Timescale.monthsBeginningWith(3),
                    citation())
                .deadlineFrom(first, context.calendar())
                .withMetOn(heard));
      }
    };
  }

  /** The first appearance under the heading of the panel from {@code from} to {@code asOf}. */
  private static Optional<LocalDate> findHeardOn(
      CaseFile file, PanelId panel, String heading, LocalDate from, LocalDate asOf) {
    return file.panelAppearances().stream()
        .filter(
            a ->
                a.panel().equals(panel)
                    && a.heading().equals(heading)
                    && !a.meetingOn().isBefore(from)
                    && !a.meetingOn().isAfter(asOf))
        .map(PanelAppearance::meetingOn)
        .min(Comparator.naturalOrder());
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isEmpty() ? b : b.filter(day -> day.isBefore(a.get())).or(() -> a);
  }

  private abstract static class Rule implements CaseDeadlineRule {
    private final String name;
    private final Citation citation;

    Rule(String name, Citation citation) {
      this.name = name;
      this.citation = citation;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Citation citation() {
      return citation;
    }

    /** Each is a hearing at a panel that should have taken place by the due date. */
    @Override
    public DriftKind driftKind() {
      return DriftKind.PANEL_MISSED;
    }

    @Override
    public String toString() {
      return "CaseDeadlineRule{" + name + " (" + citation + ")}";
    }
  }
}
