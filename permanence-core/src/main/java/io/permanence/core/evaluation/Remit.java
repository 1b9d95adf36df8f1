package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;

/**
 * A remit criterion of a panel, written as a named policy: given a child's case file and a context,
 * it decides whether the child must be referred to the panel under a heading, and says why, citing
 * the clause.
 *
 * <p>Implementations are immutable, thread-safe and pure: no I/O, no clock. They must not throw for
 * a well-formed case file; a case file they cannot judge yields a not-met decision whose reason
 * says why.
 */
public interface Remit {

  /** The remit's name, unique within its authority, for example {@code "s20 after 12 weeks"}. */
  String name();

  /** The panel the remit refers children to. */
  PanelId panel();

  /** The heading children are listed under. */
  Heading heading();

  /** The clause that states the remit. */
  Citation citation();

  /**
   * Decides whether the child falls within the remit.
   *
   * @param file the child's case file
   * @param context the date, calendar, settings and the meeting being planned, if any
   * @return the decision, with its reason and citation
   */
  RemitDecision evaluate(CaseFile file, EvaluationContext context);
}
