package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NSomerset §3.5: "Minutes and actions recorded and added to children's LCS records."
 *
 * <p>No timescale is stated (I-NSO-13): no deadline is computed until {@code minutes-deadline} is
 * set. Then, for each discussion of the child at the panel, the minutes are due that long after the
 * meeting and are met by the first {@link DocumentType#PANEL_MINUTES} on file on or after the
 * meeting day.
 */
public final class MinutesRecordedRule implements CaseDeadlineRule {

  private static final Citation CITATION = NorthSomerset.cite("§3.5");

  /** The rule. */
  public MinutesRecordedRule() {}

  @Override
  public String name() {
    return "Minutes and actions added to the child's record";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    Optional<Timescale> timescale = context.settings().get(NorthSomersetSettings.MINUTES_DEADLINE);
    if (timescale.isEmpty()) {
      return List.of();
    }
    DeadlineRule rule = DeadlineRule.of(name(), "Discussed at panel", timescale.get(), CITATION);
    List<Deadline> deadlines = new ArrayList<>();
    for (PanelAppearance appearance : file.panelAppearances()) {
      if (appearance.panel().equals(NorthSomerset.PANEL)
          && !appearance.meetingOn().isAfter(context.asOf())) {
        deadlines.add(
            rule.deadlineFrom(appearance.meetingOn(), context.calendar())
                .withMetOn(
                    AdministratorNotificationRule.firstDocumentOnOrAfter(
                        file, DocumentType.PANEL_MINUTES, appearance.meetingOn(), context.asOf())));
      }
    }
    return List.copyOf(deadlines);
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{" + name() + ": minutes-deadline (unset: none), " + CITATION + "}";
  }
}
