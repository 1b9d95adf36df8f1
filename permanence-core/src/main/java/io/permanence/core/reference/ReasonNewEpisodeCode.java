package io.permanence.core.reference;

/** SSDA903 reason for new episode ({@code RNE}). Valid list from {@code lac2022_23/rule_143.py}. */
public enum ReasonNewEpisodeCode implements Code {
  S("Started to be looked after"),
  L("Change of legal status only"),
  P("Change of placement and carer(s) only"),
  T("Change of placement (but same carer(s)) only"),
  B("Change of legal status and placement and carer(s) at the same time"),
  U("Change of legal status and change of placement (but same carer(s)) at the same time");

  private final String description;
  private final Validity validity;

  ReasonNewEpisodeCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  ReasonNewEpisodeCode(String description) {
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

  /** Whether the episode starts a new period of care (S). */
  public boolean isStartOfCare() {
    return this == S;
  }

  /** Whether the legal status changed (L, B, U). */
  public boolean isLegalStatusChange() {
    return this == L || this == B || this == U;
  }

  /** Whether the placement changed (P, T, B, U). */
  public boolean isPlacementChange() {
    return this == P || this == T || this == B || this == U;
  }
}
