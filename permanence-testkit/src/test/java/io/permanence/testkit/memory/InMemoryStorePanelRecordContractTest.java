package io.permanence.testkit.memory;

import io.permanence.core.port.AuditLog;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.testkit.contract.PanelRecordRepositoryContract;

/** {@link InMemoryStore} passes the {@link PanelRecordRepositoryContract}. */
class InMemoryStorePanelRecordContractTest extends PanelRecordRepositoryContract {

  private final InMemoryStore store = new InMemoryStore();

  @Override
  protected CaseFileRepository caseFiles() {
    return store;
  }

  @Override
  protected PanelRecordRepository panelRecords() {
    return store;
  }

  @Override
  protected AuditLog auditLog() {
    return store;
  }
}
