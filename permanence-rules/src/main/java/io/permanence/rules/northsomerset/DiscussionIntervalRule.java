package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import io.permanence.rules.northsomerset.NorthSomersetSettings.FirstDiscussionAnchor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NSomerset §6 s1 and s3: every child on the tracker discussed at least every other month, and at a
 * minimum every 3 months.
 *
 * <p>One deadline per interval since the child last entered the tracker: from the entry date
 * (I-NSO-03) and then from each discussion (appearance at the panel), due {@code
 * discuss-overdue-after} (3 months, I-DES-06) later and met on the next discussion. Its due-soon
 * window starts the day after {@code discuss-at-risk-after} (2 months), so the status is {@code
 * DUE_SOON} ("at risk") after 2 months and {@code OVERDUE} after 3. The interval still open is
 * given only while the child is on the tracker.
 */
public final class DiscussionIntervalRule implements CaseDeadlineRule {

  private static final Citation CITATION = NorthSomerset.cite("§6 s3");
  private final NorthSomersetTracker tracker = new NorthSomersetTracker();

  /** The rule. */
  public DiscussionIntervalRule() {}

  @Override
  public String name() {
    return "Discussed at the Permanency Tracking Panel";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  /** A child not discussed at the panel within the interval. */
  @Override
  public DriftKind driftKind() {
    return DriftKind.PANEL_MISSED;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<LocalDate> entry = NorthSomersetTracker.findLatestEntryDate(file, asOf);
    if (entry.isEmpty()) {
      return List.of();
    }
    AuthoritySettings settings = context.settings();
    List<LocalDate> discussions = new ArrayList<>();
    for (PanelAppearance appearance : file.panelAppearances()) {
      LocalDate day = appearance.meetingOn();
      if (appearance.panel().equals(NorthSomerset.PANEL)
          && !day.isBefore(entry.get())
          && !day.isAfter(asOf)
          && (discussions.isEmpty() || !discussions.get(discussions.size() - 1).equals(day))) {
        discussions.add(day);
      }
    }
    List<Deadline> deadlines = new ArrayList<>();
    boolean fromEntry =
        settings.get(NorthSomersetSettings.FIRST_DISCUSSION_ANCHOR)
            == FirstDiscussionAnchor.TRACKER_ENTRY;
    Timescale overdue = settings.get(NorthSomersetSettings.DISCUSS_OVERDUE_AFTER);
    Timescale atRisk = settings.get(NorthSomersetSettings.DISCUSS_AT_RISK_AFTER);
    if (fromEntry) {
      deadlines.add(
          interval(
              DeadlineRule.of(name(), "Entered the tracker", overdue, CITATION),
              atRisk,
              entry.get(),
              discussions.isEmpty() ? Optional.empty() : Optional.of(discussions.get(0)),
              context));
    }
    DeadlineRule discussed =
        discussions.isEmpty()
            ? null
            : DeadlineRule.of(name(), "Discussed at panel", overdue, CITATION);
    for (int i = 0; i < discussions.size(); i++) {
      Optional<LocalDate> next =
          i + 1 < discussions.size() ? Optional.of(discussions.get(i + 1)) : Optional.empty();
      deadlines.add(interval(discussed, atRisk, discussions.get(i), next, context));
    }
    if (!tracker.includes(file, context)) {
      deadlines.removeIf(d -> d.metOn().isEmpty());
    }
    return List.copyOf(deadlines);
  }

  /**
   * The interval from a start under the rule (the overdue timescale after the start event), due
   * soon from the day after the at-risk timescale has run.
   */
  private static Deadline interval(
      DeadlineRule rule,
      Timescale atRiskAfter,
      LocalDate start,
      Optional<LocalDate> met,
      EvaluationContext context) {
    LocalDate atRisk = atRiskAfter.dueFrom(start, context.calendar());
    Deadline deadline = rule.deadlineFrom(start, context.calendar()).withMetOn(met);
    long dueSoon = Math.max(0, ChronoUnit.DAYS.between(atRisk, deadline.dueDate()) - 1);
    return deadline.withDueSoonDays((int) dueSoon);
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{"
        + name()
        + ": at risk after 2 months, overdue after 3, "
        + CITATION
        + "}";
  }
}
