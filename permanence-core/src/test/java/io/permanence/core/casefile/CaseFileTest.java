package io.permanence.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static final AuthorityId BCP = AuthorityId.of("bcp");
  private static final ChildId C1 = ChildId.of("C1");
  private static final LocalDate TUE_2015_09_01 = LocalDate.of(2015, 9, 1);
  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2025_08_25 = LocalDate.of(2025, 8, 25);
  private static final LocalDate MON_2025_09_01 = LocalDate.of(2025, 9, 1);
  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate MON_2026_06_01 = LocalDate.of(2026, 6, 1);

  private static final Child CHILD = Child.of(C1, TUE_2015_09_01);

  private static CaseFile.Builder caseFile() {
    CaseFile.Builder builder = CaseFile.builder();
    builder.authority(BCP).child(CHILD);
    return builder;
  }

  /** S20 from 2 June 2025, ICO from 1 Sept 2025; U6 then U4 from 1 Dec 2025. */
  private static CaseFile history() {
    return caseFile()
        .addPeriodsOfCare(PeriodOfCare.of(MON_2025_06_02))
        .addLegalStatusPeriods(
            LegalStatusPeriod.of(LegalStatusCode.C1, MON_2025_09_01),
            LegalStatusPeriod.of(LegalStatusCode.V2, MON_2025_06_02, MON_2025_09_01))
        .addPlacements(
            Placement.of(PlacementCode.U4, MON_2025_12_01),
            Placement.of(PlacementCode.U6, MON_2025_06_02, MON_2025_12_01))
        .addReviews(
            LookedAfterReview.of(MON_2025_06_02.plusWeeks(4)),
            LookedAfterReview.of(MON_2025_09_01.plusWeeks(4)))
        .addPlans(PermanencePlan.of(PermanenceOption.ADOPTION, MON_2025_09_01))
        .build();
  }

  @Test
  void test_builder_sortsByStart() {
    CaseFile file = history();
    assertThat(file.legalStatusPeriods())
        .extracting(LegalStatusPeriod::code)
        .containsExactly(LegalStatusCode.V2, LegalStatusCode.C1);
    assertThat(file.placements())
        .extracting(Placement::code)
        .containsExactly(PlacementCode.U6, PlacementCode.U4);
  }

  @Test
  void test_isLookedAfterOn() {
    CaseFile file = history();
    assertThat(file.isLookedAfterOn(MON_2025_06_02.minusDays(1))).isFalse();
    assertThat(file.isLookedAfterOn(MON_2025_06_02)).isTrue();
    assertThat(file.findBecameLookedAfterOn(MON_2026_03_16)).contains(MON_2025_06_02);
  }

  @Test
  void test_isLookedAfterOn_endedPeriodExcludesEndDay() {
    CaseFile file =
        caseFile()
            .addPeriodsOfCare(
                PeriodOfCare.of(MON_2025_06_02, MON_2026_03_16, ReasonEpisodeCeasedCode.E4A))
            .build();
    assertThat(file.isLookedAfterOn(MON_2026_03_16.minusDays(1))).isTrue();
    assertThat(file.isLookedAfterOn(MON_2026_03_16)).isFalse();
    assertThat(file.findLatestPeriodOfCareStartedBy(MON_2026_06_01))
        .map(PeriodOfCare::reasonCeased)
        .contains(java.util.Optional.of(ReasonEpisodeCeasedCode.E4A));
  }

  @Test
  void test_findLegalStatusOn_changeDayBelongsToNewStatus() {
    CaseFile file = history();
    assertThat(file.findLegalStatusOn(MON_2025_09_01.minusDays(1)))
        .map(LegalStatusPeriod::code)
        .contains(LegalStatusCode.V2);
    assertThat(file.findLegalStatusOn(MON_2025_09_01))
        .map(LegalStatusPeriod::code)
        .contains(LegalStatusCode.C1);
    assertThat(file.findLegalStatusOn(MON_2025_06_02.minusDays(1))).isEmpty();
  }

  @Test
  void test_findContinuousLegalStatusSince_acrossAbuttingSection20Periods() {
    CaseFile file =
        caseFile()
            .addPeriodsOfCare(PeriodOfCare.of(MON_2025_06_02))
            .addLegalStatusPeriods(
                LegalStatusPeriod.of(LegalStatusCode.V2, MON_2025_06_02, MON_2025_08_25),
                LegalStatusPeriod.of(LegalStatusCode.V2, MON_2025_08_25))
            .build();
    assertThat(file.findContinuousLegalStatusSince(MON_2026_03_16, LegalStatusCode::isSection20))
        .contains(MON_2025_06_02);
    assertThat(file.findContinuousLegalStatusSince(MON_2026_03_16, LegalStatusCode::isCareOrder))
        .isEmpty();
  }

  @Test
  void test_findContinuousPlacementSince_stopsAtOtherType() {
    CaseFile file = history();
    assertThat(file.findContinuousPlacementSince(MON_2026_03_16, PlacementCode::isFostering))
        .contains(MON_2025_06_02);
    assertThat(
            file.findContinuousPlacementSince(MON_2026_03_16, PlacementCode::isLongTermFostering))
        .contains(MON_2025_12_01);
  }

  @Test
  void test_findPlacementOn() {
    CaseFile file = history();
    assertThat(file.findPlacementOn(MON_2025_12_01))
        .map(Placement::code)
        .contains(PlacementCode.U4);
    assertThat(file.placementsBetween(MON_2025_06_02, MON_2026_06_01)).hasSize(2);
    assertThat(file.placementsBetween(MON_2025_12_01, MON_2026_06_01)).hasSize(1);
  }

  @Test
  void test_findPlanInForceOn() {
    CaseFile file = history();
    assertThat(file.findPlanInForceOn(MON_2025_08_25)).isEmpty();
    assertThat(file.findPlanInForceOn(MON_2026_03_16))
        .map(PermanencePlan::primary)
        .contains(PermanenceOption.ADOPTION);
  }

  @Test
  void test_reviewsBetween_halfOpen() {
    CaseFile file = history();
    LocalDate first = MON_2025_06_02.plusWeeks(4);
    assertThat(file.reviewsBetween(first, MON_2026_03_16)).hasSize(2);
    assertThat(file.reviewsBetween(first.plusDays(1), MON_2026_03_16)).hasSize(1);
    assertThat(file.reviewsBetween(MON_2025_06_02, first)).isEmpty();
    assertThat(file.findLatestReviewBefore(first.plusDays(1)))
        .map(LookedAfterReview::date)
        .contains(first);
    assertThat(file.findLatestReviewBefore(first)).isEmpty();
  }

  @Test
  void test_ageOn_delegatesToChild() {
    assertThat(history().ageOn(MON_2026_03_16)).isEqualTo(10);
  }

  @Test
  void test_builder_overlappingPeriodsOfCare() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                caseFile()
                    .addPeriodsOfCare(
                        PeriodOfCare.of(
                            MON_2025_06_02, MON_2025_12_01, ReasonEpisodeCeasedCode.E4A),
                        PeriodOfCare.of(MON_2025_09_01))
                    .build())
        .withMessage(
            "case file of child C1: periodsOfCare must not overlap but [2025-06-02, 2025-12-01)"
                + " overlaps [2025-09-01, open)");
  }

  @Test
  void test_builder_overlappingLegalStatuses() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                caseFile()
                    .addLegalStatusPeriods(
                        LegalStatusPeriod.of(LegalStatusCode.V2, MON_2025_06_02),
                        LegalStatusPeriod.of(LegalStatusCode.C1, MON_2025_09_01))
                    .build())
        .withMessage(
            "case file of child C1: legalStatusPeriods must not overlap but V2 [2025-06-02, open)"
                + " overlaps C1 [2025-09-01, open)");
  }

  @Test
  void test_builder_overlappingPlacementsBehindEmptyOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                caseFile()
                    .addPlacements(
                        Placement.of(PlacementCode.U6, MON_2025_06_02, MON_2025_12_01),
                        Placement.of(PlacementCode.T4, MON_2025_08_25, MON_2025_08_25),
                        Placement.of(PlacementCode.U4, MON_2025_09_01))
                    .build())
        .withMessageContaining("placements must not overlap but U6 [2025-06-02, 2025-12-01)");
  }

  @Test
  void test_builder_abuttingPeriodsAllowed() {
    CaseFile file =
        caseFile()
            .addPeriodsOfCare(
                PeriodOfCare.of(MON_2025_06_02, MON_2025_09_01, ReasonEpisodeCeasedCode.E4A),
                PeriodOfCare.of(MON_2025_09_01))
            .build();
    assertThat(file.findBecameLookedAfterOn(MON_2025_09_01)).contains(MON_2025_09_01);
  }

  @Test
  void test_builder_careBeforeBirthNamesFieldWithoutDateOfBirth() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> caseFile().addPeriodsOfCare(PeriodOfCare.of(TUE_2015_09_01.minusDays(1))).build())
        .withMessage(
            "case file of child C1: periodsOfCare must not be before the date of birth but"
                + " 2015-08-31 was");
  }

  @Test
  void test_builder_unbornChildCannotBeLookedAfter() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CaseFile.builder()
                    .authority(BCP)
                    .child(Child.unborn(C1, MON_2026_06_01))
                    .addPlacements(Placement.of(PlacementCode.U6, MON_2026_03_16))
                    .build())
        .withMessage(
            "case file of child C1: placements requires a born child but the child is unborn"
                + " (first date 2026-03-16)");
  }

  @Test
  void test_builder_unbornChildMayHavePreBirthPlanning() {
    CaseFile file =
        CaseFile.builder()
            .authority(BCP)
            .child(Child.unborn(C1, MON_2026_06_01))
            .addPreProceedings(PreProceedings.of(MON_2026_03_16))
            .addCareProceedings(
                CareProceedings.of(MON_2026_03_16, DecisionForum.LEGAL_PLANNING_MEETING))
            .addFlags(CaseFlag.of(CaseFlagType.UNBORN_SIBLINGS_REMOVED, MON_2026_03_16))
            .build();
    assertThat(file.findPreProceedingsOn(MON_2026_03_16)).isPresent();
    assertThat(file.hasFlagOn(CaseFlagType.UNBORN_SIBLINGS_REMOVED, MON_2026_06_01)).isTrue();
  }

  @Test
  void test_builder_courtOrderBeforeBirth() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                caseFile()
                    .addCourtOrders(
                        CourtOrder.of(
                            CourtOrderType.EMERGENCY_PROTECTION, TUE_2015_09_01.minusDays(3)))
                    .build())
        .withMessageContaining("courtOrders must not be before the date of birth");
  }

  @Test
  void test_builder_duplicateActionIds() {
    PanelAction action =
        PanelAction.builder()
            .id(ActionId.of("A-1"))
            .type(ActionType.ASSESSMENT)
            .description("Parenting assessment")
            .owner(Role.SOCIAL_WORKER)
            .dueOn(MON_2026_03_16)
            .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> caseFile().addActions(action, action).build())
        .withMessage("case file of child C1: actions ids must be unique but A-1 appears twice");
  }

  @Test
  void test_builder_missingAuthority() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseFile.builder().child(CHILD).build())
        .withMessageContaining("authority");
  }

  @Test
  void test_openActions_andOverdue() {
    PanelAction.Builder open = PanelAction.builder();
    open.id(ActionId.of("A-1"))
        .type(ActionType.CONVENE_REVIEW)
        .description("Convene review")
        .owner(Role.IRO)
        .dueOn(MON_2026_03_16);
    PanelAction done = open.build().withDone(MON_2026_03_16.minusDays(2));
    PanelAction.Builder other = PanelAction.builder();
    other
        .id(ActionId.of("A-2"))
        .type(ActionType.SUPPORT)
        .description("Support")
        .owner(Role.TEAM_MANAGER)
        .dueOn(MON_2026_06_01);
    CaseFile file = caseFile().addActions(done, other.build()).build();
    assertThat(file.openActions()).extracting(PanelAction::id).containsExactly(ActionId.of("A-2"));
    assertThat(file.overdueActionsOn(MON_2026_06_01.plusDays(1))).hasSize(1);
    assertThat(file.overdueActionsOn(MON_2026_06_01)).isEmpty();
  }

  @Test
  void test_documentsOfType_andLatest() {
    CaseFile file =
        caseFile()
            .addDocuments(
                DocumentOnFile.of(DocumentType.GENOGRAM, MON_2026_03_16),
                DocumentOnFile.of(DocumentType.GENOGRAM, MON_2025_06_02),
                DocumentOnFile.of(DocumentType.CARE_PLAN, MON_2025_09_01))
            .build();
    assertThat(file.documentsOfType(DocumentType.GENOGRAM)).hasSize(2);
    assertThat(file.findLatestDocument(DocumentType.GENOGRAM, MON_2025_12_01))
        .map(DocumentOnFile::dateOnFile)
        .contains(MON_2025_06_02);
    assertThat(file.findLatestDocument(DocumentType.SWET, MON_2026_06_01)).isEmpty();
  }

  @Test
  void test_findLatestAppearanceBefore() {
    PanelId panel = PanelId.of("bcp-permanence");
    CaseFile file =
        caseFile()
            .addPanelAppearances(
                PanelAppearance.of(panel, MON_2025_09_01, "Placed with parents under a care order"),
                PanelAppearance.of(PanelId.of("bcp-legal-gateway"), MON_2025_12_01, "Review"))
            .build();
    assertThat(file.findLatestAppearanceBefore(panel, MON_2026_03_16))
        .map(PanelAppearance::meetingOn)
        .contains(MON_2025_09_01);
    assertThat(file.findLatestAppearanceBefore(panel, MON_2025_09_01)).isEmpty();
  }

  @Test
  void test_flagsOn_respectsEnd() {
    CaseFlag flag =
        CaseFlag.builder()
            .type(CaseFlagType.FLAGGED_FOR_SCRUTINY)
            .start(MON_2025_09_01)
            .end(MON_2025_12_01)
            .raisedBy(Role.PERMANENCE_ASSURANCE_LEAD)
            .note("note")
            .build();
    CaseFile file = caseFile().addFlags(flag).build();
    assertThat(file.flagsOn(MON_2025_09_01)).containsExactly(flag);
    assertThat(file.hasFlagOn(CaseFlagType.FLAGGED_FOR_SCRUTINY, MON_2025_12_01)).isFalse();
    assertThat(file.findFlagOn(CaseFlagType.FLAGGED_FOR_SCRUTINY, MON_2025_09_01))
        .flatMap(CaseFlag::raisedBy)
        .contains(Role.PERMANENCE_ASSURANCE_LEAD);
  }

  @Test
  void test_toBuilder_roundTrip() {
    CaseFile file = history();
    assertThat(file.toBuilder().build()).isEqualTo(file);
  }

  @Test
  void test_toBuilder_addMore() {
    CaseFile file = history().toBuilder().addReviews(LookedAfterReview.of(MON_2026_03_16)).build();
    assertThat(file.reviews()).hasSize(3);
  }

  @Test
  void test_toString_redactsDateOfBirth() {
    assertThat(history().toString())
        .startsWith("CaseFile{authority=bcp, child=Child{id=C1, dateOfBirth=<redacted>}")
        .doesNotContain("2015");
  }
}
