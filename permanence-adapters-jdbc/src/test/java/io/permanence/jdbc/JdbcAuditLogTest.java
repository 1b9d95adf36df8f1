package io.permanence.jdbc;

import io.permanence.core.port.AuditLog;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.testkit.contract.AuditLogContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link JdbcAuditLog} passes the {@link AuditLogContract} on real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class JdbcAuditLogTest extends AuditLogContract {

  private DataSource database;

  @BeforeEach
  void useDatabase(DataSource database) {
    this.database = database;
  }

  @Override
  protected CaseFileRepository caseFiles() {
    return new JdbcCaseFileRepository(database);
  }

  @Override
  protected PanelRecordRepository panelRecords() {
    return new JdbcPanelRecordRepository(database);
  }

  @Override
  protected AuditLog auditLog() {
    return new JdbcAuditLog(database);
  }
}
