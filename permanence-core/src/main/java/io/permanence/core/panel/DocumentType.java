package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A kind of paperwork a panel requires on the child's file (Barnet process; Buckinghamshire ToR
 * Appendix 1; Knowsley administration).
 *
 * <p>A value of an id (lower case letters, digits and hyphens) and a readable name. Equal ids with
 * different names are different values; authorities define their own with {@link #of(String,
 * String)} beside the constants. {@link #toString()} is the id. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class DocumentType {

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  /** Genogram (Barnet). */
  public static final DocumentType GENOGRAM = of("genogram", "Genogram");

  /** The panel's referral or booking form. */
  public static final DocumentType REFERRAL_FORM = of("referral-form", "Referral form");

  /** The current care plan. */
  public static final DocumentType CARE_PLAN = of("care-plan", "Care plan");

  /** Draft final care plan for court. */
  public static final DocumentType FINAL_CARE_PLAN = of("final-care-plan", "Final care plan");

  /** Social work evidence template. */
  public static final DocumentType SWET = of("swet", "Social work evidence template (SWET)");

  /** Chronology. */
  public static final DocumentType CHRONOLOGY = of("chronology", "Chronology");

  /** Case summary with the proposed plan. */
  public static final DocumentType CASE_SUMMARY = of("case-summary", "Case summary");

  /** Parenting assessment. */
  public static final DocumentType PARENTING_ASSESSMENT =
      of("parenting-assessment", "Parenting assessment");

  /** Parenting assessment plan. */
  public static final DocumentType PARENTING_ASSESSMENT_PLAN =
      of("parenting-assessment-plan", "Parenting assessment plan");

  /** Child and family assessment. */
  public static final DocumentType CHILD_AND_FAMILY_ASSESSMENT =
      of("child-and-family-assessment", "Child and family assessment");

  /** Viability assessment of a potential carer. */
  public static final DocumentType VIABILITY_ASSESSMENT =
      of("viability-assessment", "Viability assessment");

  /** Letter before proceedings (or immediate issue letter). */
  public static final DocumentType LETTER_BEFORE_PROCEEDINGS =
      of("letter-before-proceedings", "Letter before proceedings");

  /** Minutes and action plan of a PLO meeting. */
  public static final DocumentType PLO_MEETING_MINUTES =
      of("plo-meeting-minutes", "PLO meeting minutes and action plan");

  /** Family group conference minutes. */
  public static final DocumentType FGC_MINUTES =
      of("fgc-minutes", "Family group conference minutes");

  /** Minutes of the latest looked-after review. */
  public static final DocumentType REVIEW_MINUTES = of("review-minutes", "CLA review minutes");

  /** Minutes of a previous attendance at panel. */
  public static final DocumentType PANEL_MINUTES =
      of("panel-minutes", "Minutes from previous panel");

  /** Case management order. */
  public static final DocumentType CASE_MANAGEMENT_ORDER =
      of("case-management-order", "Case management order (CMO)");

  /** Section 37 report. */
  public static final DocumentType SECTION_37_REPORT = of("section-37-report", "Section 37 report");

  /** Special guardianship support plan. */
  public static final DocumentType SGO_SUPPORT_PLAN = of("sgo-support-plan", "SGO support plan");

  /** Birth certificate. */
  public static final DocumentType BIRTH_CERTIFICATE = of("birth-certificate", "Birth certificate");

  /** Life story work. */
  public static final DocumentType LIFE_STORY_WORK = of("life-story-work", "Life story work");

  /** Later life letter. */
  public static final DocumentType LATER_LIFE_LETTER = of("later-life-letter", "Later life letter");

  /** The id, for example {@code care-plan}. */
  @Value.Parameter
  public abstract String id();

  /** The readable name. */
  @Value.Parameter
  public abstract String name();

  /**
   * A document type.
   *
   * @param id lower case letters, digits and hyphens
   * @param name the readable name, not blank
   * @return the document type
   */
  public static DocumentType of(String id, String name) {
    return ImmutableDocumentType.of(id, name);
  }

  @Value.Check
  final void check() {
    checkArgument(
        ID.matcher(id()).matches(), "document type id must match [a-z0-9-]+ but was '%s'", id());
    checkArgument(
        !name().isBlank(),
        "document type name must not be blank but was '%s' (id %s)",
        name(),
        id());
  }

  /** The id. */
  @Override
  public final String toString() {
    return id();
  }
}
