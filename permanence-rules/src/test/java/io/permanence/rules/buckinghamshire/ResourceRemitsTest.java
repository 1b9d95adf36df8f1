package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceRemitsTest {

  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate FRI_2026_03_13 = LocalDate.of(2026, 3, 13);
  private static final LocalDate SAT_2026_03_14 = LocalDate.of(2026, 3, 14);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_03_18 = LocalDate.of(2026, 3, 18);

  static Stream<Arguments> placements() {
    return Stream.of(
        // cut-offs: Mon 16 Mar meeting -> Fri 13 Mar; Wed 18 Mar meeting -> Tue 17 Mar
        Arguments.of(FRI_2026_03_13, MON_2026_03_16, true),
        Arguments.of(FRI_2026_03_13, WED_2026_03_18, false),
        Arguments.of(SAT_2026_03_14, MON_2026_03_16, false),
        Arguments.of(SAT_2026_03_14, WED_2026_03_18, true));
  }

  @ParameterizedTest
  @MethodSource("placements")
  void test_sResourceConsiderA_placementsSinceLastPanel(
      LocalDate moved, LocalDate meeting, boolean referred) {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .placementChange(moved, PlacementCode.K2)
            .build();
    assertThat(decide("placement made since the last resource panel", file, meeting).isMet())
        .isEqualTo(referred);
  }

  @Test
  void test_sResourceConsiderA_temporaryMove_notReferred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .placementChange(SAT_2026_03_14, PlacementCode.T1)
            .build();
    assertThat(decide("placement made since the last resource panel", file, WED_2026_03_18).isMet())
        .isFalse();
  }

  @Test
  void test_resourcePlacementScope_residentialOnly_fosterPlacementNotReferred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .placementChange(SAT_2026_03_14, PlacementCode.U6)
            .build();
    var residential =
        BucksFixture.authority(
            BucksFixture.defaults()
                .withText("buckinghamshire.resource.placement-scope", "RESIDENTIAL"));
    assertThat(decide("placement made since the last resource panel", file, WED_2026_03_18).isMet())
        .isTrue();
    assertThat(
            BucksFixture.decide(
                    residential,
                    "placement made since the last resource panel",
                    file,
                    WED_2026_03_18)
                .isMet())
        .isFalse();
  }

  @Test
  void test_sResourceFn_fundingRequest_referred() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .flag(CaseFlagType.FUNDING_REQUESTED, FRI_2026_03_13)
            .build();
    assertThat(decide("resource panel financial request", file, MON_2026_03_16).isMet()).isTrue();
  }

  @Test
  void test_sComplexNeedsConsiderA_jointFundingRequest_notLookedAfter_referred() {
    // the example schedule: third Wednesday, 18 Mar 2026; cut-off Tue 17 Mar 17:00
    CaseFile file = child("C1").flag(CaseFlagType.JOINT_FUNDING_REQUESTED, MON_2026_03_16).build();
    assertThat(decide("joint funding request", file, WED_2026_03_18).isMet()).isTrue();
    assertThat(decide("joint funding request", child("C2").build(), WED_2026_03_18).isMet())
        .isFalse();
  }
}
