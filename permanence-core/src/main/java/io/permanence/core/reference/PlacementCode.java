package io.permanence.core.reference;

import java.util.EnumSet;
import java.util.Set;

/**
 * SSDA903 placement type ({@code PLACE}; {@code PL} in the XML).
 *
 * <p>Validity by collection year (the tools disagree on transition years, so the ranges are
 * explicit and chosen to accept what the DfE validators accept):
 *
 * <ul>
 *   <li>H5 (semi-independent living) is valid until 2024-25 and K3 (registered supported
 *       accommodation) from 2023-24: both are accepted in the overlap years 2023-24 and 2024-25, as
 *       {@code csc-validator-be-903} {@code rule_utils.py} accepts H5 to K3 continuity for
 *       collection years 2024 and 2025.
 *   <li>P2 (independent living) is valid until 2024-25: absent from the 2025-26 list; liia drops it
 *       from 2024-25 but the validators still accept it that year, so the later bound is used.
 *   <li>Z1 (other placements) is valid until 2025-26 and Z11 to Z14 from 2025-26: the validators
 *       accept Z1 to Z11–Z14 continuity in 2025-26 and liia's 2026 schema keeps Z1, so 2025-26 is
 *       an overlap year. The descriptions of Z11 to Z14 are not verified against the DfE 2025-26
 *       guide.
 * </ul>
 */
public enum PlacementCode implements Code {
  U1("Foster placement with relative(s) or friend(s) – long term fostering"),
  U2(
      "Foster placement with relative(s) or friend(s) who is/are also an approved adopter(s) –"
          + " fostering for adoption / concurrent planning"),
  U3(
      "Foster placement with relative(s) or friend(s) who is/are not long-term or fostering for"
          + " adoption / concurrent planning"),
  U4("Foster placement with other foster carer(s) – long term fostering"),
  U5(
      "Foster placement with other foster carer(s) who is/are also an approved adopter(s) –"
          + " fostering for adoption / concurrent planning"),
  U6(
      "Foster placement with other foster carer(s) – not long term or fostering for adoption /"
          + " concurrent planning"),
  A3(
      "Placed for adoption with parental/guardian consent with current foster carer(s) (under"
          + " section 19 of the Adoption and Children Act 2002) or with a freeing order where"
          + " parental/guardian consent has been given (under section 18(1)(a) of the Adoption Act"
          + " 1976)"),
  A4(
      "Placed for adoption with parental/guardian consent not with current foster carer(s) (under"
          + " section 19 of the Adoption and Children Act 2002) or with a freeing order where"
          + " parental/guardian consent has been given (under section 18(1)(a) of the Adoption Act"
          + " 1976)"),
  A5(
      "Placed for adoption with placement order with current foster carer(s) (under section 21 of"
          + " the Adoption and Children Act 2002) or with a freeing order where parental/guardian"
          + " consent was dispensed with (under section 18(1)(b) of the Adoption Act 1976)"),
  A6(
      "Placed for adoption with placement order not with current foster carer(s) (under section"
          + " 21 of the Adoption and Children Act 2002) or with a freeing order where"
          + " parental/guardian consent was dispensed with (under section 18(1)(b) of the Adoption"
          + " Act 1976)"),
  P1("Placed with own parent(s) or other person(s) with parental responsibility"),
  P2(
      "Independent living for example in a flat, lodgings, bedsit, bed and breakfast (B&B) or"
          + " with friends, with or without formal support",
      Validity.until(2025)),
  P3("Residential employment"),
  H5(
      "Semi-independent living accommodation not subject to children's homes regulations",
      Validity.until(2025)),
  K1("Secure children's homes"),
  K2("Children's homes subject to Children's Homes Regulations"),
  K3("Registered supported accommodation", Validity.from(2024)),
  R1("Residential care home"),
  R2("NHS/health trust or other establishment providing medical or nursing care"),
  R3("Family centre or mother and baby unit"),
  R5("Young offender institution (YOI)"),
  S1("All residential schools, except where dual-registered as a school and children's home"),
  T0("All types of temporary move"),
  T1("Temporary periods in hospital"),
  T2("Temporary absences of the child on holiday"),
  T3("Temporary accommodation whilst normal foster carer(s) is/are on holiday"),
  T4(
      "Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to"
          + " T3"),
  Z1("Other placements (must be listed on a schedule sent to DfE)", Validity.until(2026)),
  Z11(
      "Other placements, category 1 of the 2025-26 split of Z1 [description unverified]",
      Validity.from(2026)),
  Z12(
      "Other placements, category 2 of the 2025-26 split of Z1 [description unverified]",
      Validity.from(2026)),
  Z13(
      "Other placements, category 3 of the 2025-26 split of Z1 [description unverified]",
      Validity.from(2026)),
  Z14(
      "Other placements, category 4 of the 2025-26 split of Z1 [description unverified]",
      Validity.from(2026));

  private final String description;
  private final Validity validity;

  PlacementCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  PlacementCode(String description) {
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

  /** Whether this is a foster placement (U1 to U6). */
  public boolean isFostering() {
    return EnumSet.of(U1, U2, U3, U4, U5, U6).contains(this);
  }

  /** Whether this is a foster placement with relatives or friends: kinship care (U1 to U3). */
  public boolean isKinship() {
    return this == U1 || this == U2 || this == U3;
  }

  /** Whether this is a long-term foster placement (U1, U4). */
  public boolean isLongTermFostering() {
    return this == U1 || this == U4;
  }

  /** Whether this is fostering for adoption or concurrent planning (U2, U5). */
  public boolean isFosteringForAdoption() {
    return this == U2 || this == U5;
  }

  /** Whether the child is placed for adoption (A3 to A6). */
  public boolean isAdoptive() {
    return EnumSet.of(A3, A4, A5, A6).contains(this);
  }

  /** Whether the child is placed with own parents or others with parental responsibility (P1). */
  public boolean isPlacedWithParents() {
    return this == P1;
  }

  /**
   * Whether this is a residential placement: secure or regulated children's homes (K1, K2),
   * residential care homes (R1), health establishments (R2), family centres or mother and baby
   * units (R3), young offender institutions (R5) and residential schools (S1).
   */
  public boolean isResidential() {
    return EnumSet.of(K1, K2, R1, R2, R3, R5, S1).contains(this);
  }

  /** Whether this is a children's home (K1, K2). */
  public boolean isChildrensHome() {
    return this == K1 || this == K2;
  }

  /**
   * Whether this is a secure setting: secure children's home (K1) or young offender institution
   * (R5).
   */
  public boolean isSecure() {
    return this == K1 || this == R5;
  }

  /**
   * Whether this is semi-independent or independent living: semi-independent accommodation (H5),
   * registered supported accommodation (K3) or independent living (P2).
   */
  public boolean isSemiIndependent() {
    return this == H5 || this == K3 || this == P2;
  }

  /** Whether this is a temporary placement (T0 to T4). */
  public boolean isTemporary() {
    return EnumSet.of(T0, T1, T2, T3, T4).contains(this);
  }

  /** Whether this is an "other placement" (Z1, Z11 to Z14). */
  public boolean isOther() {
    return EnumSet.of(Z1, Z11, Z12, Z13, Z14).contains(this);
  }

  /**
   * Whether a placement provider must be returned: not for T0 to T3 or Z11 to Z14 ({@code
   * lac2025_26/rule_178.py}, {@code rule_213.py}).
   */
  public boolean requiresProvider() {
    return !EnumSet.of(T0, T1, T2, T3, Z11, Z12, Z13, Z14).contains(this);
  }

  /**
   * The placement types in which a child may not be under a deprivation of liberty order (rule
   * 710).
   */
  public static Set<PlacementCode> excludedForDeprivationOfLiberty() {
    return EnumSet.of(K1, P1, R5, K3);
  }
}
