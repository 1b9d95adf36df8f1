package io.permanence.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PanelActionTest {

  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  private static final LocalDate THU_2026_04_16 = LocalDate.of(2026, 4, 16);

  private static PanelAction.Builder action() {
    PanelAction.Builder builder = PanelAction.builder();
    builder
        .id(ActionId.of("A-1"))
        .type(ActionType.PERMANENCE_PLANNING_MEETING)
        .description("Convene a permanence planning meeting")
        .owner(Role.SOCIAL_WORKER)
        .dueOn(THU_2026_04_16);
    return builder;
  }

  @Test
  void test_isOverdueOn_afterDueDay() {
    PanelAction open = action().build();
    assertThat(open.isOverdueOn(THU_2026_04_16)).isFalse();
    assertThat(open.isOverdueOn(THU_2026_04_16.plusDays(1))).isTrue();
    assertThat(open.withDone(THU_2026_03_19).isOverdueOn(THU_2026_04_16.plusDays(1))).isFalse();
  }

  @Test
  void test_builder_doneNeedsCompletedOn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> action().status(ActionStatus.DONE).build())
        .withMessage("panelAction A-1: a DONE action must have completedOn but it was empty");
  }

  @Test
  void test_builder_openMustNotHaveCompletedOn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> action().completedOn(THU_2026_03_19).build())
        .withMessage(
            "panelAction A-1: an OPEN action must not have completedOn but had 2026-03-19");
  }

  @Test
  void test_toString_leavesOutDescription() {
    assertThat(action().build().toString()).doesNotContain("Convene").contains("A-1");
  }

  @Test
  void test_role_idPattern() {
    assertThat(Role.of("iro", "Independent Reviewing Officer")).isEqualTo(Role.IRO);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Role.of("IRO", "Independent Reviewing Officer"))
        .withMessage("role id must match [a-z0-9-]+ but was 'IRO'");
  }
}
