package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Care proceedings agreed are tracked until the application is made (§Remit 3(b) s1, s2): for each
 * decision to issue made by the context's date, the application is due within 10 working days of
 * the decision (I-DES-02, {@link BarnetSettings#PROCEEDINGS_ISSUE_DELAY}); met ({@link
 * Deadline#metOn()}) on the day of issue, if that is by the context's date. Proceedings that ended
 * by that date without being issued set none. Route: {@link BarnetEscalationRoute#DECISION_DELAY}.
 */
public final class IssueDelayRule implements CaseDeadlineRule {

  /** The rule's name. */
  public static final String NAME = "Care proceedings application made";

  private final DeadlineRule rule;

  /**
   * The rule.
   *
   * @param settings the Barnet settings
   */
  public IssueDelayRule(AuthoritySettings settings) {
    this.rule =
        DeadlineRule.of(
            "Care proceedings application issued",
            "Decision to issue care proceedings",
            settings.get(BarnetSettings.PROCEEDINGS_ISSUE_DELAY),
            citation());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Citation citation() {
    return Barnet.cite("§Remit 3(b) s2");
  }

  /** The escalation route of a delayed application. */
  public BarnetEscalationRoute route() {
    return BarnetEscalationRoute.DECISION_DELAY;
  }

  /** The route's most senior role ({@link BarnetEscalationRoute#mostSenior()}). */
  @Override
  public Optional<Role> escalateTo() {
    return Optional.of(route().mostSenior());
  }

  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    List<Deadline> deadlines = new ArrayList<>();
    for (CareProceedings p : file.careProceedings()) {
      if (!p.decisionToIssueOn().isAfter(asOf)
          && (p.issuedOn().isPresent()
              || p.finalOrderOn().map(done -> done.isAfter(asOf)).orElse(true))) {
        deadlines.add(
            rule.deadlineFrom(p.decisionToIssueOn(), context.calendar())
                .withMetOn(p.issuedOn().filter(issued -> !issued.isAfter(asOf))));
      }
    }
    return List.copyOf(deadlines);
  }
}
