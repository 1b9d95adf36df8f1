package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.FRI_2026_03_20;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Role;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScrutinyRemitTest {

  private final ScrutinyRemit remit = remit(BARNET, ScrutinyRemit.NAME);

  static Stream<Role> data_allowed() {
    return Stream.of(
        Role.PERMANENCE_ASSURANCE_LEAD, Role.HEAD_OF_SERVICE, Barnet.HEAD_DUTY_ASSESSMENT);
  }

  @ParameterizedTest
  @MethodSource("data_allowed")
  void test_Barnet_Remit_3d_identifiedByPalOrHeadOfService(Role by) {
    CaseFile file = child("C1").flag(CaseFlagType.FLAGGED_FOR_SCRUTINY, FRI_2026_03_20, by).build();
    RemitDecision decision = evaluate(remit, file, TUE_2026_03_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo(BarnetPanels.REMIT_3D);
    assertThat(decision.reason()).contains(by.name());
  }

  @Test
  void test_Barnet_Remit_3d_otherRolesAreNotListed() {
    CaseFile bySocialWorker =
        child("C1")
            .flag(CaseFlagType.FLAGGED_FOR_SCRUTINY, FRI_2026_03_20, Role.SOCIAL_WORKER)
            .build();
    assertThat(evaluate(remit, bySocialWorker, TUE_2026_03_24).reason())
        .startsWith("Scrutiny flag raised by Social Worker");
    CaseFile noRole = child("C2").flag(CaseFlagType.FLAGGED_FOR_SCRUTINY, FRI_2026_03_20).build();
    assertThat(evaluate(remit, noRole, TUE_2026_03_24).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_3d_listedOncePerFlag() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.FLAGGED_FOR_SCRUTINY, FRI_2026_03_20, Role.PERMANENCE_ASSURANCE_LEAD)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_24, "remit-3d")
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_31).isMet()).isFalse();
  }
}
