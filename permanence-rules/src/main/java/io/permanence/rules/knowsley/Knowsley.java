package io.permanence.rules.knowsley;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Knowsley Multi-Agency Permanency Panel terms of reference (reviewed October 2024): ids,
 * roles, the four parts as agenda headings, and the citation of each clause.
 *
 * <p>Clause ids are those of {@code permanence-rules/traceability/knowsley.md}: {@code cite("§Part
 * 1 s2")} is the citation {@code "Knowsley §Part 1 s2"}. Roles only: the document names staff, the
 * library does not.
 */
public final class Knowsley {

  /** The authority's id. */
  public static final AuthorityId ID = AuthorityId.of("knowsley");

  /** The authority's name. */
  public static final String NAME = "Knowsley";

  /** The document short name used in citations. */
  public static final String DOCUMENT = "Knowsley";

  /** The Multi-Agency Permanency Panel. */
  public static final PanelId PANEL = PanelId.of("knowsley-mapp");

  /** The weekly Monday Legal Planning Meeting (§Part 3 s3). */
  public static final PanelId LPM = PanelId.of("knowsley-lpm");

  /** Senior Manager, the chair. */
  public static final Role SENIOR_MANAGER_CHAIR =
      Role.of("senior-manager-chair", "Senior Manager (Chair)");

  /** Team Manager, Children Looked After team 1. */
  public static final Role TEAM_MANAGER_CLA_1 = Role.of("team-manager-cla-1", "Team Manager CLA 1");

  /** Team Manager, Children Looked After team 2. */
  public static final Role TEAM_MANAGER_CLA_2 = Role.of("team-manager-cla-2", "Team Manager CLA 2");

  /** Team Manager, Young People's Team. */
  public static final Role TEAM_MANAGER_YPT = Role.of("team-manager-ypt", "Team Manager, YPT");

  /** Specialist Nurse for children looked after. */
  public static final Role SPECIALIST_NURSE_CLA =
      Role.of("specialist-nurse-cla", "Specialist Nurse CLA");

  /** Team Manager, Fostering Service. */
  public static final Role TEAM_MANAGER_FOSTERING =
      Role.of("team-manager-fostering", "Team Manager, Fostering Service");

  /** Team Manager, Adoption Service. */
  public static final Role TEAM_MANAGER_ADOPTION =
      Role.of("team-manager-adoption", "Team Manager, Adoption Service");

  /** Team Manager, Access to Resources Team. */
  public static final Role TEAM_MANAGER_ACCESS_TO_RESOURCES =
      Role.of("team-manager-access-to-resources", "Team Manager Access to Resources Team");

  /** Accountant, Finance Team. */
  public static final Role FINANCE_ACCOUNTANT =
      Role.of("finance-accountant", "Accountant, Finance Team");

  /** Fostering admin, who receive the papers and upload minutes (§Admin ¶2 s1, ¶4 s2). */
  public static final Role FOSTERING_ADMIN = Role.of("fostering-admin", "Fostering admin");

  /** The membership, in the document's order (§Membership list). */
  public static final List<Role> MEMBERS =
      List.of(
          SENIOR_MANAGER_CHAIR,
          Role.PANEL_ADMINISTRATOR,
          TEAM_MANAGER_CLA_1,
          TEAM_MANAGER_CLA_2,
          TEAM_MANAGER_YPT,
          SPECIALIST_NURSE_CLA,
          Role.VIRTUAL_SCHOOL_HEAD,
          Role.IRO,
          TEAM_MANAGER_FOSTERING,
          TEAM_MANAGER_ADOPTION,
          TEAM_MANAGER_ACCESS_TO_RESOURCES,
          FINANCE_ACCOUNTANT,
          Role.LEGAL_ADVISER);

  /** Legal Planning Meeting paperwork (§Part 3 s4); its contents are not listed. */
  public static final DocumentType LPM_PAPERWORK =
      DocumentType.of("lpm-paperwork", "LPM paperwork");

  /** The social worker's papers (§Admin ¶1(a), (b), (c), (d)). */
  public static final List<DocumentType> SOCIAL_WORKER_PAPERS =
      List.of(
          DocumentType.CARE_PLAN,
          DocumentType.CHILD_AND_FAMILY_ASSESSMENT,
          DocumentType.REVIEW_MINUTES,
          DocumentType.CHRONOLOGY);

  /** The question of function F5, asked on Part 2 and Part 4 items. */
  static final String HOLISTIC =
      "Have the implications for the child's health and education been fully considered? (F5)";

  private Knowsley() {}

  /**
   * The citation of a clause of the document.
   *
   * @param clause the clause id without the document prefix, for example {@code "§Part 1 s2"}
   * @return the citation, for example {@code "Knowsley §Part 1 s2"}
   */
  public static Citation cite(String clause) {
    return Citation.of(DOCUMENT, clause);
  }

  /**
   * The heading of a part of the meeting (§Structure s2), with its attendee roles (§Membership s2)
   * and, if the part requires them, the social worker's papers (§Admin ¶1, I-KNO-11).
   *
   * @param part 1 to 4
   * @param withPapers whether the social worker's papers are required for items of the part
   * @return the heading
   */
  public static Heading part(int part, boolean withPapers) {
    Heading.Builder heading = Heading.builder();
    List<Role> attendees = new ArrayList<>(MEMBERS);
    switch (part) {
      case 1:
        attendees.removeAll(Set.of(TEAM_MANAGER_YPT, Role.VIRTUAL_SCHOOL_HEAD));
        heading
            .id("part-1")
            .title("Part 1: Adoption tracking")
            .citation(cite("§Part 1 s1"))
            .addQuestions(
                "Are all blocks and barriers to a successful adoption placement within timescales"
                    + " addressed? (§Part 1 s2)",
                "Are the pre-ADM and ADM booked in line with the court timetable? (§Part 1 s3(c))",
                "Is the ADM checklist being completed? (§Part 1 s3(c))");
        break;
      case 2:
        attendees.remove(TEAM_MANAGER_ADOPTION);
        heading
            .id("part-2")
            .title("Part 2: Matching and approval / recommendation of placements")
            .citation(cite("§Part 2 s1"))
            .addQuestions(
                "Is the request progressing the plan for permanency as agreed in the child's"
                    + " review? (§Part 2 s2)",
                "Match and approve (or recommend) the placement, SGO and support plan? (F1, F2)",
                HOLISTIC);
        break;
      case 3:
        attendees.remove(TEAM_MANAGER_ADOPTION);
        heading
            .id("part-3")
            .title("Part 3: Children placed at home with parents")
            .citation(cite("§Part 3 s1"))
            .addQuestions(
                "Under a care order: has revocation been considered? (§Part 3 s2)",
                "Recommend revocation (only with a legal representative on the panel) or refer to"
                    + " the Monday Legal Planning Meeting with LPM paperwork? (§Part 3 s3, s4)");
        break;
      case 4:
        heading
            .id("part-4")
            .title("Part 4: Scrutiny of plans and placements")
            .citation(cite("§Part 4 s1"))
            .addQuestions(
                "What are the blocks or barriers to implementing a plan of permanency? (§Part 4"
                    + " s3)",
                "Which actions, with specific timescales, are agreed to bring back to panel?"
                    + " (§Part 4 s4)",
                "Is the child in the right placement to meet their needs? (F4)",
                HOLISTIC);
        break;
      default:
        throw new IllegalArgumentException("part must be 1 to 4 but was " + part);
    }
    attendees.add(Role.SOCIAL_WORKER);
    attendees.add(Role.TEAM_MANAGER);
    heading.addAllAttendees(attendees);
    if (withPapers) {
      heading.addAllPaperwork(SOCIAL_WORKER_PAPERS);
    }
    return heading.build();
  }

  /** The heading of the Legal Planning Meeting: children referred from Part 3 (§Part 3 s3). */
  public static final Heading LPM_REFERRALS =
      Heading.builder()
          .id("referred-from-permanency-panel")
          .title("Referred from the Multi-Agency Permanency Panel (revocation of care order)")
          .citation(cite("§Part 3 s3"))
          .addAttendees(Role.LEGAL_ADVISER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER)
          .addQuestions("Should an application to revoke the care order be made? (§Part 3 s3)")
          .addPaperwork(LPM_PAPERWORK)
          .build();

  /** A date as {@code "Mon 2026-03-16"}: {@link Dates#format}. */
  static String day(LocalDate date) {
    return Dates.format(date);
  }
}
