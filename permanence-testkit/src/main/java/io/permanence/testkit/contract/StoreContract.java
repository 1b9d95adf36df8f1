package io.permanence.testkit.contract;

import io.permanence.core.port.AuditLog;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;

/**
 * The base of the contract suite: the three ports of one store, empty at the start of each test.
 *
 * <p>A subclass returns the same instances on every call within a test (or instances over the same
 * state): what one port writes, the others read.
 */
public abstract class StoreContract {

  /** Creates the contract; subclasses set up their store per test. */
  protected StoreContract() {}

  /**
   * The case file repository of the test's store.
   *
   * @return the repository
   */
  protected abstract CaseFileRepository caseFiles();

  /**
   * The panel record repository of the test's store.
   *
   * @return the repository
   */
  protected abstract PanelRecordRepository panelRecords();

  /**
   * The audit log of the test's store.
   *
   * @return the audit log
   */
  protected abstract AuditLog auditLog();
}
