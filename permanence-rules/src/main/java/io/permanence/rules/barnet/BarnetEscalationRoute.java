package io.permanence.rules.barnet;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.panel.Role;

/**
 * The escalation routes of the Barnet terms of reference: who raises a concern and whom it goes to.
 *
 * <p>{@link io.permanence.core.evaluation.Authority#escalation()} is {@link Role#HEAD_OF_SERVICE},
 * the role every route names; each Barnet deadline rule says its route, and escalates its drift to
 * the route's {@link #mostSenior()} role, so that a drift report names the Operational Directors
 * where the route names them.
 */
public enum BarnetEscalationRoute {
  /**
   * Timeliness and quality of Permanency Planning Panel Forms: raised by the Permanence Assurance
   * Lead or the Assistant Head of Service, Corporate Parenting, with Heads of Service.
   */
  FORMS(
      "§Escalation.Forms(1)",
      ImmutableList.of(
          Role.PERMANENCE_ASSURANCE_LEAD, Barnet.ASSISTANT_HEAD_OF_SERVICE_CORPORATE_PARENTING),
      ImmutableList.of(Role.HEAD_OF_SERVICE)),
  /** The quarterly review of performance, submitted to Operational Directors. */
  PERFORMANCE_SUMMARY(
      "§Escalation.Forms(2)",
      ImmutableList.of(Role.PERMANENCE_ASSURANCE_LEAD),
      ImmutableList.of(Role.OPERATIONAL_DIRECTOR)),
  /**
   * Delay in actioning decisions after the panel reviewed a child's plan: escalated to Heads of
   * Service and Operational Directors for immediate action; the Permanence Assurance Lead tracks
   * decisions and escalates drift (§Process.Decision(3)).
   */
  DECISION_DELAY(
      "§Escalation.Planning(1)",
      ImmutableList.of(Role.PERMANENCE_ASSURANCE_LEAD),
      ImmutableList.of(Role.HEAD_OF_SERVICE, Role.OPERATIONAL_DIRECTOR)),
  /** Poor attendance or presentation at the panel or the tracking meeting: Heads of Service. */
  ATTENDANCE(
      "§Escalation.Planning(2)",
      ImmutableList.of(Role.PERMANENCE_ASSURANCE_LEAD),
      ImmutableList.of(Role.HEAD_OF_SERVICE));

  private final String clause;
  private final ImmutableList<Role> raisedBy;
  private final ImmutableList<Role> escalateTo;

  BarnetEscalationRoute(String clause, ImmutableList<Role> raisedBy, ImmutableList<Role> to) {
    this.clause = clause;
    this.raisedBy = raisedBy;
    this.escalateTo = to;
  }

  /** The clause that states the route. */
  public Citation citation() {
    return Barnet.cite(clause);
  }

  /** The roles that raise the concern. */
  public ImmutableList<Role> raisedBy() {
    return raisedBy;
  }

  /** The roles the concern is escalated to. */
  public ImmutableList<Role> escalateTo() {
    return escalateTo;
  }

  /**
   * The most senior role the route names (the last of {@link #escalateTo()}): the role a drift item
   * of a rule on this route escalates to, through {@link
   * io.permanence.core.evaluation.CaseDeadlineRule#escalateTo()}.
   *
   * @return the role
   */
  public Role mostSenior() {
    return escalateTo.get(escalateTo.size() - 1);
  }
}
