package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.Role;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BcpOutcomeTest {

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(
            BcpOutcome.CONVENE_PERMANENCE_PLANNING_MEETING,
            "§6(i)",
            ActionType.PERMANENCE_PLANNING_MEETING,
            Role.TEAM_MANAGER),
        Arguments.of(
            BcpOutcome.REFER_TO_LEGAL_GATEWAY_MEETING,
            "§6(ii)",
            ActionType.LEGAL_REFERRAL,
            Role.TEAM_MANAGER),
        Arguments.of(BcpOutcome.CONVENE_CLA_REVIEW, "§6(iii)", ActionType.CONVENE_REVIEW, Role.IRO),
        Arguments.of(
            BcpOutcome.INITIATE_DISPUTE_RESOLUTION,
            "§6(iii)",
            ActionType.DISPUTE_RESOLUTION,
            Role.IRO),
        Arguments.of(BcpOutcome.ASSESSMENT, "§6(iv)", ActionType.ASSESSMENT, Role.SOCIAL_WORKER),
        Arguments.of(BcpOutcome.SUPPORT, "§6(v)", ActionType.SUPPORT, Role.TEAM_MANAGER));
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void test_BCP_6_outcomesAreTypedActionsWithOwners(
      BcpOutcome outcome, String clause, ActionType type, Role owner) {
    assertThat(outcome.citation()).isEqualTo(BcpAuthorityProvider.cite(clause));
    assertThat(outcome.type()).isEqualTo(type);
    assertThat(outcome.owner()).isEqualTo(owner);
    assertThat(BcpOutcome.find(type)).contains(outcome);
  }

  @Test
  void test_BCP_6_para2_s2_actionHasOwnerAndDueDate() {
    PanelAction action =
        BcpOutcome.ASSESSMENT.action(
            ActionId.of("A1"),
            DecisionId.of("D1"),
            "sibling assessment",
            LocalDate.of(2026, 2, 19));
    assertThat(action.owner()).isEqualTo(Role.SOCIAL_WORKER);
    assertThat(action.dueOn()).isEqualTo(LocalDate.of(2026, 2, 19));
    assertThat(action.decision()).contains(DecisionId.of("D1"));
    assertThat(action.isOpen()).isTrue();
  }

  @Test
  void test_defaultDueOn_theCohortsNextMeeting() {
    BcpRotation rotation = BcpAuthorityProvider.rotation(defaults());
    assertThat(BcpOutcome.defaultDueOn(rotation, LocalDate.of(2026, 1, 15)))
        .contains(LocalDate.of(2026, 2, 19));
  }

  @Test
  void test_find_typeNotInTheDocument_empty() {
    assertThat(BcpOutcome.find(ActionType.OTHER)).isEmpty();
  }
}
