package io.permanence.core.reference;

/** SSDA903 previous permanence option before this period of care ({@code PREV_PERM}). */
public enum PreviousPermanenceCode implements Code {
  P1("Adoption"),
  P2("Special guardianship order (SGO)"),
  P3(
      "Residence order (RO) or child arrangements order (CAO) which sets out with whom the child"
          + " is to live"),
  P4("Unknown"),
  Z1("Child has not previously had a permanence option");

  private final String description;
  private final Validity validity;

  PreviousPermanenceCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  PreviousPermanenceCode(String description) {
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

  /** Whether the child previously had a permanence order (P1, P2 or P3). */
  public boolean isPreviousPermanenceOrder() {
    return this == P1 || this == P2 || this == P3;
  }
}
