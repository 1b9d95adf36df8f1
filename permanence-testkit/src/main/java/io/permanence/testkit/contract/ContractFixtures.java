package io.permanence.testkit.contract;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.CareLeaverOutcome;
import io.permanence.core.care.HealthIndicator;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PlacementArrangement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.care.SocialWorkerEpisode;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderExtension;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.legal.ProceedingsExtension;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionStatus;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.port.ActorId;
import io.permanence.core.reference.AdoptionReversalReasonCode;
import io.permanence.core.reference.CategoryOfNeedCode;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.MissingCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.PreviousPermanenceCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import io.permanence.core.reference.ReviewParticipationCode;
import io.permanence.testkit.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The records the contract suite stores: a case file with every kind of record, panel records, and
 * hostile texts (quotes, SQL fragments, control characters, non-Latin scripts, 10,000 characters)
 * that every implementation must store and return unchanged.
 */
public final class ContractFixtures {

  private ContractFixtures() {}

  /** Born on Monday 2015-01-05. */
  public static final LocalDate MON_2015_01_05 = LocalDate.of(2015, 1, 5);

  /** Came into care on Monday 2024-03-04. */
  public static final LocalDate MON_2024_03_04 = LocalDate.of(2024, 3, 4);

  /** Wednesday 2024-05-01. */
  public static final LocalDate WED_2024_05_01 = LocalDate.of(2024, 5, 1);

  /** Tuesday 2024-09-03. */
  public static final LocalDate TUE_2024_09_03 = LocalDate.of(2024, 9, 3);

  /** Monday 2025-01-06. */
  public static final LocalDate MON_2025_01_06 = LocalDate.of(2025, 1, 6);

  /** Monday 2026-03-16. */
  public static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  /** Friday 2026-03-20. */
  public static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);

  /** An instant with nanoseconds, which every store keeps exactly. */
  public static final Instant AT = Instant.parse("2026-03-16T09:30:00.123456789Z");

  /** A later instant. */
  public static final Instant LATER = Instant.parse("2026-03-17T14:05:00Z");

  /** The actor of the contract's changes: a role account, never a person. */
  public static final ActorId ACTOR = ActorId.of("role:panel-administrator");

  /** Another actor. */
  public static final ActorId OTHER_ACTOR = ActorId.of("system:ssda903-import");

  /** The panel of the contract's records. */
  public static final PanelId PANEL = PanelId.of("permanence-panel");

  /**
   * Texts that break naive storage: every one must round-trip unchanged (no NUL: PostgreSQL text
   * cannot hold it, and the JDBC adapter rejects it rather than change it).
   */
  public static List<String> hostileTexts() {
    String controls =
        IntStream.concat(IntStream.rangeClosed(1, 0x1F), IntStream.of(0x7F, 0x85, 0x9F))
            .mapToObj(Character::toString)
            .collect(Collectors.joining());
    return List.of(
        "O'Brien said \"no\"",
        "'; DROP TABLE permanence.child; --",
        "$$; DELETE FROM permanence.audit_log; $$ \\. \\N \\\\N",
        "back\\slash\ttab\nnewline\r\ncarriage",
        controls,
        "مرحبا بالعالم",
        "你好，世界",
        "नमस्ते Привет Γειά",
        "👩‍👧‍👦 𝕏 \u202Eevil\u202C a\u200Bb\uFEFFc",
        "ab'c;--\t\\".repeat(1000),
        "界".repeat(10_000));
  }

  /** A decision of the panel. */
  public static PanelDecision decision(String id, LocalDate madeOn, String text) {
    return PanelDecision.builder()
        .id(DecisionId.of(id))
        .panel(PANEL)
        .madeOn(madeOn)
        .signOffBy(Role.CHAIR)
        .text(text)
        .build();
  }

  /** An open action owned by the social worker. */
  public static PanelAction action(String id, LocalDate dueOn, String description) {
    return PanelAction.builder()
        .id(ActionId.of(id))
        .type(ActionType.PERMANENCE_PLANNING_MEETING)
        .description(description)
        .owner(Role.SOCIAL_WORKER)
        .dueOn(dueOn)
        .build();
  }

  /** The action with a new description (same id, type, owner and due day). */
  public static PanelAction withDescription(PanelAction action, String description) {
    PanelAction.Builder builder = PanelAction.builder();
    builder
        .id(action.id())
        .decision(action.decision())
        .type(action.type())
        .description(description)
        .owner(action.owner())
        .dueOn(action.dueOn())
        .status(action.status())
        .completedOn(action.completedOn());
    return builder.build();
  }

  /** A born child's case file with no records. */
  public static CaseFile emptyCaseFile(String childId, String authority) {
    return CaseFile.builder()
        .authority(AuthorityId.of(authority))
        .child(Child.of(ChildId.of(childId), MON_2015_01_05))
        .build();
  }

  /** The case file with its plans replaced. */
  public static CaseFile withPlans(CaseFile file, PermanencePlan... plans) {
    CaseFile.Builder builder = CaseFile.builder();
    builder
        .authority(file.authority())
        .child(file.child())
        .addAllDecisions(file.decisions())
        .addAllActions(file.actions())
        .addAllPlans(List.of(plans));
    return builder.build();
  }

  /** The case file with its actions replaced (other panel records and plans kept). */
  public static CaseFile withActions(CaseFile file, PanelAction... actions) {
    CaseFile.Builder builder = CaseFile.builder();
    builder
        .authority(file.authority())
        .child(file.child())
        .addAllDecisions(file.decisions())
        .addAllPlans(file.plans())
        .addAllActions(List.of(actions));
    return builder.build();
  }

  /**
   * A case file holding every kind of record, with {@code text} in every free-text field.
   *
   * @param childId the child id
   * @param authority the authority id
   * @param text the free text (for example a hostile text)
   * @return the case file
   */
  public static CaseFile richCaseFile(String childId, String authority, String text) {
    Child child =
        Child.builder()
            .id(ChildId.of(childId))
            .dateOfBirth(MON_2015_01_05)
            .isUasc(true)
            .uascCeasedOn(MON_2025_01_06)
            .siblingGroup(SiblingGroupId.of("SG-" + childId))
            .hasDisability(true)
            .build();
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.SUPERVISION)
            .madeOn(WED_2024_05_01)
            .originalEnd(WED_2024_05_01.plusYears(1))
            .addExtensions(
                CourtOrderExtension.of(WED_2024_05_01.plusMonths(10), WED_2024_05_01.plusYears(2)))
            .addExtensions(
                CourtOrderExtension.of(WED_2024_05_01.plusMonths(22), WED_2024_05_01.plusYears(3)))
            .build();
    PreProceedings plo =
        PreProceedings.builder()
            .start(MON_2024_03_04)
            .end(WED_2024_05_01)
            .letterBeforeProceedingsOn(MON_2024_03_04.plusDays(1))
            .addReviewMeetings(MON_2024_03_04.plusWeeks(6), MON_2024_03_04.plusWeeks(2))
            .familyGroupConferenceOfferedOn(MON_2024_03_04.plusDays(3))
            .familyGroupConferenceHeldOn(MON_2024_03_04.plusDays(17))
            .outcome(PreProceedingsOutcome.ISSUED_PROCEEDINGS)
            .build();
    CareProceedings proceedings =
        CareProceedings.builder()
            .decisionToIssueOn(WED_2024_05_01)
            .decisionForum(DecisionForum.LEGAL_GATEWAY_MEETING)
            .issuedOn(WED_2024_05_01.plusDays(6))
            .caseManagementHearingOn(WED_2024_05_01.plusDays(20))
            .addCheckpoints(WED_2024_05_01.plusWeeks(20), WED_2024_05_01.plusWeeks(12))
            .finalEvidenceDueOn(WED_2024_05_01.plusWeeks(16))
            .issuesResolutionHearingOn(WED_2024_05_01.plusWeeks(20))
            .finalHearingOn(WED_2024_05_01.plusWeeks(30))
            .finalOrderOn(WED_2024_05_01.plusWeeks(31))
            .addFinalOrderTypes(CourtOrderType.CARE, CourtOrderType.PLACEMENT)
            .addExtensions(ProceedingsExtension.of(WED_2024_05_01.plusWeeks(25), 8))
            .addExtensions(ProceedingsExtension.of(WED_2024_05_01.plusWeeks(27), 2))
            .build();
    Role raisedBy = Role.of("permanence-assurance-lead", text.isBlank() ? "x" : text);
    return CaseFile.builder()
        .authority(AuthorityId.of(authority))
        .child(child)
        .addLegalStatusPeriods(
            LegalStatusPeriod.of(LegalStatusCode.V2, MON_2024_03_04, WED_2024_05_01),
            LegalStatusPeriod.of(LegalStatusCode.C1, WED_2024_05_01))
        .addCourtOrders(order, CourtOrder.of(CourtOrderType.INTERIM_CARE, WED_2024_05_01))
        .addPreProceedings(plo)
        .addCareProceedings(proceedings)
        .addPeriodsOfCare(
            PeriodOfCare.builder()
                .start(MON_2015_01_05.plusYears(2))
                .end(MON_2015_01_05.plusYears(3))
                .reasonCeased(ReasonEpisodeCeasedCode.E11)
                .categoryOfNeed(CategoryOfNeedCode.N1)
                .build(),
            PeriodOfCare.of(MON_2024_03_04))
        .addPlacements(
            Placement.builder()
                .code(PlacementCode.U4)
                .provider(PlacementProviderCode.PR1)
                .start(MON_2024_03_04)
                .end(TUE_2024_09_03)
                .reasonForChange(ReasonPlaceChangeCode.CARPL)
                .build(),
            Placement.builder()
                .code(PlacementCode.U1)
                .start(TUE_2024_09_03)
                .longTermMatchOn(MON_2025_01_06)
                .arrangement(PlacementArrangement.STAYING_PUT)
                .build())
        .addReviews(
            LookedAfterReview.of(MON_2024_03_04.plusDays(20), ReviewParticipationCode.PN1),
            LookedAfterReview.of(TUE_2024_09_03))
        .adoptionMilestones(
            AdoptionMilestones.builder()
                .decisionToPlaceOn(TUE_2024_09_03)
                .placementOrderOn(TUE_2024_09_03.plusMonths(2))
                .matchedOn(TUE_2024_09_03.plusMonths(3))
                .reversedOn(TUE_2024_09_03.plusMonths(4))
                .reversalReason(AdoptionReversalReasonCode.RD1)
                .build())
        .previousPermanence(
            PreviousPermanence.builder()
                .code(PreviousPermanenceCode.P1)
                .localAuthority(text)
                .date(MON_2015_01_05.plusYears(1))
                .build())
        .addMissingEpisodes(
            MissingEpisode.of(
                MissingCode.M, TUE_2024_09_03.plusDays(3), TUE_2024_09_03.plusDays(4)),
            MissingEpisode.of(MissingCode.A, MON_2025_01_06))
        .addSocialWorkerEpisodes(
            SocialWorkerEpisode.builder()
                .workerId(text.isBlank() ? "SW-1" : text)
                .start(MON_2024_03_04)
                .reasonCode(text)
                .build())
        .addPlans(
            PermanencePlan.builder()
                .primary(PermanenceOption.ADOPTION)
                .contingency(PermanenceOption.LONG_TERM_FOSTERING)
                .recordedOn(TUE_2024_09_03)
                .ratifiedOn(TUE_2024_09_03.plusDays(14))
                .build(),
            PermanencePlan.of(PermanenceOption.REUNIFICATION, MON_2024_03_04))
        .addFlags(
            CaseFlag.builder()
                .type(CaseFlagType.FLAGGED_FOR_SCRUTINY)
                .start(MON_2024_03_04)
                .end(WED_2024_05_01)
                .raisedBy(raisedBy)
                .note(text)
                .build(),
            CaseFlag.of(CaseFlagType.OTHER, MON_2024_03_04))
        .addHealthOutcomes(
            HealthOutcomes.builder()
                .year(CollectionYear.of(2025))
                .sdqScore(17)
                .sdqReason(text)
                .putAllIndicators(
                    Map.of(HealthIndicator.HEALTH_CHECK, true, HealthIndicator.CONVICTED, false))
                .build(),
            HealthOutcomes.builder().year(CollectionYear.of(2024)).build())
        .addCareLeaverOutcomes(
            CareLeaverOutcome.builder()
                .year(CollectionYear.of(2025))
                .inTouch(text)
                .activity("F1")
                .build())
        .addPanelAppearances(
            PanelAppearance.builder()
                .panel(PANEL)
                .meetingOn(TUE_2024_09_03)
                .heading(text.isBlank() ? "heading" : text)
                .outcome(text)
                .build(),
            PanelAppearance.of(PANEL, TUE_2024_09_03, "same day, stored second"))
        .addDecisions(
            PanelDecision.builder()
                .id(DecisionId.of("D-" + childId))
                .panel(PANEL)
                .madeOn(TUE_2024_09_03)
                .signedOffOn(TUE_2024_09_03.plusDays(2))
                .signOffBy(raisedBy)
                .text(text)
                .build())
        .addActions(
            PanelAction.builder()
                .id(ActionId.of("A1-" + childId))
                .decision(DecisionId.of("D-" + childId))
                .type(ActionType.of("custom-type", text.isBlank() ? "x" : text))
                .description(text.isBlank() ? "x" : text)
                .owner(raisedBy)
                .dueOn(MON_2025_01_06)
                .status(ActionStatus.DONE)
                .completedOn(MON_2025_01_06)
                .build(),
            action("A2-" + childId, MON_2025_01_06, "same due day, stored second"))
        .addDocuments(
            DocumentOnFile.of(DocumentType.CARE_PLAN, TUE_2024_09_03),
            DocumentOnFile.of(
                DocumentType.of("custom-doc", text.isBlank() ? "x" : text), TUE_2024_09_03))
        .build();
  }

  /**
   * A deterministic synthetic case file, different for each {@code n}: born 2008 to 2023, in care
   * from two years after birth with legal status and placement changes, reviews, two plans, a
   * decision and an action (about 12 rows in the JDBC schema). For bulk tests and benchmarks.
   *
   * @param n the number of the child, from 0; the child id is {@code S<n>} zero-padded to 7 digits
   * @param authority the authority id
   * @return the case file
   */
  public static CaseFile syntheticCaseFile(int n, String authority) {
    LocalDate born = LocalDate.of(2008 + n % 16, 1 + n % 12, 1 + n % 28);
    LocalDate inCare = born.plusYears(2).plusDays(n % 97);
    LocalDate change = inCare.plusDays(30 + n % 200);
    String id = String.format(java.util.Locale.ROOT, "S%07d", n);
    return Scenario.child(id)
        .bornOn(born)
        .inAuthority(authority)
        .lookedAfterFrom(
            inCare, n % 2 == 0 ? LegalStatusCode.V2 : LegalStatusCode.C2, PlacementCode.U4)
        .legalStatusChange(change, LegalStatusCode.C1)
        .placementChange(change.plusDays(n % 5), PlacementCode.U1)
        .review(inCare.plusDays(20))
        .review(inCare.plusDays(120))
        .plan(inCare.plusDays(60), PermanenceOption.REUNIFICATION)
        .plan(change, PermanenceOption.ADOPTION, PermanenceOption.LONG_TERM_FOSTERING)
        .decision(decision("D-" + id, change, "Plan for adoption agreed"))
        .action(action("A-" + id, change.plusDays(28), "Convene a permanence planning meeting"))
        .build();
  }
}
