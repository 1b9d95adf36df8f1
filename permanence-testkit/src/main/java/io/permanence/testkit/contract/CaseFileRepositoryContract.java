package io.permanence.testkit.contract;

import static io.permanence.testkit.contract.ContractFixtures.ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.AT;
import static io.permanence.testkit.contract.ContractFixtures.LATER;
import static io.permanence.testkit.contract.ContractFixtures.MON_2026_03_16;
import static io.permanence.testkit.contract.ContractFixtures.OTHER_ACTOR;
import static io.permanence.testkit.contract.ContractFixtures.action;
import static io.permanence.testkit.contract.ContractFixtures.emptyCaseFile;
import static io.permanence.testkit.contract.ContractFixtures.richCaseFile;
import static io.permanence.testkit.contract.ContractFixtures.withActions;
import static io.permanence.testkit.contract.ContractFixtures.withDescription;
import static io.permanence.testkit.contract.ContractFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditOperation;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.testkit.generators.Generators;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract of {@link CaseFileRepository}. */
public abstract class CaseFileRepositoryContract extends StoreContract {

  /** Creates the contract. */
  protected CaseFileRepositoryContract() {}

  @Test
  void test_saveOrReplace_everyKindOfRecord_roundTripsExactly() {
    CaseFile file = richCaseFile("C1", "bcp", "free text");

    caseFiles().saveOrReplace(file, ACTOR, AT);

    assertThat(caseFiles().findById(ChildId.of("C1"))).contains(file);
  }

  @Test
  void test_saveOrReplace_hostileText_roundTripsUnchanged() {
    List<String> texts = ContractFixtures.hostileTexts();
    for (int i = 0; i < texts.size(); i++) {
      CaseFile file = richCaseFile("H" + i, "bcp", texts.get(i));
      caseFiles().saveOrReplace(file, ACTOR, AT);
      assertThat(caseFiles().findById(file.childId())).as("hostile text %s", i).contains(file);
    }
    assertThat(caseFiles().loadCohort(AuthorityId.of("bcp"))).hasSize(texts.size());
  }

  @Test
  void test_saveOrReplace_generatedCaseFiles_roundTripExactly() {
    qt().withExamples(60)
        .forAll(Generators.caseFiles())
        .check(
            file -> {
              caseFiles().saveOrReplace(file, ACTOR, AT);
              return caseFiles().findById(file.childId()).equals(java.util.Optional.of(file));
            });
  }

  @Test
  void test_saveOrReplace_again_replacesWholeRecord() {
    caseFiles().saveOrReplace(richCaseFile("C1", "bcp", "first"), ACTOR, AT);
    CaseFile smaller = emptyCaseFile("C1", "barnet");

    caseFiles().saveOrReplace(smaller, ACTOR, LATER);

    assertThat(caseFiles().findById(ChildId.of("C1"))).contains(smaller);
    assertThat(caseFiles().loadCohort(AuthorityId.of("bcp"))).isEmpty();
    assertThat(panelRecords().findActions(ChildId.of("C1"))).isEmpty();
    assertThat(panelRecords().findAction(ActionId.of("A1-C1"))).isEmpty();
  }

  @Test
  void test_findById_unknown_isEmpty() {
    caseFiles().saveOrReplace(emptyCaseFile("C1", "bcp"), ACTOR, AT);

    assertThat(caseFiles().findById(ChildId.of("C2"))).isEmpty();
  }

  @Test
  void test_loadCohort_onlyTheAuthoritysChildren_byChildId() {
    for (String id : List.of("C3", "C10", "C1", "C2")) {
      caseFiles().saveOrReplace(emptyCaseFile(id, "bcp"), ACTOR, AT);
    }
    caseFiles().saveOrReplace(emptyCaseFile("C0", "knowsley"), ACTOR, AT);

    List<CaseFile> cohort = caseFiles().loadCohort(AuthorityId.of("bcp"));

    assertThat(cohort).extracting(f -> f.childId().id()).containsExactly("C1", "C10", "C2", "C3");
    assertThat(caseFiles().loadCohort(AuthorityId.of("barnet"))).isEmpty();
  }

  @Test
  void test_streamAll_everyCaseFile_byChildId() {
    List<String> ids =
        Stream.iterate(0, n -> n + 1)
            .limit(7)
            .map(n -> String.format(java.util.Locale.ROOT, "C%05d", (n * 5) % 7))
            .collect(Collectors.toList());
    for (String id : ids) {
      caseFiles().saveOrReplace(emptyCaseFile(id, id.endsWith("7") ? "barnet" : "bcp"), ACTOR, AT);
    }

    List<String> streamed;
    try (Stream<CaseFile> all = caseFiles().streamAll()) {
      streamed = all.map(f -> f.childId().id()).collect(Collectors.toList());
    }

    assertThat(streamed).isSortedAccordingTo(String::compareTo).hasSameElementsAs(ids);
    assertThat(streamed).hasSize(ids.size());
  }

  @Test
  void test_streamAll_empty() {
    try (Stream<CaseFile> all = caseFiles().streamAll()) {
      assertThat(all).isEmpty();
    }
  }

  @Test
  void test_saveOrReplace_plans_auditedWhenChanged() {
    CaseFile file = emptyCaseFile("C1", "bcp");
    PermanencePlan first = PermanencePlan.of(PermanenceOption.REUNIFICATION, MON_2026_03_16);
    PermanencePlan second = PermanencePlan.of(PermanenceOption.ADOPTION, MON_2026_03_16);

    caseFiles().saveOrReplace(file, ACTOR, AT);
    caseFiles().saveOrReplace(withPlans(file, first), ACTOR, AT);
    caseFiles().saveOrReplace(withPlans(file, first), ACTOR, LATER);
    caseFiles().saveOrReplace(withPlans(file, first, second), OTHER_ACTOR, LATER);
    caseFiles().saveOrReplace(file, ACTOR, LATER);

    List<AuditEntry> entries = auditLog().findEntries(CaseFileRepository.PLANS_ENTITY, "C1");
    assertThat(entries)
        .extracting(AuditEntry::operation)
        .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.DELETE);
    assertThat(entries.get(0).actor()).isEqualTo(ACTOR);
    assertThat(entries.get(0).at()).isEqualTo(AT);
    assertThat(entries.get(0).before()).isEmpty();
    assertThat(entries.get(1).actor()).isEqualTo(OTHER_ACTOR);
    assertThat(entries.get(1).at()).isEqualTo(LATER);
    assertThat(entries.get(1).before()).isEqualTo(entries.get(0).after());
    assertThat(entries.get(1).after().orElseThrow()).contains("ADOPTION");
    assertThat(entries.get(2).after()).isEmpty();
  }

  @Test
  void test_saveOrReplace_sameFileTwice_changesNothingAndAuditsNothing() {
    CaseFile file = richCaseFile("C1", "bcp", "text");
    caseFiles().saveOrReplace(file, ACTOR, AT);
    List<AuditEntry> before = allEntriesOf("C1");

    caseFiles().saveOrReplace(file, ACTOR, LATER);

    assertThat(allEntriesOf("C1")).isEqualTo(before);
    assertThat(panelRecords().findAction(ActionId.of("A2-C1")).orElseThrow().version())
        .isEqualTo(1);
    assertThat(caseFiles().findById(file.childId())).contains(file);
  }

  @Test
  void test_saveOrReplace_changedAction_getsNextVersionAndAuditEntries() {
    PanelAction kept = action("A1", MON_2026_03_16, "kept");
    PanelAction changed = action("A2", MON_2026_03_16, "before");
    PanelAction removed = action("A3", MON_2026_03_16, "removed");
    CaseFile file = withActions(emptyCaseFile("C1", "bcp"), kept, changed, removed);
    caseFiles().saveOrReplace(file, ACTOR, AT);

    caseFiles()
        .saveOrReplace(
            withActions(
                file, kept, withDescription(changed, "after"), action("A4", MON_2026_03_16, "new")),
            OTHER_ACTOR,
            LATER);

    assertThat(panelRecords().findAction(ActionId.of("A1")).orElseThrow().version()).isEqualTo(1);
    assertThat(panelRecords().findAction(ActionId.of("A2")).orElseThrow().version()).isEqualTo(2);
    assertThat(panelRecords().findAction(ActionId.of("A3"))).isEmpty();
    assertThat(panelRecords().findAction(ActionId.of("A4")).orElseThrow().version()).isEqualTo(1);
    assertThat(operations("A1")).containsExactly(AuditOperation.CREATE);
    assertThat(operations("A2")).containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE);
    assertThat(operations("A3")).containsExactly(AuditOperation.CREATE, AuditOperation.DELETE);
    assertThat(operations("A4")).containsExactly(AuditOperation.CREATE);
    AuditEntry update = auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A2").get(1);
    assertThat(update.actor()).isEqualTo(OTHER_ACTOR);
    assertThat(update.at()).isEqualTo(LATER);
    assertThat(update.before().orElseThrow()).contains("before");
    assertThat(update.after().orElseThrow()).contains("after");
  }

  @Test
  void test_saveOrReplace_actionIdOfAnotherChild_rejectedAndNothingStored() {
    caseFiles()
        .saveOrReplace(
            withActions(emptyCaseFile("C1", "bcp"), action("A1", MON_2026_03_16, "x")), ACTOR, AT);
    CaseFile thief = withActions(emptyCaseFile("C2", "bcp"), action("A1", MON_2026_03_16, "y"));

    assertThatThrownBy(() -> caseFiles().saveOrReplace(thief, ACTOR, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A1");
    assertThat(caseFiles().findById(ChildId.of("C2"))).isEmpty();
    assertThat(panelRecords().findAction(ActionId.of("A1")).orElseThrow().value().description())
        .isEqualTo("x");
  }

  private List<AuditOperation> operations(String actionId) {
    return auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, actionId).stream()
        .map(AuditEntry::operation)
        .collect(Collectors.toList());
  }

  private List<AuditEntry> allEntriesOf(String childId) {
    return Stream.of(
            auditLog().findEntries(CaseFileRepository.PLANS_ENTITY, childId),
            auditLog().findEntries(PanelRecordRepository.DECISION_ENTITY, "D-" + childId),
            auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A1-" + childId),
            auditLog().findEntries(PanelRecordRepository.ACTION_ENTITY, "A2-" + childId))
        .flatMap(List::stream)
        .collect(Collectors.toList());
  }
}
