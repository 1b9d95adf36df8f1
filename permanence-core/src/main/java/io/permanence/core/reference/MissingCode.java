package io.permanence.core.reference;

/**
 * SSDA903 missing table ({@code MISSING}): missing or away from placement without authorisation.
 */
public enum MissingCode implements Code {
  M("Missing from care (whereabouts not known)"),
  A("Away from placement without authorisation (whereabouts known)");

  private final String description;
  private final Validity validity;

  MissingCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  MissingCode(String description) {
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
