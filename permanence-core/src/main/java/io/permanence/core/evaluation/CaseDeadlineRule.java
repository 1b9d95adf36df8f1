package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule that derives deadlines from a child's case file: a statutory timescale (for example the
 * first looked-after review within 20 working days, CPPCR 2010 reg 33(1)) or an authority's own
 * (for example Barnet's decision sheet signed off within seven days of panel).
 *
 * <p>Each deadline it returns carries its start event, timescale, due date and citation; {@link
 * #findMetOn} says when the case file shows it met, so that its status on a date is {@code
 * deadline.status(asOf, rule.findMetOn(file, deadline))}. The drift report escalates the rule's
 * unmet deadlines to {@link #escalateTo()}, or to the authority's {@link Authority#escalation()}
 * when the rule names no role, and files them under {@link #driftKind()}. Implementations are
 * immutable, thread-safe and pure.
 */
public interface CaseDeadlineRule {

  /** The rule's name, unique within its catalogue or authority. */
  String name();

  /** The clause or section that sets the timescale. */
  Citation citation();

  /**
   * The deadlines this rule sets for the child, met or not, as known on the context's date.
   *
   * @param file the child's case file
   * @param context the date, calendar and settings
   * @return the deadlines, possibly empty (the rule does not apply to the child)
   */
  List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context);

  /**
   * The day the case file shows the deadline met: for example the day of the review that satisfied
   * a review deadline, or the day a decision was signed off.
   *
   * <p>The default says "never met", for rules whose deadlines are events that are not recorded as
   * met (an expiry, say). Rules whose deadlines can be met override it.
   *
   * @param file the child's case file
   * @param deadline one of the deadlines this rule returned for the file
   * @return the day met, or empty if the file does not show it met
   */
  default Optional<LocalDate> findMetOn(CaseFile file, Deadline deadline) {
    return Optional.empty();
  }

  /**
   * The role the terms of reference escalate this rule's missed deadlines to.
   *
   * @return the role, or empty to use the authority's {@link Authority#escalation()}
   */
  default Optional<Role> escalateTo() {
    return Optional.empty();
  }

  /**
   * The kind of drift a missed deadline of this rule is: {@link DriftKind#DEADLINE} unless the rule
   * is a looked-after review rule ({@link DriftKind#REVIEW}, which the tracker reads for "next
   * review due"), a decision sign-off ({@link DriftKind#DECISION_NOT_SIGNED_OFF}) or a panel
   * attendance rule ({@link DriftKind#PANEL_MISSED}).
   *
   * @return the kind
   */
  default DriftKind driftKind() {
    return DriftKind.DEADLINE;
  }
}
