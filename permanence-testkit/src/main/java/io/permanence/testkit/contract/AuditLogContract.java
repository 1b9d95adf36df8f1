package io.permanence.testkit.contract;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.LATER;
import static io.permanence.testkit.contract.ContractFixtures.OTHER_ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditLog;
import io.permanence.core.port.AuditOperation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link AuditLog}. */
public abstract class AuditLogContract extends StoreContract {

  /** Creates the contract. */
  protected AuditLogContract() {}

  private static AuditEntry entry(
      String id, AuditOperation operation, String before, String after) {
    AuditEntry.Builder builder = AuditEntry.builder();
    builder.actor(ACTOR).entityType("CaseNote").entityId(id).operation(operation).at(AT);
    if (before != null) {
      builder.before(before);
    }
    if (after != null) {
      builder.after(after);
    }
    return builder.build();
  }

  @Test
  void test_append_findEntries_inOrderAppendedForThatEntityOnly() {
    AuditEntry created = entry("N1", AuditOperation.CREATE, null, "v1");
    AuditEntry other = entry("N2", AuditOperation.CREATE, null, "x");
    AuditEntry updated =
        AuditEntry.builder()
            .actor(OTHER_ACTOR)
            .entityType("CaseNote")
            .entityId("N1")
            .operation(AuditOperation.UPDATE)
            .at(LATER)
            .before("v1")
            .after("v2")
            .build();
    AuditEntry deleted = entry("N1", AuditOperation.DELETE, "v2", null);

    for (AuditEntry e : List.of(created, other, updated, deleted)) {
      auditLog().append(e);
    }

    assertThat(auditLog().findEntries("CaseNote", "N1")).containsExactly(created, updated, deleted);
    assertThat(auditLog().findEntries("CaseNote", "N2")).containsExactly(other);
    assertThat(auditLog().findEntries("CaseNote", "N3")).isEmpty();
    assertThat(auditLog().findEntries("OtherType", "N1")).isEmpty();
  }

  @Test
  void test_append_hostileText_roundTripsUnchanged() {
    List<AuditEntry> appended = new ArrayList<>();
    for (String text : ContractFixtures.hostileTexts()) {
      AuditEntry e = entry("N1", AuditOperation.UPDATE, text, text + "'");
      auditLog().append(e);
      appended.add(e);
    }

    assertThat(auditLog().findEntries("CaseNote", "N1")).isEqualTo(appended);
  }
}
