package io.permanence.rules.northsomerset;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import java.util.List;

/**
 * The North Somerset Permanency Tracking Panel terms of reference (July 2022): ids, roles, headings
 * and the citation of each clause.
 *
 * <p>Clause ids are those of {@code permanence-rules/traceability/north-somerset.md}: {@code
 * cite("§6 s1")} is the citation {@code "NSomerset §6 s1"}. Roles only: the document names staff,
 * the library does not.
 */
public final class NorthSomerset {

  /** The authority's id. */
  public static final AuthorityId ID = AuthorityId.of("north-somerset");

  /** The authority's name. */
  public static final String NAME = "North Somerset";

  /** The document short name used in citations. */
  public static final String DOCUMENT = "NSomerset";

  /** The Permanency Tracking Panel. */
  public static final PanelId PANEL = PanelId.of("north-somerset-ptp");

  /** Joint chair: Head of Service Family Support and Safeguarding (§1 core). */
  public static final Role HEAD_FAMILY_SUPPORT_SAFEGUARDING =
      Role.of(
          "head-family-support-safeguarding",
          "Head of Service Family Support & Safeguarding (joint chair)");

  /** Joint chair: Head of Corporate Parenting (§1 core). */
  public static final Role HEAD_CORPORATE_PARENTING =
      Role.of("head-corporate-parenting", "Head of Corporate Parenting (joint chair)");

  /** The joint chairs together: the escalation role by default (I-NSO-17). */
  public static final Role JOINT_CHAIRS =
      Role.of("joint-chairs", "Joint chairs of the Permanency Tracking Panel");

  /** Head of Commissioning and Contracts (§1 core). */
  public static final Role HEAD_COMMISSIONING_CONTRACTS =
      Role.of("head-commissioning-contracts", "Head of Commissioning & Contracts");

  /** The regional adoption agency's family finding manager (§1 core). */
  public static final Role RAA_FAMILY_FINDING_MANAGER =
      Role.of("raa-family-finding-manager", "Adoption West Family Finding Manager");

  /** Team Manager, Fostering (§1 core). */
  public static final Role TEAM_MANAGER_FOSTERING =
      Role.of("team-manager-fostering", "Team Manager, Fostering");

  /** Team Manager, Children in Care, Corporate Parenting (§1 core). */
  public static final Role TEAM_MANAGER_CHILDREN_IN_CARE =
      Role.of("team-manager-children-in-care", "Team Manager, Children in Care");

  /** Team Manager Quality Assurance and Safeguarding (§1 core). */
  public static final Role TEAM_MANAGER_QA_SAFEGUARDING =
      Role.of("team-manager-qa-safeguarding", "Team Manager Quality Assurance & Safeguarding");

  /** Supervising social worker of the foster carers (§1 invite). */
  public static final Role SUPERVISING_SOCIAL_WORKER =
      Role.of("supervising-social-worker", "Supervising Social Worker");

  /** Family finding social worker (§1 invite). */
  public static final Role FAMILY_FINDING_SOCIAL_WORKER =
      Role.of("family-finding-social-worker", "Family Finding Social Worker");

  /** Business Intelligence, who notify children becoming looked after (§3.2(i)). */
  public static final Role BUSINESS_INTELLIGENCE =
      Role.of("business-intelligence", "Business Intelligence");

  /** The Legal Panel, who notify changes in the legal process (§3.2(ii), (iii)). */
  public static final Role LEGAL_PANEL = Role.of("legal-panel", "Legal Panel");

  /**
   * A notification to the panel administrator (§3.2). The model has no notification record, so a
   * notification is a document of this type on the child's file, dated the day it was sent.
   */
  public static final DocumentType ADMINISTRATOR_NOTIFICATION =
      DocumentType.of(
          "ptp-administrator-notification", "Notification to the PTP panel administrator");

  /** The core members, in the document's order (§1 core). */
  public static final List<Role> CORE_MEMBERS =
      List.of(
          HEAD_FAMILY_SUPPORT_SAFEGUARDING,
          HEAD_CORPORATE_PARENTING,
          HEAD_COMMISSIONING_CONTRACTS,
          RAA_FAMILY_FINDING_MANAGER,
          TEAM_MANAGER_FOSTERING,
          TEAM_MANAGER_CHILDREN_IN_CARE,
          TEAM_MANAGER_QA_SAFEGUARDING,
          Role.PANEL_ADMINISTRATOR);

  /** Heading 1: children newly looked after, in PLO or in proceedings (§6 s2, I-NSO-16). */
  public static final Heading NEW_ENTRANTS =
      Heading.builder()
          .id("new-entrants")
          .title("New: looked after / PLO / proceedings")
          .citation(cite("§6 s2"))
          .addAttendees(
              Role.SOCIAL_WORKER,
              Role.TEAM_MANAGER,
              SUPERVISING_SOCIAL_WORKER,
              FAMILY_FINDING_SOCIAL_WORKER)
          .addQuestions(
              "Is there a robust permanence plan with an effective contingency plan? (§5(a))",
              "Has family finding (adoption or long-term fostering) started where the plan needs it?"
                  + " (§5(b))",
              "Is the child planned for with brothers and sisters as a sibling group? (§5(c))",
              "For proceedings: is the case on track for the 26-week timetable? (§5(d))")
          .build();

  /** Heading 2: the two-monthly discussion of every tracked child (§6 s1, I-NSO-16). */
  public static final Heading TWO_MONTHLY =
      Heading.builder()
          .id("two-monthly")
          .title("Two-monthly discussion")
          .citation(cite("§6 s1"))
          .addAttendees(
              Role.SOCIAL_WORKER,
              Role.TEAM_MANAGER,
              SUPERVISING_SOCIAL_WORKER,
              FAMILY_FINDING_SOCIAL_WORKER)
          .addQuestions(
              "Is the permanence plan and its contingency still right? (§5(a))",
              "Is family finding progressing in a timely way? (§5(b))",
              "Has the child transferred to the Children in Care Team within the agreed"
                  + " timescale? (§5(e))",
              "Are life story work and later-life letters under way or completed? (§5(f) s2)")
          .build();

  /** Heading 3: review of actions set at earlier panels (§3.4 s3, I-NSO-16). */
  public static final Heading ACTION_REVIEW =
      Heading.builder()
          .id("review-of-actions")
          .title("Review of actions")
          .citation(cite("§3.4 s3"))
          .addAttendees(Role.SOCIAL_WORKER, Role.TEAM_MANAGER)
          .addQuestions("Have the actions agreed at the last panel been completed? (§3.4 s3)")
          .build();

  /** The headings in agenda order. */
  public static final List<Heading> HEADINGS = List.of(NEW_ENTRANTS, TWO_MONTHLY, ACTION_REVIEW);

  private NorthSomerset() {}

  /**
   * The citation of a clause of the document.
   *
   * @param clause the clause id without the document prefix, for example {@code "§6 s1"}
   * @return the citation, for example {@code "NSomerset §6 s1"}
   */
  public static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }
}
