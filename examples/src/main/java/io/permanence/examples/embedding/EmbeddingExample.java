package io.permanence.examples.embedding;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluation;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.Role;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditLog;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.ConcurrentUpdateException;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.core.port.Versioned;
import io.permanence.jdbc.EmbeddedStore;
import io.permanence.jdbc.JdbcAuditLog;
import io.permanence.jdbc.JdbcBulkImport;
import io.permanence.jdbc.JdbcCaseFileRepository;
import io.permanence.jdbc.JdbcPanelRecordRepository;
import io.permanence.jdbc.PermanenceSchema;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A case management system embeds the library: on the system's own data source it (1) loads the
 * authority's case files, (2) plans the next five weeks' agendas and reads the drift report and
 * tracker, and (3) after the meeting records the panel's appearance, decision and action for the
 * first child listed, then completes the action with optimistic concurrency (a second writer
 * holding the old version is refused) — every change audited in the same transaction.
 *
 * <p>The system's clock gives {@code now}; the library is only ever told the date. {@link #main}
 * runs it on a temporary embedded PostgreSQL store.
 */
public final class EmbeddingExample {

  /** What the example did, for its caller (and its test) to check. */
  public record Outcome(
      int caseFiles,
      int meetings,
      String listedChild,
      long actionVersion,
      boolean staleUpdateRefused,
      int auditEntries,
      int trackerRows,
      int driftItems) {}

  private EmbeddingExample() {}

  /**
   * Runs the example on a data source.
   *
   * @param dataSource the case management system's PostgreSQL data source
   * @param asOf the date to evaluate on
   * @param now the instant recorded in the audit log
   * @param out where to say what happened
   * @return what was done
   */
  public static Outcome run(DataSource dataSource, LocalDate asOf, Instant now, PrintWriter out) {
    PermanenceSchema.migrate(dataSource);
    Authority bcp = Authorities.get(AuthorityId.of("bcp")).create();
    ActorId system = ActorId.of("cms-sync");
    // The system's records; here a synthetic cohort stands in for them.
    new JdbcBulkImport(dataSource)
        .importCaseFiles(
            SyntheticCohort.of(bcp.id(), asOf, 7L)
                .withPanels(bcp.panels().stream().map(Panel::id).toList())
                .list(300),
            system,
            now);

    // 1. Load.
    CaseFileRepository caseFiles = new JdbcCaseFileRepository(dataSource);
    List<CaseFile> cohort = caseFiles.loadCohort(bcp.id());

    // 2. Evaluate.
    Evaluator engine = Evaluator.of(bcp);
    Evaluation evaluation = engine.evaluate(cohort, asOf, asOf.plusWeeks(5));
    AgendaPlan plan = evaluation.agendas();
    DriftReport drift = evaluation.drift();
    Tracker tracker = evaluation.tracker();
    out.printf(
        "%d case files: %d meetings planned, %d drift items, %d tracker rows%n",
        cohort.size(), plan.agendas().size(), drift.items().size(), tracker.rows().size());

    // 3. Write back what the panel decided for the first child listed.
    Agenda meeting =
        plan.agendas().stream()
            .filter(agenda -> !agenda.items().isEmpty())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no child listed in five weeks"));
    AgendaItem item = meeting.items().get(0);
    LocalDate heldOn = meeting.meetingDate();
    ActorId chair = ActorId.of("panel-chair-1");
    PanelRecordRepository records = new JdbcPanelRecordRepository(dataSource);
    records.addAppearance(
        item.child(), PanelAppearance.of(meeting.panel(), heldOn, item.heading().id()), chair, now);
    String key = item.child().id() + "-" + heldOn;
    DecisionId decisionId = DecisionId.of("d-" + key);
    records.addDecision(
        item.child(),
        PanelDecision.builder()
            .id(decisionId)
            .panel(meeting.panel())
            .madeOn(heldOn)
            .signOffBy(Role.CHAIR)
            .text("Permanence planning meeting to be convened")
            .build(),
        chair,
        now);
    Versioned<PanelAction> action =
        records.addAction(
            item.child(),
            PanelAction.builder()
                .id(ActionId.of("a-" + key))
                .decision(decisionId)
                .type(ActionType.PERMANENCE_PLANNING_MEETING)
                .description("Convene the permanence planning meeting")
                .owner(Role.SOCIAL_WORKER)
                .dueOn(bcp.calendar().shift(heldOn, 10))
                .build(),
            chair,
            now);
    // The social worker completes it, holding version 1 ...
    Versioned<PanelAction> done =
        records.updateAction(
            action.value().withDone(heldOn.plusDays(7)), action.version(), system, now);
    // ... and a second writer still holding version 1 is refused, not silently overwritten.
    boolean refused;
    try {
      records.updateAction(
          action.value().withDone(heldOn.plusDays(9)), action.version(), system, now);
      refused = false;
    } catch (ConcurrentUpdateException e) {
      refused = true;
    }
    AuditLog audit = new JdbcAuditLog(dataSource);
    List<AuditEntry> history =
        audit.findEntries(PanelRecordRepository.ACTION_ENTITY, action.value().id().id());
    out.printf(
        "child %s at %s on %s: action %s now version %d; stale update refused: %s; %d audit"
            + " entries%n",
        item.child().id(),
        meeting.panel().id(),
        heldOn,
        done.value().id().id(),
        done.version(),
        refused,
        history.size());
    return new Outcome(
        cohort.size(),
        plan.agendas().size(),
        item.child().id(),
        done.version(),
        refused,
        history.size(),
        tracker.rows().size(),
        drift.items().size());
  }

  /**
   * Runs the example on a temporary embedded store, as of a fixed date.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (EmbeddedStore store = EmbeddedStore.startTemporary()) {
      PrintWriter out = new PrintWriter(System.out, true);
      run(store.dataSource(), LocalDate.of(2026, 3, 16), Instant.now(), out);
    }
  }
}
