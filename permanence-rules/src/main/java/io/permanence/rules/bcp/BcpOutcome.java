package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The actions the BCP Permanence Panel may agree (ToR §6 ¶1 (i) to (v)), each as a typed action
 * with the role that owns it by default. "All actions should include who is responsible for
 * undertaking each action with a specified date by which each action is to be achieved" (§6 ¶2 s2):
 * {@link PanelAction} requires both, so an action without them cannot be recorded.
 *
 * <p>Default owners (the document names none): the team manager convenes a permanence planning
 * meeting, refers to the Legal Gateway Meeting and arranges support; the IRO convenes a review and
 * initiates dispute resolution (§1 ¶3 s2); the social worker completes assessments.
 */
public enum BcpOutcome {
  /** §6(i): convene a permanence planning meeting and record the plan on Mosaic. */
  CONVENE_PERMANENCE_PLANNING_MEETING(
      "§6(i)", ActionType.PERMANENCE_PLANNING_MEETING, Role.TEAM_MANAGER),
  /** §6(ii): refer to a Legal Gateway Meeting with a clear recommendation for permanence. */
  REFER_TO_LEGAL_GATEWAY_MEETING("§6(ii)", ActionType.LEGAL_REFERRAL, Role.TEAM_MANAGER),
  /** §6(iii): convene a CLA review. */
  CONVENE_CLA_REVIEW("§6(iii)", ActionType.CONVENE_REVIEW, Role.IRO),
  /** §6(iii): initiate the Dispute Resolution process. */
  INITIATE_DISPUTE_RESOLUTION("§6(iii)", ActionType.DISPUTE_RESOLUTION, Role.IRO),
  /** §6(iv): an assessment (placement with parents, parenting, sibling). */
  ASSESSMENT("§6(iv)", ActionType.ASSESSMENT, Role.SOCIAL_WORKER),
  /** §6(v): support and intervention (reunification support, placement or carer support). */
  SUPPORT("§6(v)", ActionType.SUPPORT, Role.TEAM_MANAGER);

  private final String clause;
  private final ActionType type;
  private final Role owner;

  BcpOutcome(String clause, ActionType type, Role owner) {
    this.clause = clause;
    this.type = type;
    this.owner = owner;
  }

  /** The clause, for example {@code §6(i)}. */
  public String clause() {
    return clause;
  }

  /** The citation of the clause. */
  public Citation citation() {
    return BcpAuthorityProvider.cite(clause);
  }

  /** The action type recorded. */
  public ActionType type() {
    return type;
  }

  /** The role that owns the action unless the panel names another. */
  public Role owner() {
    return owner;
  }

  /**
   * An open action of this kind owned by the default role.
   *
   * @param id the action's id
   * @param decision the panel decision it follows from (links it to the meeting and its cohort)
   * @param description what is to be done
   * @param dueOn the date by which it is to be achieved
   * @return the action
   */
  public PanelAction action(ActionId id, DecisionId decision, String description, LocalDate dueOn) {
    return action(id, decision, description, owner, dueOn);
  }

  /**
   * An open action of this kind.
   *
   * @param id the action's id
   * @param decision the panel decision it follows from
   * @param description what is to be done
   * @param owner the role responsible
   * @param dueOn the date by which it is to be achieved
   * @return the action
   */
  public PanelAction action(
      ActionId id, DecisionId decision, String description, Role owner, LocalDate dueOn) {
    return PanelAction.builder()
        .id(id)
        .decision(decision)
        .type(type)
        .description(description)
        .owner(owner)
        .dueOn(dueOn)
        .build();
  }

  /**
   * The default due date of an action agreed at a meeting: the next meeting of the same cohort,
   * when the action is reviewed (§2 s2) and the tracker must be updated (§6 ¶4 s2).
   *
   * @param rotation the panel's rotation
   * @param meetingDate the date of the meeting that agreed the action
   * @return the date of the cohort's next meeting, or empty if none within a year
   */
  public static Optional<LocalDate> defaultDueOn(BcpRotation rotation, LocalDate meetingDate) {
    return rotation
        .findNextMeetingOf(rotation.cohortOfMeetingOn(meetingDate), meetingDate.plusDays(1))
        .map(meeting -> meeting.date());
  }

  /**
   * The outcome recorded with an action type.
   *
   * @param type the action type
   * @return the first outcome of that type, or empty for types the document does not list
   */
  public static Optional<BcpOutcome> find(ActionType type) {
    return Arrays.stream(values()).filter(outcome -> outcome.type.equals(type)).findFirst();
  }
}
