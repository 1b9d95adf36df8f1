package io.permanence.testkit;

import static io.permanence.core.plan.PermanenceOption.ADOPTION;
import static io.permanence.core.plan.PermanenceOption.LONG_TERM_FOSTERING;
import static io.permanence.core.reference.LegalStatusCode.C1;
import static io.permanence.core.reference.LegalStatusCode.C2;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.PlacementCode.U4;
import static io.permanence.core.reference.PlacementCode.U6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final LocalDate SAT_2019_05_04 = LocalDate.of(2019, 5, 4);
  private static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);
  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2025_06_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate MON_2025_09_01 = LocalDate.of(2025, 9, 1);
  private static final LocalDate MON_2025_09_29 = LocalDate.of(2025, 9, 29);
  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);
  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  @Test
  void test_build_episodeHistory() {
    CaseFile file =
        Scenario.child("C1")
            .bornOn(SAT_2019_05_04)
            .inAuthority("barnet")
            .preProceedingsFrom(MON_2025_03_03)
            .lookedAfterFrom(MON_2025_06_02, V2, U6)
            .careProceedingsIssued(MON_2025_09_01)
            .legalStatusChange(MON_2025_09_01, C1)
            .review(MON_2025_06_30)
            .plan(MON_2025_09_29, ADOPTION, LONG_TERM_FOSTERING)
            .placementChange(MON_2025_12_01, U4, ReasonPlaceChangeCode.CARPL)
            .longTermMatch(MON_2026_03_02)
            .finalOrder(MON_2026_03_02, CourtOrderType.CARE)
            .legalStatusChange(MON_2026_03_02, C2)
            .flag(CaseFlagType.FLAGGED_FOR_SCRUTINY, MON_2026_03_02, Role.HEAD_OF_SERVICE)
            .build();

    assertThat(file.authority().id()).isEqualTo("barnet");
    assertThat(file.legalStatusPeriods())
        .containsExactly(
            LegalStatusPeriod.of(V2, MON_2025_06_02, MON_2025_09_01),
            LegalStatusPeriod.of(C1, MON_2025_09_01, MON_2026_03_02),
            LegalStatusPeriod.of(C2, MON_2026_03_02));
    assertThat(file.placements()).extracting(Placement::code).containsExactly(U6, U4);
    assertThat(file.placements().get(0).reasonForChange()).contains(ReasonPlaceChangeCode.CARPL);
    assertThat(
            file.findPlacementOn(MON_2026_03_16).orElseThrow().isLongTermMatchedOn(MON_2026_03_16))
        .isTrue();
    assertThat(file.preProceedings())
        .extracting(PreProceedings::outcome)
        .containsExactly(java.util.Optional.of(PreProceedingsOutcome.ISSUED_PROCEEDINGS));
    assertThat(file.careProceedings())
        .extracting(CareProceedings::isConcluded)
        .containsExactly(true);
    assertThat(file.findCareProceedingsOn(MON_2025_12_01)).isPresent();
    assertThat(file.isLookedAfterOn(MON_2026_03_16)).isTrue();
    assertThat(file.hasFlagOn(CaseFlagType.FLAGGED_FOR_SCRUTINY, MON_2026_03_16)).isTrue();
  }

  @Test
  void test_build_defaults() {
    CaseFile file = Scenario.child("C2").build();
    assertThat(file.authority()).isEqualTo(Scenario.DEFAULT_AUTHORITY);
    assertThat(file.child().dateOfBirth()).contains(Scenario.DEFAULT_DATE_OF_BIRTH);
    assertThat(file.periodsOfCare()).isEmpty();
  }

  @Test
  void test_ceasedToBeLookedAfter_closesEverything() {
    CaseFile file =
        Scenario.child("C3")
            .lookedAfterFrom(MON_2025_06_02, V2, U6)
            .ceasedToBeLookedAfter(MON_2025_09_01, ReasonEpisodeCeasedCode.E4A)
            .lookedAfterFrom(MON_2025_12_01, V2, U6)
            .build();
    assertThat(file.periodsOfCare()).hasSize(2);
    assertThat(file.isLookedAfterOn(MON_2025_09_01)).isFalse();
    assertThat(file.findLegalStatusOn(MON_2025_09_01)).isEmpty();
    assertThat(file.findPlacementOn(MON_2025_09_01)).isEmpty();
    assertThat(file.findBecameLookedAfterOn(MON_2026_03_16)).contains(MON_2025_12_01);
  }

  @Test
  void test_legalStatusChange_notLookedAfter() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Scenario.child("C4").legalStatusChange(MON_2025_09_01, C1))
        .withMessage("legalStatusChange(2025-09-01): the child is not looked after");
  }

  @Test
  void test_placementChange_outOfOrder() {
    Scenario scenario = Scenario.child("C5").lookedAfterFrom(MON_2025_09_01, V2, U6);
    assertThatIllegalStateException()
        .isThrownBy(() -> scenario.placementChange(MON_2025_06_02, U4))
        .withMessage(
            "placementChange(2025-06-02): changes must be in date order but the previous change"
                + " was on 2025-09-01");
  }

  @Test
  void test_unbornExpectedOn_preBirthPlanning() {
    CaseFile file =
        Scenario.child("C6")
            .unbornExpectedOn(MON_2026_03_16)
            .preProceedingsFrom(MON_2025_12_01)
            .flag(CaseFlagType.UNBORN_SIBLINGS_REMOVED, MON_2025_12_01)
            .build();
    assertThat(file.child().isUnbornOn(MON_2026_03_16)).isTrue();
    assertThat(file.findPreProceedingsOn(MON_2026_03_16)).isPresent();
  }
}
