package io.permanence.core.reference;

/**
 * Reason the decision that a child should be placed for adoption was reversed ({@code
 * REASON_PLACED_CEASED}, SSDA903 PlacedAdoption table; {@code ssd-data-model} {@code
 * ssd_permanence.yml}).
 */
public enum AdoptionReversalReasonCode implements Code {
  RD1("The child's needs changed subsequent to the decision"),
  RD2("The Court did not make a placement order"),
  RD3("Prospective adopters could not be found"),
  RD4("Any other reason");

  private final String description;
  private final Validity validity;

  AdoptionReversalReasonCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  AdoptionReversalReasonCode(String description) {
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
}
