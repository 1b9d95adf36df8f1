package io.permanence.core.evaluation;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import java.util.Optional;

/**
 * A named policy that keeps a child who matched a remit off a panel's agenda, with the reason and
 * clause: for example "children who are the subject of care proceedings are reviewed at Legal
 * Gateway Meetings" (BCP Permanence Panel ToR section 5).
 *
 * <p>A panel's exclusion policies are evaluated in order and the first that applies wins.
 * Implementations are immutable, thread-safe and pure.
 */
public interface ExclusionPolicy {

  /** The policy's name, unique within its authority. */
  String name();

  /** The panel whose agenda the policy guards. */
  PanelId panel();

  /** The clause that states the exclusion. */
  Citation citation();

  /**
   * Decides whether the referred child is excluded.
   *
   * @param file the child's case file
   * @param referral the referral a remit produced
   * @param context the date, calendar and settings
   * @return the exclusion, or empty if the child stays on the agenda
   */
  Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext context);
}
