package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static io.permanence.rules.barnet.BarnetFixtures.EW;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BarnetTrackerScopeTest {

  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  static Stream<Arguments> data_includes() {
    return Stream.of(
        Arguments.of(
            child("LA")
                .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.C2, PlacementCode.U3)
                .build(),
            true),
        Arguments.of(
            child("LEFT")
                .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U3)
                .ceasedToBeLookedAfter(LocalDate.of(2026, 3, 9), ReasonEpisodeCeasedCode.E13)
                .build(),
            false),
        Arguments.of(child("PLO").preProceedingsFrom(MON_2026_03_02).build(), true),
        Arguments.of(
            child("AGREED").careProceedingsDecided(MON_2026_03_02, DecisionForum.PANEL).build(),
            true),
        Arguments.of(
            child("RISK").flag(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, MON_2026_03_02).build(),
            true),
        Arguments.of(
            child("REMAND").flag(CaseFlagType.REMANDED_LASPO_S23, MON_2026_03_02).build(), true),
        Arguments.of(
            child("OTHER").flag(CaseFlagType.PRIVATE_FOSTERING, MON_2026_03_02).build(), false),
        Arguments.of(child("NONE").build(), false));
  }

  @ParameterizedTest
  @MethodSource("data_includes")
  void test_includes_lookedAfterAndAtRisk(CaseFile file, boolean included) {
    assertThat(
            new BarnetTrackerScope()
                .includes(file, EvaluationContext.of(MON_2026_03_16, EW, DEFAULTS)))
        .isEqualTo(included);
  }
}
