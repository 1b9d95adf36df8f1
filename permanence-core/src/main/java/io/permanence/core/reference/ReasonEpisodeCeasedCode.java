package io.permanence.core.reference;

import java.util.Optional;

/**
 * SSDA903 reason episode ceased ({@code REC}). Valid list from {@code lac2022_23/rule_149.py}.
 *
 * <p>Every code except X1 ends the period of care. The historic special guardianship codes E43 and
 * E44 are kept so that old records can be read, valid until 2014-15: they were replaced by E45 to
 * E48 from the 2015-16 collection (the year of the split is not verified against the DfE guide).
 * Permanence outcomes: adoption (E11, E12), special guardianship (E45 to E48, E43, E44), child
 * arrangements or residence order (E41), planned return home (E4A) and staying put (E17). An
 * unplanned return home (E4B) is not a permanence outcome.
 */
public enum ReasonEpisodeCeasedCode implements Code {
  X1("Episode ceases, and new episode begins on same day, for any reason"),
  E11("Adopted – application for an adoption order unopposed"),
  E12("Adopted – consent dispensed with by the court"),
  E2("Died"),
  E3("Care taken over by another local authority in the UK"),
  E4A(
      "Returned home to live with parent(s), relative(s), or other person(s) with parental"
          + " responsibility as part of the care planning process (not under a special"
          + " guardianship order or residence order or (from 22 April 2014) a child arrangement"
          + " order)"),
  E4B(
      "Returned home to live with parent(s), relative(s), or other person(s) with parental"
          + " responsibility which was not part of the current care planning process (not under a"
          + " special guardianship order or residence order or (from 22 April 2014) a child"
          + " arrangement order)"),
  E13(
      "Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility"),
  E41(
      "Residence order (or, from 22 April 2014, a child arrangement order which sets out with"
          + " whom the child is to live) granted"),
  /** Historic: special guardianship order made to former foster carer(s); replaced by E45, E46. */
  E43("Special guardianship made to former foster carer(s)", Validity.until(2015)),
  /** Historic: special guardianship order made to carer(s) other than former foster carer(s). */
  E44(
      "Special guardianship made to carer(s), other than former foster carer(s)",
      Validity.until(2015)),
  E45(
      "Special guardianship order made to former foster carer(s), who was/are a relative(s) or"
          + " friend(s)"),
  E46(
      "Special guardianship order made to former foster carer(s), other than relative(s) or"
          + " friend(s)"),
  E47(
      "Special guardianship order made to carer(s), other than former foster carer(s), who"
          + " was/are a relative(s) or friend(s)"),
  E48(
      "Special guardianship order made to carer(s), other than former foster carer(s), other"
          + " than relative(s) or friend(s)"),
  E5(
      "Moved into independent living arrangement and no longer looked-after: supportive"
          + " accommodation providing formalised advice/support arrangements"),
  E6(
      "Moved into independent living arrangement and no longer looked-after: accommodation"
          + " providing no formalised advice/support arrangements"),
  E7("Transferred to residential care funded by adult social care services"),
  E8("Period of being looked-after ceased for any other reason"),
  E9("Sentenced to custody"),
  E14("Accommodation on remand ended"),
  E15(
      "Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply, such as"
          + " an unaccompanied asylum-seeking child (UASC) whose age has been disputed"),
  E16("Child moved abroad"),
  E17("Aged 18 (or over) and remained with current carers (inc. under staying put arrangements)");

  private final String description;
  private final Validity validity;

  ReasonEpisodeCeasedCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  ReasonEpisodeCeasedCode(String description) {
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

  /** Whether the code ends the period of care: every code except X1. */
  public boolean endsPeriodOfCare() {
    return this != X1;
  }

  /** Whether the period of care ended in permanence (see {@link #findPermanenceOutcome()}). */
  public boolean isPermanenceOutcome() {
    return findPermanenceOutcome().isPresent();
  }

  /** Whether the child was adopted (E11, E12). */
  public boolean isAdoption() {
    return this == E11 || this == E12;
  }

  /** Whether a special guardianship order was made (E45 to E48, historic E43, E44). */
  public boolean isSpecialGuardianship() {
    return this == E43 || this == E44 || this == E45 || this == E46 || this == E47 || this == E48;
  }

  /** Whether a special guardianship order was made to relatives or friends (E45, E47): kinship. */
  public boolean isKinshipSpecialGuardianship() {
    return this == E45 || this == E47;
  }

  /** Whether the child returned home, planned (E4A) or not (E4B). */
  public boolean isReturnHome() {
    return this == E4A || this == E4B;
  }

  /**
   * The kind of permanence achieved when the period of care ended for this reason.
   *
   * @return the outcome, or empty if the reason is not a permanence outcome (for example E4B, an
   *     unplanned return home)
   */
  public Optional<PermanenceOutcome> findPermanenceOutcome() {
    if (isAdoption()) {
      return Optional.of(PermanenceOutcome.ADOPTION);
    }
    if (isSpecialGuardianship()) {
      return Optional.of(PermanenceOutcome.SPECIAL_GUARDIANSHIP);
    }
    switch (this) {
      case E41:
        return Optional.of(PermanenceOutcome.CHILD_ARRANGEMENTS_ORDER);
      case E4A:
        return Optional.of(PermanenceOutcome.REUNIFICATION);
      case E17:
        return Optional.of(PermanenceOutcome.STAYING_PUT);
      default:
        return Optional.empty();
    }
  }
}
