package io.permanence.core.reference;

/**
 * Category of need ({@code CIN}) recorded when a child starts to be looked after. The CIN census
 * XSD of 2026 words N1 "Abuse, neglect and exploitation"; the SSDA903 wording is kept.
 */
public enum CategoryOfNeedCode implements Code {
  N1("Abuse or neglect"),
  N2("Child's disability"),
  N3("Parental illness or disability"),
  N4("Family in acute stress"),
  N5("Family dysfunction"),
  N6("Socially unacceptable behaviour"),
  N7("Low income"),
  N8("Absent parenting");

  private final String description;
  private final Validity validity;

  CategoryOfNeedCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  CategoryOfNeedCode(String description) {
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
