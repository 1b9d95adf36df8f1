package io.permanence.core.reference;

/**
 * SSDA903 reason for placement change ({@code REASON_PLACE_CHANGE}). Not required for temporary
 * placements (validator rule 226) nor while the episode has not ceased (233); CUSTOD not for a
 * child under 10 (234).
 */
public enum ReasonPlaceChangeCode implements Code {
  CARPL("Change to/implementation of care plan"),
  CLOSE("Resignation/closure of provision"),
  ALLEG("Allegation (s47)"),
  STAND("Standards of care concern"),
  APPRR("Approval removed"),
  CREQB("Carer(s) request placement end due to child's behaviour"),
  CREQO("Carer(s) request placement end other than due to child's behaviour"),
  CHILD("Child requests placement end"),
  LAREQ("Responsible/area authority requests placement end"),
  PLACE("Change in the status of placement only"),
  CUSTOD("Custody arrangement"),
  OTHER("Other");

  private final String description;
  private final Validity validity;

  ReasonPlaceChangeCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  ReasonPlaceChangeCode(String description) {
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

  /** Whether the move was planned as part of the care plan (CARPL) rather than a disruption. */
  public boolean isPlanned() {
    return this == CARPL || this == PLACE;
  }
}
