package io.permanence.rules.buckinghamshire;

/**
 * Which of the document's two paperwork lists make a heading's checklist (interpretation I-BUC-03):
 * the tables of sections 6 to 8 and Appendix 1 ("Paperwork required at each panel - At a glance")
 * list different papers for the same case type.
 */
public enum PaperworkSource {
  /**
   * Both lists, without repeats: the stricter reading, no paper the authority asks for is missed.
   */
  UNION,
  /** Appendix 1 only (where a case type has no Appendix 1 entry, the section's list). */
  APPENDIX_ONLY,
  /** The section's table only (where a case type has no section table, Appendix 1). */
  SECTION_ONLY
}
