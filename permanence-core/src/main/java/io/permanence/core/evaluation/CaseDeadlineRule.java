package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.time.Deadline;
import java.util.List;

/**
 * A rule that derives deadlines from a child's case file: a statutory timescale (for example the
 * first looked-after review within 20 working days, CPPCR 2010 reg 33(1)) or an authority's own
 * (for example Barnet's decision sheet signed off within seven days of panel).
 *
 * <p>Each deadline it returns carries its start event, timescale, due date, status on the context's
 * date and citation. Implementations are immutable, thread-safe and pure.
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
}
