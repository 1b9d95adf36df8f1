package io.permanence.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant AT = Instant.parse("2026-03-16T10:15:30Z");

  private static AuditEntry.Builder entry(AuditOperation operation) {
    AuditEntry.Builder builder = AuditEntry.builder();
    builder
        .actor(ActorId.of("user-42"))
        .entityType("PanelAction")
        .entityId("A-1")
        .operation(operation)
        .at(AT);
    return builder;
  }

  @Test
  void test_builder_createHasNoBefore() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> entry(AuditOperation.CREATE).before("x").after("y").build())
        .withMessage("auditEntry PanelAction A-1: a CREATE must not have a before");
  }

  @Test
  void test_builder_updateNeedsAfter() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> entry(AuditOperation.UPDATE).before("x").build())
        .withMessage("auditEntry PanelAction A-1: a UPDATE must have an after");
  }

  @Test
  void test_toString_leavesOutContent() {
    AuditEntry entry = entry(AuditOperation.UPDATE).before("secret-1").after("secret-2").build();
    assertThat(entry.toString()).doesNotContain("secret").contains("user-42", "A-1", "UPDATE");
  }
}
