package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * "The specific actions identified for each CiC's permanence planning are made available within
 * three working days and will be recorded on the child's Mosaic case notes by the panel
 * administrator" (BCP ToR §6 ¶2 s1).
 *
 * <p>One deadline per appearance of the child at this panel on or before the date: due {@link
 * BcpSettings#ACTIONS_RECORDED_WITHIN} (3 working days) after the meeting, the meeting day not
 * counted (I-BCP-11: a Thursday panel's actions are due the following Tuesday). Met ({@link
 * Deadline#metOn()}) by the first {@link BcpRecords#PANEL_ACTIONS_NOTE} on file dated on or after
 * the meeting and by the context's date. Owned by the panel administrator; overdue notes escalate
 * to the Service Manager (§6 ¶4 s1).
 */
public final class ActionsRecordedRule implements CaseDeadlineRule {

  private final BcpFacts facts;
  private final DeadlineRule rule;

  ActionsRecordedRule(BcpFacts facts, Timescale within) {
    this.facts = facts;
    this.rule =
        DeadlineRule.of(
            "Permanence Panel Actions recorded on the case notes",
            "Permanence Panel",
            within,
            BcpAuthorityProvider.cite("§6 ¶2 s1"));
  }

  @Override
  public String name() {
    return "actions recorded within " + rule.timescale();
  }

  @Override
  public Citation citation() {
    return rule.citation();
  }

  /** The role that records the actions: the panel administrator. */
  public Role owner() {
    return Role.PANEL_ADMINISTRATOR;
  }

  /** The role late recording escalates to: the Service Manager (§6 ¶4 s1). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(Role.SERVICE_MANAGER);
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    List<LocalDate> meetings = new ArrayList<>();
    for (PanelAppearance appearance : file.panelAppearances()) {
      LocalDate meetingOn = appearance.meetingOn();
      if (appearance.panel().equals(facts.panel)
          && !meetingOn.isAfter(asOf)
          && !meetings.contains(meetingOn)) {
        meetings.add(meetingOn);
      }
    }
    if (meetings.isEmpty()) {
      return List.of();
    }
    List<LocalDate> notes = new ArrayList<>();
    for (DocumentOnFile document : file.documents()) {
      if (document.type().equals(BcpRecords.PANEL_ACTIONS_NOTE)
          && !document.dateOnFile().isAfter(asOf)) {
        notes.add(document.dateOnFile());
      }
    }
    List<Deadline> deadlines = new ArrayList<>(meetings.size());
    for (LocalDate meetingOn : meetings) {
      deadlines.add(
          rule.deadlineFrom(meetingOn, context.calendar())
              .withMetOn(findRecordedOn(notes, meetingOn)));
    }
    return Collections.unmodifiableList(deadlines);
  }

  /**
   * The first actions note on file (known by the evaluation date) dated on or after the meeting.
   */
  private static Optional<LocalDate> findRecordedOn(List<LocalDate> notes, LocalDate meetingOn) {
    for (LocalDate day : notes) {
      if (!day.isBefore(meetingOn)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return rule.toString();
  }
}
