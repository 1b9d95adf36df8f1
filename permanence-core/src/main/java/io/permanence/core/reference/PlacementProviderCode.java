package io.permanence.core.reference;

/**
 * SSDA903 placement provider ({@code PLACE_PROVIDER}). Not required for placements T0 to T3 or Z11
 * to Z14 ({@code lac2025_26/rule_178.py}, {@code rule_213.py}); see {@link
 * PlacementCode#requiresProvider()}.
 */
public enum PlacementProviderCode implements Code {
  PR0("Parent(s) or other person(s) with parental responsibility"),
  PR1(
      "Own provision (by the LA) including a regional adoption agency where the child's LA is host"),
  PR2("Other LA provision, including a regional adoption agency where another LA is the host"),
  PR3("Other public provision (for example, a primary care trust)"),
  PR4("Private provision"),
  PR5("Voluntary/third sector provision");

  private final String description;
  private final Validity validity;

  PlacementProviderCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  PlacementProviderCode(String description) {
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
