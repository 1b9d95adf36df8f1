package io.permanence.rules.statutory;

/**
 * Timescales that the statutory catalogue deliberately does not hold, each with the reason: either
 * the law sets no figure (the timescale is the authority's own, in its rules) or the case file
 * model cannot see the facts a rule would need (a rule would have to invent them).
 */
public enum NotCatalogued {
  /**
   * The length of pre-proceedings under the Public Law Outline: no statutory maximum. The statutory
   * guidance "Court orders and pre-proceedings for local authorities" (DfE 2014) and the PLWG Best
   * Practice Guidance (March 2021) set none; the often-quoted 16 weeks could not be verified. An
   * authority's own review cycle (Barnet every 8 weeks, Buckinghamshire weeks 6 and 12) is its
   * rule.
   */
  PRE_PROCEEDINGS_LENGTH(
      true,
      "no statutory maximum length of pre-proceedings (DfE 2014 guidance, PLWG 2021 best practice"
          + " guidance); the authority's own reviews are its rules"),
  /**
   * The duration of section 20 accommodation: no statutory limit. Re S and Re W (s.20
   * Accommodation) [2023] EWCA Civ 1: long-term s.20 is permissible provided the regular mandatory
   * reviews are carried out (which the looked-after reviews rule tracks). A local review of s.20
   * agreements (Slough: every 3 months) is local practice.
   */
  SECTION_20_DURATION(
      true,
      "no statutory limit on section 20 accommodation (Re S and Re W [2023] EWCA Civ 1); the"
          + " mandatory looked-after reviews still apply"),
  /**
   * Social worker visits (CPPCR 2010 reg 28): the case file records social worker allocations but
   * not visits, so no met date could be known and every visit would be invented.
   */
  SOCIAL_WORKER_VISITS(
      false,
      "CPPCR 2010 reg 28 visits need the dates of visits, which the case file does not record"),
  /**
   * Temporary approval of a connected person as a foster carer (CPPCR 2010 reg 24, 16 weeks; reg
   * 25, extended once by up to 8 weeks): the case file records kinship placements (U1 to U3) but
   * not whether the carer is temporarily or fully approved, nor the approval or extension.
   */
  TEMPORARY_APPROVAL_OF_CONNECTED_PERSONS(
      false,
      "CPPCR 2010 regs 24-25 (16 weeks plus up to 8) need to know whether a kinship carer is"
          + " temporarily approved, which the case file does not record");

  private final boolean lawSetsNoFigure;
  private final String reason;

  NotCatalogued(boolean lawSetsNoFigure, String reason) {
    this.lawSetsNoFigure = lawSetsNoFigure;
    this.reason = reason;
  }

  /**
   * Whether the law sets no figure (true), rather than the model lacking the facts (false).
   *
   * @return true if no statutory timescale exists
   */
  public boolean isLawSilent() {
    return lawSetsNoFigure;
  }

  /**
   * Why the catalogue has no rule for it.
   *
   * @return the reason in words
   */
  public String reason() {
    return reason;
  }
}
