package io.permanence.rules.knowsley;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * §Admin role(d): the administrator is "to distribute minutes with[in] 1 week of panel meeting".
 *
 * <p>For each meeting of the Multi-Agency Permanency Panel at which the child appeared: due 7
 * calendar days after the meeting, the meeting day not counted ({@code minutes-within}, I-KNO-13);
 * met by the first {@link DocumentType#PANEL_MINUTES} on the child's file on or after the meeting
 * day (the model records no distribution, so minutes on file stand in for it).
 */
public final class MinutesDistributedRule implements CaseDeadlineRule {

  private static final Citation CITATION = Knowsley.cite("§Admin role(d)");

  /** The rule. */
  public MinutesDistributedRule() {}

  @Override
  public String name() {
    return "Panel minutes distributed";
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    // The rule and the minutes on file are worked out once per call, when a hearing needs them.
    DeadlineRule rule = null;
    List<LocalDate> minutesOnFile = null;
    List<Deadline> deadlines = new ArrayList<>();
    LocalDate previous = null;
    for (PanelAppearance appearance : file.panelAppearances()) {
      LocalDate meeting = appearance.meetingOn();
      if (!appearance.panel().equals(Knowsley.PANEL)
          || meeting.isAfter(asOf)
          || meeting.equals(previous)) {
        continue;
      }
      previous = meeting;
      if (rule == null) {
        rule =
            DeadlineRule.of(
                name(),
                "Heard at panel",
                context.settings().get(KnowsleySettings.MINUTES_WITHIN),
                CITATION);
        minutesOnFile = minutesOnFile(file);
      }
      Optional<LocalDate> minutes = Optional.empty();
      for (LocalDate day : minutesOnFile) {
        if (!day.isBefore(meeting) && !day.isAfter(asOf)) {
          minutes = Optional.of(day);
          break;
        }
      }
      deadlines.add(rule.deadlineFrom(meeting, context.calendar()).withMetOn(minutes));
    }
    return List.copyOf(deadlines);
  }

  /** The days panel minutes were put on file, in the case file's order. */
  private static List<LocalDate> minutesOnFile(CaseFile file) {
    List<LocalDate> days = new ArrayList<>();
    for (DocumentOnFile document : file.documents()) {
      if (document.type().equals(DocumentType.PANEL_MINUTES)) {
        days.add(document.dateOnFile());
      }
    }
    return days;
  }

  @Override
  public String toString() {
    return "CaseDeadlineRule{" + name() + ": within 1 week of the meeting, " + CITATION + "}";
  }
}
