package io.permanence.testkit.contract;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.FRI_2026_03_20;
import static io.permanence.testkit.contract.ContractFixtures.LATER;
import static io.permanence.testkit.contract.ContractFixtures.MON_2026_03_16;
import static io.permanence.testkit.contract.ContractFixtures.OTHER_ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.PANEL;
import static io.permanence.testkit.contract.ContractFixtures.action;
import static io.permanence.testkit.contract.ContractFixtures.decision;
import static io.permanence.testkit.contract.ContractFixtures.emptyCaseFile;
import static io.permanence.testkit.contract.ContractFixtures.withDescription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditOperation;
import io.permanence.core.port.ConcurrentUpdateException;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.core.port.Versioned;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The contract of {@link PanelRecordRepository}. */
public abstract class PanelRecordRepositoryContract extends StoreContract {

  /** The child whose case file every test starts with. */
  protected static final ChildId CHILD = ChildId.of("C1");

  /** How many threads race in the concurrency tests. */
  protected static final int THREADS = 8;

  /** Creates the contract. */
  protected PanelRecordRepositoryContract() {}

  /**
   * Stores the case file of {@link #CHILD}; every test starts with it (not a {@code @BeforeEach}: a
   * subclass may set up its store in its own {@code @BeforeEach}, which runs after this class's).
   */
  private void storeChild() {
    caseFiles().saveOrReplace(emptyCaseFile(CHILD.id(), "bcp"), ACTOR, AT);
  }

  @Test
  void test_addAction_storesVersionOneAndAudits() {
    storeChild();
    PanelAction action = action("A1", MON_2026_03_16, "Convene meeting");

    Versioned<PanelAction> stored = panelRecords().addAction(CHILD, action, ACTOR, AT);

    assertThat(stored).isEqualTo(Versioned.of(action, 1));
    assertThat(panelRecords().findAction(ActionId.of("A1"))).contains(stored);
    assertThat(panelRecords().findActions(CHILD)).containsExactly(stored);
    AuditEntry entry = single(PanelRecordRepository.ACTION_ENTITY, "A1");
    assertThat(entry.operation()).isEqualTo(AuditOperation.CREATE);
    assertThat(entry.actor()).isEqualTo(ACTOR);
    assertThat(entry.at()).isEqualTo(AT);
    assertThat(entry.before()).isEmpty();
    assertThat(entry.after().orElseThrow()).contains("Convene meeting");
  }

  @Test
  void test_addAction_existingId_conflictExpectedZero() {
    storeChild();
    panelRecords().addAction(CHILD, action("A1", MON_2026_03_16, "first"), ACTOR, AT);

    assertThatThrownBy(
            () ->
                panelRecords().addAction(CHILD, action("A1", MON_2026_03_16, "second"), ACTOR, AT))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage("concurrent update of PanelAction A1: expected version 0 but was 1");
    assertThat(panelRecords().findAction(ActionId.of("A1")).orElseThrow().value().description())
        .isEqualTo("first");
    assertThat(auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1")).hasSize(1);
  }

  @Test
  void test_addAction_childWithoutCaseFile_rejected() {
    storeChild();
    assertThatThrownBy(
            () ->
                panelRecords()
                    .addAction(ChildId.of("C9"), action("A1", MON_2026_03_16, "x"), ACTOR, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C9");
    assertThat(panelRecords().findAction(ActionId.of("A1"))).isEmpty();
    assertThat(auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1")).isEmpty();
  }

  @Test
  void test_updateAction_expectedVersion_nextVersionAndAuditWithBeforeAndAfter() {
    storeChild();
    PanelAction action = action("A1", MON_2026_03_16, "Convene meeting");
    panelRecords().addAction(CHILD, action, ACTOR, AT);
    PanelAction done = action.withDone(FRI_2026_03_20);

    Versioned<PanelAction> stored = panelRecords().updateAction(done, 1, OTHER_ACTOR, LATER);

    assertThat(stored).isEqualTo(Versioned.of(done, 2));
    assertThat(panelRecords().findAction(ActionId.of("A1"))).contains(stored);
    List<AuditEntry> entries = auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1");
    assertThat(entries).hasSize(2);
    AuditEntry update = entries.get(1);
    assertThat(update.operation()).isEqualTo(AuditOperation.UPDATE);
    assertThat(update.actor()).isEqualTo(OTHER_ACTOR);
    assertThat(update.at()).isEqualTo(LATER);
    assertThat(update.before()).isEqualTo(entries.get(0).after());
    assertThat(update.after().orElseThrow()).contains("DONE").isNotEqualTo(update.before().get());
  }

  @Test
  void test_updateAction_staleVersion_conflictNamingBothVersions() {
    storeChild();
    PanelAction action = action("A1", MON_2026_03_16, "v1");
    panelRecords().addAction(CHILD, action, ACTOR, AT);
    panelRecords().updateAction(withDescription(action, "v2"), 1, ACTOR, AT);

    assertThatThrownBy(
            () -> panelRecords().updateAction(withDescription(action, "lost?"), 1, ACTOR, AT))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage("concurrent update of PanelAction A1: expected version 1 but was 2")
        .satisfies(
            e -> {
              ConcurrentUpdateException c = (ConcurrentUpdateException) e;
              assertThat(c.entityType()).isEqualTo("PanelAction");
              assertThat(c.entityId()).isEqualTo("A1");
              assertThat(c.expectedVersion()).isEqualTo(1);
              assertThat(c.actualVersion()).isEqualTo(2);
            });
    assertThat(panelRecords().findAction(ActionId.of("A1")))
        .contains(Versioned.of(withDescription(action, "v2"), 2));
    assertThat(auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1")).hasSize(2);
  }

  @Test
  void test_updateAction_unknownId_conflictActualZero() {
    storeChild();
    assertThatThrownBy(
            () -> panelRecords().updateAction(action("A9", MON_2026_03_16, "x"), 1, ACTOR, AT))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage("concurrent update of PanelAction A9: expected version 1 but was 0");
  }

  @Test
  void test_findActions_byDueDayThenOrderStored() {
    storeChild();
    PanelAction late = action("A1", FRI_2026_03_20, "late");
    PanelAction early = action("A2", MON_2026_03_16, "early");
    PanelAction sameDay = action("A0", FRI_2026_03_20, "same day as A1, stored after it");
    panelRecords().addAction(CHILD, late, ACTOR, AT);
    panelRecords().addAction(CHILD, early, ACTOR, AT);
    panelRecords().addAction(CHILD, sameDay, ACTOR, AT);
    panelRecords().updateAction(withDescription(late, "late, updated"), 1, ACTOR, AT);

    assertThat(panelRecords().findActions(CHILD))
        .extracting(v -> v.value().id().id())
        .containsExactly("A2", "A1", "A0");
    CaseFile file = caseFiles().findById(CHILD).orElseThrow();
    assertThat(file.actions()).extracting(a -> a.id().id()).containsExactly("A2", "A1", "A0");
  }

  @Test
  void test_decisions_addUpdateConflictAndAudit() {
    storeChild();
    PanelDecision decision = decision("D1", MON_2026_03_16, "Plan for adoption");
    assertThat(panelRecords().addDecision(CHILD, decision, ACTOR, AT))
        .isEqualTo(Versioned.of(decision, 1));
    PanelDecision signed =
        PanelDecision.builder()
            .id(decision.id())
            .panel(decision.panel())
            .madeOn(decision.madeOn())
            .signedOffOn(FRI_2026_03_20)
            .signOffBy(decision.signOffBy())
            .text(decision.text())
            .build();

    assertThat(panelRecords().updateDecision(signed, 1, ACTOR, LATER))
        .isEqualTo(Versioned.of(signed, 2));
    assertThatThrownBy(() -> panelRecords().updateDecision(decision, 1, ACTOR, LATER))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage("concurrent update of PanelDecision D1: expected version 1 but was 2");
    assertThatThrownBy(() -> panelRecords().addDecision(CHILD, decision, ACTOR, LATER))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessage("concurrent update of PanelDecision D1: expected version 0 but was 2");
    assertThat(panelRecords().findDecision(DecisionId.of("D1"))).contains(Versioned.of(signed, 2));
    assertThat(panelRecords().findDecisions(CHILD)).containsExactly(Versioned.of(signed, 2));
    assertThat(panelRecords().findDecision(DecisionId.of("D2"))).isEmpty();
    assertThat(auditLog().findEntries(PanelRecordRepository.DECISION_ENTITY, "D1"))
        .extracting(AuditEntry::operation)
        .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE);
    assertThat(caseFiles().findById(CHILD).orElseThrow().decisions()).containsExactly(signed);
  }

  @Test
  void test_appearancesAndDocuments_byDayThenOrderStored_partOfCaseFile() {
    storeChild();
    PanelAppearance second = PanelAppearance.of(PANEL, FRI_2026_03_20, "Second");
    PanelAppearance first = PanelAppearance.of(PANEL, MON_2026_03_16, "First");
    PanelAppearance third = PanelAppearance.of(PANEL, FRI_2026_03_20, "Third, same day");
    DocumentOnFile plan = DocumentOnFile.of(DocumentType.CARE_PLAN, FRI_2026_03_20);
    DocumentOnFile genogram = DocumentOnFile.of(DocumentType.GENOGRAM, MON_2026_03_16);
    for (PanelAppearance a : List.of(second, first, third)) {
      panelRecords().addAppearance(CHILD, a, ACTOR, AT);
    }
    panelRecords().addDocument(CHILD, plan, ACTOR, AT);
    panelRecords().addDocument(CHILD, genogram, ACTOR, AT);

    assertThat(panelRecords().findAppearances(CHILD)).containsExactly(first, second, third);
    assertThat(panelRecords().findDocuments(CHILD)).containsExactly(genogram, plan);
    CaseFile file = caseFiles().findById(CHILD).orElseThrow();
    assertThat(file.panelAppearances()).containsExactly(first, second, third);
    assertThat(file.documents()).containsExactly(genogram, plan);
    assertThat(auditLog().findEntries(PanelRecordRepository.APPEARANCE_ENTITY, CHILD.id()))
        .hasSize(3)
        .allMatch(e -> e.operation() == AuditOperation.CREATE);
    assertThat(auditLog().findEntries(PanelRecordRepository.DOCUMENT_ENTITY, CHILD.id()))
        .hasSize(2);
    assertThat(panelRecords().findAppearances(ChildId.of("C9"))).isEmpty();
    assertThat(panelRecords().findDocuments(ChildId.of("C9"))).isEmpty();
  }

  @Test
  void test_hostileText_roundTripsUnchanged() {
    storeChild();
    List<String> texts = ContractFixtures.hostileTexts();
    for (int i = 0; i < texts.size(); i++) {
      PanelAction action = action("A" + i, MON_2026_03_16, texts.get(i));
      PanelDecision decision = decision("D" + i, MON_2026_03_16, texts.get(i));
      PanelAppearance appearance =
          PanelAppearance.builder()
              .panel(PANEL)
              .meetingOn(MON_2026_03_16)
              .heading(texts.get(i))
              .outcome(texts.get(i))
              .build();
      panelRecords().addAction(CHILD, action, ACTOR, AT);
      panelRecords().addDecision(CHILD, decision, ACTOR, AT);
      panelRecords().addAppearance(CHILD, appearance, ACTOR, AT);
      assertThat(panelRecords().findAction(action.id()).orElseThrow().value()).isEqualTo(action);
      assertThat(panelRecords().findDecision(decision.id()).orElseThrow().value())
          .isEqualTo(decision);
      assertThat(panelRecords().findAppearances(CHILD)).endsWith(appearance);
    }
  }

  @Test
  void test_updateAction_concurrentFromSameVersion_exactlyOneWins() throws Exception {
    storeChild();
    PanelAction action = action("A1", MON_2026_03_16, "start");
    panelRecords().addAction(CHILD, action, ACTOR, AT);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String description = "written by thread " + t;
      racers.add(
          () -> {
            start.await();
            try {
              panelRecords().updateAction(withDescription(action, description), 1, ACTOR, AT);
              return true;
            } catch (ConcurrentUpdateException e) {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
              return false;
            }
          });
    }

    List<Boolean> won = race(racers, start);

    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    Versioned<PanelAction> stored = panelRecords().findAction(action.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value().description()).startsWith("written by thread ");
    List<AuditEntry> entries = auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1");
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).after().orElseThrow()).contains(stored.value().description());
  }

  @Test
  void test_updateAction_concurrentWithRetry_noLostUpdateFinalStateIsASerialOrder()
      throws Exception {
    storeChild();
    PanelAction action = action("A1", MON_2026_03_16, "|");
    panelRecords().addAction(CHILD, action, ACTOR, AT);
    int rounds = 5;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String tag = "t" + t;
      writers.add(
          () -> {
            start.await();
            for (int r = 0; r < rounds; r++) {
              while (true) {
                Versioned<PanelAction> read = panelRecords().findAction(action.id()).orElseThrow();
                String next = read.value().description() + tag + "." + r + "|";
                try {
                  panelRecords()
                      .updateAction(withDescription(read.value(), next), read.version(), ACTOR, AT);
                  break;
                } catch (ConcurrentUpdateException e) {
                  assertThat(e.actualVersion()).isGreaterThan(read.version());
                }
              }
            }
            return true;
          });
    }

    race(writers, start);

    Versioned<PanelAction> stored = panelRecords().findAction(action.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1 + THREADS * rounds);
    List<String> applied = List.of(stored.value().description().substring(1).split("\\|"));
    assertThat(applied).hasSize(THREADS * rounds).doesNotHaveDuplicates();
    for (int t = 0; t < THREADS; t++) {
      String tag = "t" + t + ".";
      List<String> own =
          applied.stream().filter(s -> s.startsWith(tag)).collect(Collectors.toList());
      List<String> inOrder = new ArrayList<>(own);
      Collections.sort(inOrder);
      assertThat(own).as("thread %s's updates in its own order", t).isEqualTo(inOrder);
    }
    List<AuditEntry> entries = auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1");
    assertThat(entries).hasSize(1 + THREADS * rounds);
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).before())
          .as("entry %s continues from the one before", i)
          .isEqualTo(entries.get(i - 1).after());
    }
  }

  private static List<Boolean> race(List<Callable<Boolean>> tasks, CountDownLatch start)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Callable<Boolean> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private AuditEntry single(String entity, String id) {
    List<AuditEntry> entries = auditLog().findEntries(entity, id);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
