package io.permanence.core.casefile;

/**
 * Facts about a case that the terms of reference use and no other record holds. Each names the
 * clause that needs it.
 */
public enum CaseFlagType {
  /** A Legal Gateway Meeting determined s20 the appropriate legal status (BCP ToR section 5). */
  LEGAL_GATEWAY_S20_APPROPRIATE,
  /**
   * Section 20 agreed as appropriate with a plan to remain looked after until 18 (Buckinghamshire
   * ToR section 8, Permanency Panel).
   */
  S20_AGREED_UNTIL_ADULTHOOD,
  /**
   * The period for which section 20 accommodation was agreed: the flag's span is the agreed period
   * (Buckinghamshire ToR section 6: "Those S20 for longer than the original agreed period").
   */
  S20_AGREED_PERIOD,
  /**
   * Section 20 or edge-of-care accommodation has been requested (Buckinghamshire ToR section 6).
   */
  S20_REQUESTED,
  /**
   * Identified for scrutiny of the care plan; the flag records by whom (the Permanence Assurance
   * Lead or a Head of Service: Barnet ToR remit 3).
   */
  FLAGGED_FOR_SCRUTINY,
  /**
   * Became looked after by a Head of Service decision made outside panel (Barnet ToR remit 1;
   * Buckinghamshire "S20 where the Head of Service agreed to accommodate in an emergency").
   */
  BECAME_LOOKED_AFTER_BY_HEAD_OF_SERVICE_DECISION,
  /** At risk of coming into care (Barnet ToR remit 1 and 2). */
  AT_RISK_OF_COMING_INTO_CARE,
  /** Pre-proceedings under the Public Law Outline is a consideration (Barnet ToR remit 2). */
  PRE_PROCEEDINGS_UNDER_CONSIDERATION,
  /** Care proceedings are a consideration (Barnet ToR remit 2). */
  CARE_PROCEEDINGS_UNDER_CONSIDERATION,
  /** Remanded into custody, LASPO 2012 s.23 (Barnet ToR remit 2). */
  REMANDED_LASPO_S23,
  /** A relinquished baby (Buckinghamshire ToR section 6). */
  RELINQUISHED_BABY,
  /** An unborn baby whose previous siblings were removed (Buckinghamshire ToR section 6). */
  UNBORN_SIBLINGS_REMOVED,
  /**
   * Taken into police protection, then returned home or accommodated under s20 (Buckinghamshire ToR
   * section 6).
   */
  POLICE_PROTECTION_THEN_HOME_OR_S20,
  /**
   * Revocation or discharge of a care or placement order proposed (Buckinghamshire ToR section 8;
   * Knowsley ToR part 3).
   */
  ORDER_REVOCATION_PROPOSED,
  /**
   * A social worker asked the panel to match or approve a placement (long-term residential, SGO,
   * staying put, staying close, private fostering: Knowsley ToR part 2).
   */
  MATCH_APPROVAL_REQUESTED,
  /** An SGO support plan awaits ratification (Buckinghamshire ToR section 8; Knowsley purpose). */
  SGO_SUPPORT_PLAN_FOR_APPROVAL,
  /** A privately fostered child (Knowsley purpose: match and approve private fostering). */
  PRIVATE_FOSTERING,
  /** A request for funding of a placement or package (Buckinghamshire Resource Panel). */
  FUNDING_REQUESTED,
  /** A request for joint funding with health or education (Buckinghamshire Complex Needs Panel). */
  JOINT_FUNDING_REQUESTED,
  /**
   * The child's case transferred to the Children in Care team (North Somerset ToR section 5:
   * "within agreed timescales").
   */
  TRANSFERRED_TO_CHILDREN_IN_CARE_TEAM,
  /** Any other fact; the note says what. */
  OTHER
}
