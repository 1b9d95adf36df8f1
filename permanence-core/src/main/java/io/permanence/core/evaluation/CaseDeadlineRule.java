package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import java.util.List;
import java.util.Optional;

/**
 * A rule that derives deadlines from a child's case file: a statutory timescale (for example the
 * first looked-after review within 20 working days, CPPCR 2010 reg 33(1)) or an authority's own
 * (for example Barnet's decision sheet signed off within seven days of panel).
 *
 * <p>Each deadline it returns carries its start event, timescale, due date, citation and, when the
 * case file shows it met, the day it was met ({@link Deadline#metOn()}: the review held, the
 * decision signed off), so that its status on a date is {@code deadline.status(asOf)}. A rule
 * returns met deadlines too, so that the drift report can list those met late. The drift report
 * escalates the rule's unmet deadlines to {@link #escalateTo()}, or to the authority's {@link
 * Authority#escalation()} when the rule names no role, and files them under {@link #driftKind()}.
 * Implementations are immutable, thread-safe and pure.
 */
public interface CaseDeadlineRule {

  /** The rule's name, unique within its catalogue or authority. */
  String name();

  /** The clause or section that sets the timescale. */
  Citation citation();

  /**
   * The deadlines this rule sets for the child, met or not, as known on the context's date: each
   * carries in {@link Deadline#metOn()} the day the case file shows it met, if it does.
   *
   * @param file the child's case file
   * @param context the date, calendar and settings
   * @return the deadlines, possibly empty (the rule does not apply to the child)
   */
  List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context);

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
