package io.permanence.rules.barnet;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;

/**
 * The names the Barnet Permanency Planning Panel terms of reference use: the authority and panel
 * ids, the document cited, the roles (never people) and the papers.
 *
 * <p>Clause ids follow {@code permanence-rules/traceability/barnet.md}: {@code Barnet.cite("§Remit
 * 1 s3")} is the citation of the becoming-looked-after window.
 */
public final class Barnet {

  /** The authority id, {@code barnet}. */
  public static final AuthorityId ID = AuthorityId.of("barnet");

  /** The authority's name. */
  public static final String NAME = "London Borough of Barnet";

  /** The short name of the document cited by every Barnet rule. */
  public static final String DOCUMENT = "Barnet Permanency Planning Panel ToR";

  /** The Permanency Planning Panel (weekly, Tuesday). */
  public static final PanelId PERMANENCY_PLANNING_PANEL = PanelId.of("barnet-permanency-planning");

  /** The Permanency Tracking Meeting (schedule not stated: configuration). */
  public static final PanelId PERMANENCY_TRACKING_MEETING =
      PanelId.of("barnet-permanency-tracking");

  /** The chair, who also signs decision sheets off and reviews the forward plan. */
  public static final Role OPERATIONAL_DIRECTOR_FAMILY_SERVICES =
      Role.of("operational-director-family-services", "Operational Director, Family Services");

  /** Head of Corporate Parenting and Permanence. */
  public static final Role HEAD_CORPORATE_PARENTING_PERMANENCE =
      Role.of("head-corporate-parenting-permanence", "Head of Corporate Parenting & Permanence");

  /** Head of Placements and Disabilities. */
  public static final Role HEAD_PLACEMENTS_DISABILITIES =
      Role.of("head-placements-disabilities", "Head of Placements and Disabilities");

  /** Head of Intervention and Planning. */
  public static final Role HEAD_INTERVENTION_PLANNING =
      Role.of("head-intervention-planning", "Head of Intervention & Planning");

  /** Head of Duty and Assessment. */
  public static final Role HEAD_DUTY_ASSESSMENT =
      Role.of("head-duty-assessment", "Head of Duty & Assessment");

  /** Team Manager, Placements Service. */
  public static final Role TEAM_MANAGER_PLACEMENTS =
      Role.of("team-manager-placements", "Team Manager, Placements Service");

  /** Senior Legal Adviser. */
  public static final Role SENIOR_LEGAL_ADVISER =
      Role.of("senior-legal-adviser", "Senior Legal Adviser");

  /**
   * Head of Continuing Healthcare and Neuroscience Lead: the document says CCG, replaced by the
   * Integrated Care Board in July 2022 (I-BUC-21), hence the label "CCG/ICB".
   */
  public static final Role HEAD_CONTINUING_HEALTHCARE =
      Role.of(
          "head-continuing-healthcare",
          "Head of Continuing Healthcare & Neuroscience Lead (CCG/ICB)");

  /** Youth Offending Team manager. */
  public static final Role YOT_MANAGER = Role.of("yot-manager", "YOT Manager");

  /** The Panel Coordinator, who follows up forms and genograms. */
  public static final Role PANEL_COORDINATOR = Role.of("panel-coordinator", "Panel Coordinator");

  /** Assistant Head of Service, Corporate Parenting, who may raise form concerns. */
  public static final Role ASSISTANT_HEAD_OF_SERVICE_CORPORATE_PARENTING =
      Role.of(
          "assistant-head-of-service-corporate-parenting",
          "Assistant Head of Service, Corporate Parenting");

  /** The Permanency Planning Panel Form, completed by the social worker. */
  public static final DocumentType PPP_FORM =
      DocumentType.of("barnet-ppp-form", "Permanency Planning Panel Form");

  private Barnet() {}

  /**
   * A citation of a clause of the Barnet terms of reference.
   *
   * @param clause the clause id, as in {@code traceability/barnet.md}, for example {@code "§Remit 1
   *     s3"}
   * @return the citation
   */
  public static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }
}
