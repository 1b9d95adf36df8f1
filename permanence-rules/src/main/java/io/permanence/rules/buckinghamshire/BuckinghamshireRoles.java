package io.permanence.rules.buckinghamshire;

import io.permanence.core.panel.Role;

/**
 * The roles of Buckinghamshire's five panels (Permanency Planning Tracking for Children in Care,
 * the "Attendees" and "Who?" tables of sections 6, 7, 8, Resource and Complex Needs).
 *
 * <p>The document names the people who hold these roles; the library models the roles only. Rotas
 * ("to attend on a rota basis, arranged between themselves") are left to the panels.
 */
public final class BuckinghamshireRoles {

  private BuckinghamshireRoles() {}

  /** A senior manager chairing on a rota (LPNAP, CPP, PP, Resource Panel); also chairs LPMs. */
  public static final Role SENIOR_MANAGER_CHAIR =
      Role.of("senior-manager-chair", "Senior Manager (Chair)");

  /** Legal Services, on a rota. */
  public static final Role LEGAL_SERVICES = Role.of("legal-services", "Legal Services");

  /** The Placements Team (care purchasing team leader or duty officer). */
  public static final Role PLACEMENTS_TEAM = Role.of("placements-team", "Placements Team");

  /** The Family Group Conference team manager. */
  public static final Role FGC_TEAM_MANAGER =
      Role.of("fgc-team-manager", "Family Group Conference Team Manager");

  /** The Early Help service manager. */
  public static final Role EARLY_HELP_MANAGER = Role.of("early-help-manager", "Early Help Manager");

  /** Fostering: the commissioning operations manager. */
  public static final Role FOSTERING = Role.of("fostering", "Fostering (Commissioning Operations)");

  /** Fostering or adoption team managers, on a rota (Permanency Panel). */
  public static final Role FOSTERING_OR_ADOPTION =
      Role.of("fostering-or-adoption", "Fostering/Adoption (rota)");

  /** The CAMHS consultant clinical psychologist and clinical lead. */
  public static final Role CAMHS_CLINICAL_LEAD =
      Role.of("camhs-clinical-lead", "CAMHS Clinical Lead");

  /** The IRO team manager. */
  public static final Role IRO_TEAM_MANAGER = Role.of("iro-team-manager", "IRO Team Manager");

  /** Finance: the management accountant. */
  public static final Role FINANCE = Role.of("finance", "Finance (Management Accountant)");

  /**
   * Other attendees of the Resource Panel as and when required (respite, portage, OT, LD nursing).
   */
  public static final Role RESOURCE_OTHER_AS_REQUIRED =
      Role.of("resource-other-as-required", "Other attendees as required");

  /** The Service Director, Education: chair of the Complex Needs Panel. */
  public static final Role SERVICE_DIRECTOR_EDUCATION =
      Role.of("service-director-education", "Service Director, Education (Chair)");

  /** The health commissioner's continuing healthcare manager ("CCG", an ICB since July 2022). */
  public static final Role CONTINUING_HEALTHCARE_MANAGER =
      Role.of("continuing-healthcare-manager", "Service Manager, Continuing Healthcare (CCG/ICB)");

  /** The Head of Children's Care Management. */
  public static final Role HEAD_OF_CHILDRENS_CARE_MANAGEMENT =
      Role.of("head-of-childrens-care-management", "Head of Children's Care Management");

  /** The Head of Finance, Children's Services. */
  public static final Role HEAD_OF_FINANCE = Role.of("head-of-finance", "Head of Finance");

  /** The Head of Integrated Commissioning. */
  public static final Role HEAD_OF_INTEGRATED_COMMISSIONING =
      Role.of("head-of-integrated-commissioning", "Head of Integrated Commissioning");

  /** The Head of the Integrated SEND Service. */
  public static final Role HEAD_OF_SEND =
      Role.of("head-of-send", "Head of Integrated SEND Service");

  /** The Head of Service, Adults, Learning Disability, Transitions and CHC. */
  public static final Role HEAD_OF_ADULTS_TRANSITIONS =
      Role.of("head-of-adults-transitions", "Head of Service, Adults, LD, Transitions and CHC");

  /** The Transitions Team Manager. */
  public static final Role TRANSITIONS_TEAM_MANAGER =
      Role.of("transitions-team-manager", "Transitions Team Manager");
}
