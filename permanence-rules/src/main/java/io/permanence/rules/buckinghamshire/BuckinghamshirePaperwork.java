package io.permanence.rules.buckinghamshire;

import static io.permanence.core.panel.DocumentType.BIRTH_CERTIFICATE;
import static io.permanence.core.panel.DocumentType.CARE_PLAN;
import static io.permanence.core.panel.DocumentType.CASE_MANAGEMENT_ORDER;
import static io.permanence.core.panel.DocumentType.CASE_SUMMARY;
import static io.permanence.core.panel.DocumentType.CHILD_AND_FAMILY_ASSESSMENT;
import static io.permanence.core.panel.DocumentType.CHRONOLOGY;
import static io.permanence.core.panel.DocumentType.FGC_MINUTES;
import static io.permanence.core.panel.DocumentType.FINAL_CARE_PLAN;
import static io.permanence.core.panel.DocumentType.LETTER_BEFORE_PROCEEDINGS;
import static io.permanence.core.panel.DocumentType.PANEL_MINUTES;
import static io.permanence.core.panel.DocumentType.PARENTING_ASSESSMENT_PLAN;
import static io.permanence.core.panel.DocumentType.PLO_MEETING_MINUTES;
import static io.permanence.core.panel.DocumentType.REVIEW_MINUTES;
import static io.permanence.core.panel.DocumentType.SECTION_37_REPORT;
import static io.permanence.core.panel.DocumentType.SWET;
import static io.permanence.core.panel.DocumentType.VIABILITY_ASSESSMENT;

import com.google.common.collect.ImmutableSet;
import io.permanence.core.panel.DocumentType;
import java.util.List;

/**
 * The paperwork of Buckinghamshire's panels as a checklist per case type: the tables of sections 6
 * to 8, the Resource and Complex Needs sections, and Appendix 1 ("Paperwork required at each panel
 * - At a glance"), mapped as interpretation I-BUC-03 says.
 *
 * <p>"Any minutes from attendance at panel previously" and the LPNAP's "copies of attendance note
 * from the previous panel" are not in these lists: they are required only when the child has
 * attended a panel before (I-BUC-05), so the remits add {@link DocumentType#PANEL_MINUTES} to the
 * referral. Likewise the birth certificate of "LPM cases including unborn babies" is added only
 * once the child is born (I-BUC-04).
 */
public final class BuckinghamshirePaperwork {

  private BuckinghamshirePaperwork() {}

  /** Legal Planning and New Admissions booking form, with case summary and proposed plan. */
  public static final DocumentType LPNAP_BOOKING_FORM =
      DocumentType.of(
          "lpnap-booking-form",
          "Legal Planning and New Admissions booking form (case summary and proposed plan)");

  /** Any assessments or reports completed. */
  public static final DocumentType ASSESSMENTS_COMPLETED =
      DocumentType.of("assessments-completed", "Assessments and reports completed");

  /** Child protection conference minutes, child protection plan and reports. */
  public static final DocumentType CP_CONFERENCE_MINUTES =
      DocumentType.of("cp-conference-minutes", "CPC minutes, CP plan and reports");

  /** Strategy meeting minutes and section 47 investigations of the last 6 months. */
  public static final DocumentType STRATEGY_MEETING_MINUTES =
      DocumentType.of(
          "strategy-meeting-minutes", "Strategy meeting minutes and section 47 investigations");

  /** Assessments of any potential carers. */
  public static final DocumentType CARER_ASSESSMENTS =
      DocumentType.of("carer-assessments", "Assessments of potential carers");

  /** An overview of previous proceedings and a summary of previous expert assessments. */
  public static final DocumentType PREVIOUS_PROCEEDINGS_OVERVIEW =
      DocumentType.of(
          "previous-proceedings-overview",
          "Overview of previous proceedings and previous expert assessments");

  /** The final order and documents to inform a supervision order discussion. */
  public static final DocumentType FINAL_ORDER = DocumentType.of("final-order", "Final order");

  /** Final care plan or supervision order support plan. */
  public static final DocumentType SUPERVISION_ORDER_SUPPORT_PLAN =
      DocumentType.of(
          "supervision-order-support-plan", "Final care plan / supervision order support plan");

  /** Assessments or reports completed by order of the court (or progress on them). */
  public static final DocumentType COURT_ORDERED_ASSESSMENTS =
      DocumentType.of("court-ordered-assessments", "Assessments/reports ordered by the court");

  /** A summary of the proceedings to date. */
  public static final DocumentType PROCEEDINGS_SUMMARY =
      DocumentType.of("proceedings-summary", "Summary of proceedings to date");

  /** Draft initial statement (court application). */
  public static final DocumentType DRAFT_INITIAL_STATEMENT =
      DocumentType.of("draft-initial-statement", "Draft initial statement");

  /** The care plan from when the order was made. */
  public static final DocumentType CARE_PLAN_AT_ORDER =
      DocumentType.of("care-plan-at-order", "Care plan from when the order was made");

  /** Child in need plan. */
  public static final DocumentType CHILD_IN_NEED_PLAN =
      DocumentType.of("child-in-need-plan", "Child in need plan");

  /** Children's Resource Panel referral form. */
  public static final DocumentType RESOURCE_PANEL_REFERRAL_FORM =
      DocumentType.of("resource-panel-referral-form", "Children's Resource Panel referral form");

  /** Complex Needs Panel referral form. */
  public static final DocumentType COMPLEX_NEEDS_REFERRAL_FORM =
      DocumentType.of("complex-needs-referral-form", "Complex Needs Panel referral form");

  /** Papers that must be recent: "prepared in the last 6 months" (I-BUC-13). */
  public static final ImmutableSet<DocumentType> DATED_WITHIN_FRESHNESS =
      ImmutableSet.of(CHILD_AND_FAMILY_ASSESSMENT, STRATEGY_MEETING_MINUTES);

  private static final List<DocumentType> LPM_CARE_OR_SUPERVISION =
      List.of(
          SWET,
          BIRTH_CERTIFICATE,
          CHILD_AND_FAMILY_ASSESSMENT,
          CP_CONFERENCE_MINUTES,
          STRATEGY_MEETING_MINUTES,
          CARER_ASSESSMENTS,
          LETTER_BEFORE_PROCEEDINGS,
          PARENTING_ASSESSMENT_PLAN,
          PREVIOUS_PROCEEDINGS_OVERVIEW);

  /** S20 emergency accommodation: §6 papers(1) and Appendix 1 LPNAP(2). */
  public static final Checklist S20_EMERGENCY =
      Checklist.of(List.of(LPNAP_BOOKING_FORM), List.of(LPNAP_BOOKING_FORM));

  /** S20 request / edge of care: §6 papers(2) (with FGC minutes) and Appendix 1 LPNAP(1). */
  public static final Checklist S20_REQUEST =
      Checklist.of(List.of(LPNAP_BOOKING_FORM, FGC_MINUTES), List.of(LPNAP_BOOKING_FORM));

  /** New admission to care: Appendix 1 LPNAP(1) and (2) (booking form). */
  public static final Checklist NEW_ADMISSION =
      Checklist.of(List.of(), List.of(LPNAP_BOOKING_FORM));

  /** Legal planning meeting, care or supervision order: §6 papers(4) and Appendix 1 LPM(1). */
  public static final Checklist LPM_CARE_OR_SUPERVISION_ORDER =
      Checklist.of(LPM_CARE_OR_SUPERVISION, LPM_CARE_OR_SUPERVISION);

  /** Unborn baby: §6 papers(4) without the birth certificate until born (I-BUC-04). */
  public static final Checklist UNBORN_BABY =
      LPM_CARE_OR_SUPERVISION_ORDER.without(BIRTH_CERTIFICATE);

  /** Relinquished baby: Appendix 1 LPNAP(6). */
  public static final Checklist RELINQUISHED_BABY =
      Checklist.of(List.of(), List.of(LPNAP_BOOKING_FORM));

  /**
   * S20 longer than agreed: §6 papers(3), Appendix 1 LPNAP(4) "request to extend" and LPM(4)
   * "review of status".
   */
  public static final Checklist S20_BEYOND_AGREED_PERIOD =
      Checklist.of(
          List.of(CASE_SUMMARY, REVIEW_MINUTES, CARE_PLAN, ASSESSMENTS_COMPLETED),
          List.of(
              LPNAP_BOOKING_FORM, CASE_SUMMARY, REVIEW_MINUTES, CARE_PLAN, ASSESSMENTS_COMPLETED));

  /** PLO review at week 6: §6 papers(5) and Appendix 1 PLO(1). */
  public static final Checklist PLO_WEEK_6 =
      Checklist.of(
          List.of(
              SWET,
              LETTER_BEFORE_PROCEEDINGS,
              PLO_MEETING_MINUTES,
              FGC_MINUTES,
              VIABILITY_ASSESSMENT,
              PARENTING_ASSESSMENT_PLAN),
          List.of(
              SWET,
              LETTER_BEFORE_PROCEEDINGS,
              PLO_MEETING_MINUTES,
              FGC_MINUTES,
              VIABILITY_ASSESSMENT,
              PARENTING_ASSESSMENT_PLAN));

  /** PLO review at week 12: §6 papers(6) and Appendix 1 PLO(2) (adds the updated chronology). */
  public static final Checklist PLO_WEEK_12 =
      Checklist.of(
          List.of(SWET, PLO_MEETING_MINUTES, ASSESSMENTS_COMPLETED),
          List.of(SWET, CHRONOLOGY, PLO_MEETING_MINUTES, ASSESSMENTS_COMPLETED));

  /**
   * PLO beyond week 12: §6 papers(7) (adds the minutes of the 6-week review) and Appendix 1 PLO(2).
   */
  public static final Checklist PLO_BEYOND_WEEK_12 =
      Checklist.of(
          List.of(SWET, PLO_MEETING_MINUTES, ASSESSMENTS_COMPLETED, PANEL_MINUTES),
          List.of(SWET, CHRONOLOGY, PLO_MEETING_MINUTES, ASSESSMENTS_COMPLETED));

  /** Section 37: §6 papers(8) and Appendix 1 LPM(3). */
  public static final Checklist SECTION_37 =
      Checklist.of(
          List.of(SECTION_37_REPORT, CHILD_AND_FAMILY_ASSESSMENT),
          List.of(SECTION_37_REPORT, CHILD_AND_FAMILY_ASSESSMENT));

  /**
   * Supervision order review: §6 papers(9) and Appendix 1 LPM(5). The expiry and extension sets of
   * Appendix 1 differ; the case file does not record which is sought, so their common papers are
   * listed and the recommendation is asked for in the case summary (I-BUC-30).
   */
  public static final Checklist SUPERVISION_ORDER_REVIEW =
      Checklist.of(
          List.of(CASE_SUMMARY, FINAL_ORDER),
          List.of(SUPERVISION_ORDER_SUPPORT_PLAN, ASSESSMENTS_COMPLETED));

  /** Review of police protection: Appendix 1 LPNAP(3) (case summary if the child went home). */
  public static final Checklist POLICE_PROTECTION =
      Checklist.of(List.of(), List.of(LPNAP_BOOKING_FORM));

  /** UASC in care over a 6-week period: Appendix 1 LPNAP(5). */
  public static final Checklist UASC_S20 = Checklist.of(List.of(), List.of(LPNAP_BOOKING_FORM));

  /** Court Progression checkpoint 1: §7 papers(1) and Appendix 1 CPP(1). */
  public static final Checklist CHECKPOINT_1 =
      Checklist.of(
          List.of(SWET, CASE_MANAGEMENT_ORDER, COURT_ORDERED_ASSESSMENTS),
          List.of(SWET, CASE_MANAGEMENT_ORDER, COURT_ORDERED_ASSESSMENTS));

  /** Court Progression checkpoint 2: §7 papers(2) and Appendix 1 CPP(2). */
  public static final Checklist CHECKPOINT_2 =
      Checklist.of(
          List.of(
              SWET,
              PROCEEDINGS_SUMMARY,
              CASE_MANAGEMENT_ORDER,
              COURT_ORDERED_ASSESSMENTS,
              FINAL_CARE_PLAN,
              PANEL_MINUTES),
          List.of(
              SWET,
              CASE_MANAGEMENT_ORDER,
              COURT_ORDERED_ASSESSMENTS,
              FINAL_CARE_PLAN,
              PANEL_MINUTES));

  /** Deprivation of liberty: §7 papers(3), a summary of the current position. */
  public static final Checklist DEPRIVATION_OF_LIBERTY =
      Checklist.of(List.of(CASE_SUMMARY), List.of());

  /** Permanency Panel, all cases: §8 papers (care plans) and Appendix 1 PP. */
  public static final Checklist PERMANENCY = Checklist.of(List.of(CARE_PLAN), List.of(CARE_PLAN));

  /** Resource Panel, all cases: §Resource papers and Appendix 1 RP. */
  public static final Checklist RESOURCE =
      Checklist.of(
          List.of(RESOURCE_PANEL_REFERRAL_FORM, CARE_PLAN),
          List.of(RESOURCE_PANEL_REFERRAL_FORM, CARE_PLAN));

  /** Complex Needs Panel, all cases: §ComplexNeeds papers and Appendix 1 CNP. */
  public static final Checklist COMPLEX_NEEDS =
      Checklist.of(
          List.of(COMPLEX_NEEDS_REFERRAL_FORM), List.of(COMPLEX_NEEDS_REFERRAL_FORM, CARE_PLAN));

  /**
   * LPM "Discharge care order" (Appendix 1 LPM(2)). The case file records no request to discharge
   * heard at the LPNAP, so no remit lists it; a host attaches it to a manual booking.
   */
  public static final Checklist LPM_DISCHARGE_CARE_ORDER =
      Checklist.of(
          List.of(),
          List.of(
              DRAFT_INITIAL_STATEMENT,
              CARE_PLAN,
              CARE_PLAN_AT_ORDER,
              PREVIOUS_PROCEEDINGS_OVERVIEW,
              REVIEW_MINUTES));

  /**
   * LPM "Secure Accommodation Order" (Appendix 1 LPM(6)); like {@link #LPM_DISCHARGE_CARE_ORDER},
   * for manual bookings.
   */
  public static final Checklist LPM_SECURE_ACCOMMODATION =
      Checklist.of(
          List.of(),
          List.of(
              DRAFT_INITIAL_STATEMENT,
              CARE_PLAN,
              CHRONOLOGY,
              REVIEW_MINUTES,
              ASSESSMENTS_COMPLETED,
              PREVIOUS_PROCEEDINGS_OVERVIEW));
}
