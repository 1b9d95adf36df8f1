package io.permanence.core.reference;

import java.util.EnumSet;
import java.util.Set;

/**
 * SSDA903 legal status ({@code LS}): the legal basis on which a child is looked after.
 *
 * <p>Valid list from {@code csc-validator-be-903/lac_validator/rules/lac2022_23/rule_144.py}; all
 * codes are modelled as valid in every year. D1 (freeing order) cannot begin an episode after
 * December 2005 (validator rule 445) and E1 cannot begin one before (rule 446); those are checks on
 * episode dates, not on the list, so both stay valid here for historic episodes. Supervision
 * orders, special guardianship and child arrangements orders are not legal statuses: the child is
 * not looked after (see {@link io.permanence.core.legal.CourtOrder}).
 */
public enum LegalStatusCode implements Code {
  C1("Interim care order"),
  C2("Full care order"),
  D1("Freeing order granted"),
  E1("Placement order granted"),
  V2("Single period of accommodation under section 20 (Children Act 1989)"),
  V3(
      "Accommodated under an agreed series of short-term breaks, when individual episodes of care"
          + " are recorded"),
  V4(
      "Accommodated under an agreed series of short-term breaks, when agreements are recorded"
          + " (NOT individual episodes of care)"),
  L1("Under police protection and in local authority accommodation"),
  L2("Emergency protection order (EPO)"),
  L3("Under child assessment order and in local authority accommodation"),
  J1("Remanded to local authority accommodation or to youth detention accommodation"),
  J2(
      "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984,"
          + " including secure accommodation, not necessarily where child would be detained"),
  J3(
      "Sentenced to Youth Rehabilitation Order (Criminal Justice and Immigration Act 2008 as"
          + " amended by LASPOA 2012 with residence or intensive fostering requirement)");

  private final String description;
  private final Validity validity;

  LegalStatusCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  LegalStatusCode(String description) {
    this(description, Validity.always());
  }

  /** The code as returned: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /** The DfE description. */
  @Override
  public String description() {
    return description;
  }

  /** The collection years in which the code may be returned. */
  @Override
  public Validity validity() {
    return validity;
  }

  /**
   * Whether this is a care order, interim (C1) or full (C2): the LA shares parental responsibility.
   */
  public boolean isCareOrder() {
    return this == C1 || this == C2;
  }

  /** Whether this is an interim care order (C1). */
  public boolean isInterimCareOrder() {
    return this == C1;
  }

  /** Whether this is a full care order (C2). */
  public boolean isFullCareOrder() {
    return this == C2;
  }

  /** Whether the child is accommodated under section 20 Children Act 1989 (V2, V3, V4). */
  public boolean isSection20() {
    return this == V2 || this == V3 || this == V4;
  }

  /** Whether the child is accommodated under an agreed series of short-term breaks (V3, V4). */
  public boolean isShortBreaks() {
    return this == V3 || this == V4;
  }

  /** Whether the LA is authorised to place for adoption by a placement order (E1). */
  public boolean isPlacementOrder() {
    return this == E1;
  }

  /**
   * Whether the LA is authorised to place for adoption: placement order (E1) or freeing order (D1).
   */
  public boolean isAuthorisedToPlaceForAdoption() {
    return this == E1 || this == D1;
  }

  /**
   * Whether this is an emergency status: police protection (L1), EPO (L2), assessment order (L3).
   */
  public boolean isEmergency() {
    return EnumSet.of(L1, L2, L3).contains(this);
  }

  /**
   * Whether this is a youth justice status: remand (J1), PACE (J2), youth rehabilitation order
   * (J3).
   */
  public boolean isYouthJustice() {
    return EnumSet.of(J1, J2, J3).contains(this);
  }

  /**
   * Whether the child is remanded (J1; LASPO 2012 s.23 remand to youth detention accommodation).
   */
  public boolean isRemand() {
    return this == J1;
  }

  /** The codes for which the DfE expects no statutory review rows (V3, V4; validator rule 399). */
  public static Set<LegalStatusCode> withoutReviews() {
    return EnumSet.of(V3, V4);
  }
}
