package io.permanence.rules.barnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.panel.Role;
import org.junit.jupiter.api.Test;

class BarnetEscalationRouteTest {

  @Test
  void test_Barnet_Escalation_Forms_1_formsRaisedWithHeadsOfService() {
    assertThat(BarnetEscalationRoute.FORMS.raisedBy())
        .containsExactly(
            Role.PERMANENCE_ASSURANCE_LEAD, Barnet.ASSISTANT_HEAD_OF_SERVICE_CORPORATE_PARENTING);
    assertThat(BarnetEscalationRoute.FORMS.escalateTo()).containsExactly(Role.HEAD_OF_SERVICE);
  }

  @Test
  void test_Barnet_Escalation_Forms_2_performanceToOperationalDirectors() {
    assertThat(BarnetEscalationRoute.PERFORMANCE_SUMMARY.escalateTo())
        .containsExactly(Role.OPERATIONAL_DIRECTOR);
  }

  @Test
  void test_Barnet_Escalation_Planning_1_delayToHeadsOfServiceAndOperationalDirectors() {
    assertThat(BarnetEscalationRoute.DECISION_DELAY.escalateTo())
        .containsExactly(Role.HEAD_OF_SERVICE, Role.OPERATIONAL_DIRECTOR);
    assertThat(BarnetEscalationRoute.DECISION_DELAY.citation())
        .isEqualTo(Barnet.cite("§Escalation.Planning(1)"));
  }

  @Test
  void test_Barnet_Escalation_Planning_2_attendanceToHeadsOfService() {
    assertThat(BarnetEscalationRoute.ATTENDANCE.escalateTo()).containsExactly(Role.HEAD_OF_SERVICE);
  }
}
