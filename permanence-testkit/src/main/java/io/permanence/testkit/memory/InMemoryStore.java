package io.permanence.testkit.memory;

import static java.util.Objects.requireNonNull;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.AuditEntry;
import io.permanence.core.port.AuditLog;
import io.permanence.core.port.AuditOperation;
import io.permanence.core.port.CaseFileRepository;
import io.permanence.core.port.ConcurrentUpdateException;
import io.permanence.core.port.PanelRecordRepository;
import io.permanence.core.port.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Case files, panel records and the audit log in memory, with the semantics of the JDBC adapter.
 *
 * <p>One lock guards the whole state, so every method is atomic and a change and its audit entry
 * are appended together. Decisions and actions carry versions and an insertion sequence (ties on
 * the same day keep the order stored, as in the database); saving a case file gives every decision
 * and action the sequence of its position, keeps the version of an unchanged one, increments a
 * changed one's and audits created, changed and removed ones and changed plans. Before and after
 * texts are renderings of the values with every attribute. Instances are thread-safe.
 */
public final class InMemoryStore implements CaseFileRepository, PanelRecordRepository, AuditLog {

  private final Object lock = new Object();
  private final TreeMap<ChildId, CaseFile> files = new TreeMap<>();
  private final Map<DecisionId, Stored> decisions = new HashMap<>();
  private final Map<ActionId, Stored> actions = new HashMap<>();
  private final List<AuditEntry> entries = new ArrayList<>();
  private long sequence;

  /** Where a decision or action is stored: its child, version and insertion sequence. */
  private static final class Stored {
    final ChildId child;
    final long version;
    final long seq;

    Stored(ChildId child, long version, long seq) {
      this.child = child;
      this.version = version;
      this.seq = seq;
    }
  }

  /** An empty store. */
  public InMemoryStore() {}

  // ------------------------------------------------------------------ case files

  @Override
  public void saveOrReplace(CaseFile caseFile, ActorId actor, Instant at) {
    requireNonNull(caseFile, "caseFile");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    synchronized (lock) {
      ChildId child = caseFile.childId();
      for (PanelDecision d : caseFile.decisions()) {
        checkOwner(decisions.get(d.id()), child, "panel decision " + d.id());
      }
      for (PanelAction a : caseFile.actions()) {
        checkOwner(actions.get(a.id()), child, "panel action " + a.id());
      }
      Optional<CaseFile> old = Optional.ofNullable(files.get(child));
      List<PermanencePlan> oldPlans = old.map(CaseFile::plans).orElse(List.of());
      if (!oldPlans.equals(caseFile.plans())) {
        audit(
            actor,
            at,
            PLANS_ENTITY,
            child.id(),
            oldPlans.isEmpty() ? Optional.empty() : Optional.of(render(oldPlans)),
            caseFile.plans().isEmpty() ? Optional.empty() : Optional.of(render(caseFile.plans())));
      }
      merge(
          actor,
          at,
          DECISION_ENTITY,
          decisions,
          old.map(CaseFile::decisions).orElse(List.of()),
          caseFile.decisions(),
          PanelDecision::id,
          child);
      merge(
          actor,
          at,
          ACTION_ENTITY,
          actions,
          old.map(CaseFile::actions).orElse(List.of()),
          caseFile.actions(),
          PanelAction::id,
          child);
      files.put(child, caseFile);
    }
  }

  private static void checkOwner(Stored stored, ChildId child, String what) {
    if (stored != null && !stored.child.equals(child)) {
      throw new IllegalArgumentException(what + " is stored for another child");
    }
  }

  private <K extends Comparable<K>, V> void merge(
      ActorId actor,
      Instant at,
      String entity,
      Map<K, Stored> stored,
      List<V> oldValues,
      List<V> newValues,
      Function<V, K> id,
      ChildId child) {
    Map<K, V> before = oldValues.stream().collect(Collectors.toMap(id, v -> v));
    Map<K, V> after = new HashMap<>();
    for (V value : newValues) {
      after.put(id.apply(value), value);
    }
    TreeSet<K> ids = new TreeSet<>(Comparator.comparing(Object::toString));
    ids.addAll(before.keySet());
    ids.addAll(after.keySet());
    for (K key : ids) {
      Optional<V> was = Optional.ofNullable(before.get(key));
      Optional<V> now = Optional.ofNullable(after.get(key));
      if (!was.equals(now)) {
        audit(actor, at, entity, key.toString(), was.map(this::render), now.map(this::render));
      }
      if (now.isEmpty()) {
        stored.remove(key);
      }
    }
    for (V value : newValues) {
      K key = id.apply(value);
      Stored previous = stored.get(key);
      long version =
          previous == null ? 1 : previous.version + (value.equals(before.get(key)) ? 0 : 1);
      stored.put(key, new Stored(child, version, ++sequence));
    }
  }

  @Override
  public Optional<CaseFile> findById(ChildId id) {
    requireNonNull(id, "id");
    synchronized (lock) {
      return Optional.ofNullable(files.get(id));
    }
  }

  @Override
  public List<CaseFile> loadCohort(AuthorityId authority) {
    requireNonNull(authority, "authority");
    synchronized (lock) {
      return files.values().stream()
          .filter(file -> file.authority().equals(authority))
          .collect(Collectors.toUnmodifiableList());
    }
  }

  /** {@inheritDoc} The stream is over a snapshot taken now; closing it releases nothing. */
  @Override
  public Stream<CaseFile> streamAll() {
    synchronized (lock) {
      return List.copyOf(files.values()).stream();
    }
  }

  // ------------------------------------------------------------------ panel records

  private CaseFile requireFile(ChildId child) {
    CaseFile file = files.get(requireNonNull(child, "child"));
    if (file == null) {
      throw new IllegalArgumentException(
          "no case file is stored for child " + child + "; save it before its panel records");
    }
    return file;
  }

  @Override
  public void addAppearance(ChildId child, PanelAppearance appearance, ActorId actor, Instant at) {
    requireNonNull(appearance, "appearance");
    synchronized (lock) {
      CaseFile file = requireFile(child);
      List<PanelAppearance> all = new ArrayList<>(file.panelAppearances());
      all.add(appearance);
      files.put(child, rebuild(file, all, file.decisions(), file.actions(), file.documents()));
      audit(
          actor,
          at,
          APPEARANCE_ENTITY,
          child.id(),
          Optional.empty(),
          Optional.of(render(appearance)));
    }
  }

  @Override
  public List<PanelAppearance> findAppearances(ChildId child) {
    synchronized (lock) {
      return findById(child).map(CaseFile::panelAppearances).orElse(List.of());
    }
  }

  @Override
  public Versioned<PanelDecision> addDecision(
      ChildId child, PanelDecision decision, ActorId actor, Instant at) {
    requireNonNull(decision, "decision");
    synchronized (lock) {
      CaseFile file = requireFile(child);
      Stored existing = decisions.get(decision.id());
      if (existing != null) {
        throw new ConcurrentUpdateException(
            DECISION_ENTITY, decision.id().id(), 0, existing.version);
      }
      requireNonNull(actor, "actor");
      requireNonNull(at, "at");
      decisions.put(decision.id(), new Stored(child, 1, ++sequence));
      List<PanelDecision> all = new ArrayList<>(file.decisions());
      all.add(decision);
      files.put(
          child, rebuild(file, file.panelAppearances(), all, file.actions(), file.documents()));
      audit(
          actor,
          at,
          DECISION_ENTITY,
          decision.id().id(),
          Optional.empty(),
          Optional.of(render(decision)));
      return Versioned.of(decision, 1);
    }
  }

  @Override
  public Versioned<PanelDecision> updateDecision(
      PanelDecision decision, long expectedVersion, ActorId actor, Instant at) {
    requireNonNull(decision, "decision");
    synchronized (lock) {
      Stored stored = decisions.get(decision.id());
      long actual = stored == null ? 0 : stored.version;
      if (actual == 0 || actual != expectedVersion) {
        throw new ConcurrentUpdateException(
            DECISION_ENTITY, decision.id().id(), expectedVersion, actual);
      }
      requireNonNull(actor, "actor");
      requireNonNull(at, "at");
      CaseFile file = files.get(stored.child);
      PanelDecision before =
          file.decisions().stream()
              .filter(d -> d.id().equals(decision.id()))
              .findFirst()
              .orElseThrow();
      List<PanelDecision> all = new ArrayList<>(file.decisions());
      all.set(all.indexOf(before), decision);
      decisions.put(decision.id(), new Stored(stored.child, actual + 1, stored.seq));
      files.put(
          stored.child,
          rebuild(file, file.panelAppearances(), all, file.actions(), file.documents()));
      audit(
          actor,
          at,
          DECISION_ENTITY,
          decision.id().id(),
          Optional.of(render(before)),
          Optional.of(render(decision)));
      return Versioned.of(decision, actual + 1);
    }
  }

  @Override
  public Optional<Versioned<PanelDecision>> findDecision(DecisionId id) {
    requireNonNull(id, "id");
    synchronized (lock) {
      Stored stored = decisions.get(id);
      if (stored == null) {
        return Optional.empty();
      }
      return files.get(stored.child).decisions().stream()
          .filter(d -> d.id().equals(id))
          .findFirst()
          .map(d -> Versioned.of(d, stored.version));
    }
  }

  @Override
  public List<Versioned<PanelDecision>> findDecisions(ChildId child) {
    synchronized (lock) {
      return findById(child).map(CaseFile::decisions).orElse(List.of()).stream()
          .map(d -> Versioned.of(d, decisions.get(d.id()).version))
          .collect(Collectors.toUnmodifiableList());
    }
  }

  @Override
  public Versioned<PanelAction> addAction(
      ChildId child, PanelAction action, ActorId actor, Instant at) {
    requireNonNull(action, "action");
    synchronized (lock) {
      CaseFile file = requireFile(child);
      Stored existing = actions.get(action.id());
      if (existing != null) {
        throw new ConcurrentUpdateException(ACTION_ENTITY, action.id().id(), 0, existing.version);
      }
      requireNonNull(actor, "actor");
      requireNonNull(at, "at");
      actions.put(action.id(), new Stored(child, 1, ++sequence));
      List<PanelAction> all = new ArrayList<>(file.actions());
      all.add(action);
      files.put(
          child, rebuild(file, file.panelAppearances(), file.decisions(), all, file.documents()));
      audit(
          actor,
          at,
          ACTION_ENTITY,
          action.id().id(),
          Optional.empty(),
          Optional.of(render(action)));
      return Versioned.of(action, 1);
    }
  }

  @Override
  public Versioned<PanelAction> updateAction(
      PanelAction action, long expectedVersion, ActorId actor, Instant at) {
    requireNonNull(action, "action");
    synchronized (lock) {
      Stored stored = actions.get(action.id());
      long actual = stored == null ? 0 : stored.version;
      if (actual == 0 || actual != expectedVersion) {
        throw new ConcurrentUpdateException(
            ACTION_ENTITY, action.id().id(), expectedVersion, actual);
      }
      requireNonNull(actor, "actor");
      requireNonNull(at, "at");
      CaseFile file = files.get(stored.child);
      PanelAction before =
          file.actions().stream().filter(a -> a.id().equals(action.id())).findFirst().orElseThrow();
      List<PanelAction> all = new ArrayList<>(file.actions());
      all.set(all.indexOf(before), action);
      actions.put(action.id(), new Stored(stored.child, actual + 1, stored.seq));
      files.put(
          stored.child,
          rebuild(file, file.panelAppearances(), file.decisions(), all, file.documents()));
      audit(
          actor,
          at,
          ACTION_ENTITY,
          action.id().id(),
          Optional.of(render(before)),
          Optional.of(render(action)));
      return Versioned.of(action, actual + 1);
    }
  }

  @Override
  public Optional<Versioned<PanelAction>> findAction(ActionId id) {
    requireNonNull(id, "id");
    synchronized (lock) {
      Stored stored = actions.get(id);
      if (stored == null) {
        return Optional.empty();
      }
      return files.get(stored.child).actions().stream()
          .filter(a -> a.id().equals(id))
          .findFirst()
          .map(a -> Versioned.of(a, stored.version));
    }
  }

  @Override
  public List<Versioned<PanelAction>> findActions(ChildId child) {
    synchronized (lock) {
      return findById(child).map(CaseFile::actions).orElse(List.of()).stream()
          .map(a -> Versioned.of(a, actions.get(a.id()).version))
          .collect(Collectors.toUnmodifiableList());
    }
  }

  @Override
  public void addDocument(ChildId child, DocumentOnFile document, ActorId actor, Instant at) {
    requireNonNull(document, "document");
    synchronized (lock) {
      CaseFile file = requireFile(child);
      List<DocumentOnFile> all = new ArrayList<>(file.documents());
      all.add(document);
      files.put(
          child, rebuild(file, file.panelAppearances(), file.decisions(), file.actions(), all));
      audit(
          actor, at, DOCUMENT_ENTITY, child.id(), Optional.empty(), Optional.of(render(document)));
    }
  }

  @Override
  public List<DocumentOnFile> findDocuments(ChildId child) {
    synchronized (lock) {
      return findById(child).map(CaseFile::documents).orElse(List.of());
    }
  }

  /**
   * The case file with new panel records; decisions and actions in insertion order before the case
   * file sorts them (stably) by day, as the database orders them by day, then sequence.
   */
  private CaseFile rebuild(
      CaseFile file,
      List<PanelAppearance> appearances,
      List<PanelDecision> newDecisions,
      List<PanelAction> newActions,
      List<DocumentOnFile> documents) {
    List<PanelDecision> orderedDecisions = new ArrayList<>(newDecisions);
    orderedDecisions.sort(Comparator.comparingLong(d -> decisions.get(d.id()).seq));
    List<PanelAction> orderedActions = new ArrayList<>(newActions);
    orderedActions.sort(Comparator.comparingLong(a -> actions.get(a.id()).seq));
    CaseFile.Builder builder = CaseFile.builder();
    builder
        .authority(file.authority())
        .child(file.child())
        .addAllLegalStatusPeriods(file.legalStatusPeriods())
        .addAllCourtOrders(file.courtOrders())
        .addAllPreProceedings(file.preProceedings())
        .addAllCareProceedings(file.careProceedings())
        .addAllPeriodsOfCare(file.periodsOfCare())
        .addAllPlacements(file.placements())
        .addAllReviews(file.reviews())
        .adoptionMilestones(file.adoptionMilestones())
        .previousPermanence(file.previousPermanence())
        .addAllMissingEpisodes(file.missingEpisodes())
        .addAllSocialWorkerEpisodes(file.socialWorkerEpisodes())
        .addAllPlans(file.plans())
        .addAllPanelAppearances(appearances)
        .addAllDecisions(orderedDecisions)
        .addAllActions(orderedActions)
        .addAllDocuments(documents)
        .addAllFlags(file.flags())
        .addAllHealthOutcomes(file.healthOutcomes())
        .addAllCareLeaverOutcomes(file.careLeaverOutcomes());
    return builder.build();
  }

  // ------------------------------------------------------------------ audit log

  @Override
  public void append(AuditEntry entry) {
    requireNonNull(entry, "entry");
    synchronized (lock) {
      entries.add(entry);
    }
  }

  @Override
  public List<AuditEntry> findEntries(String entityType, String entityId) {
    requireNonNull(entityType, "entityType");
    requireNonNull(entityId, "entityId");
    synchronized (lock) {
      return entries.stream()
          .filter(e -> e.entityType().equals(entityType) && e.entityId().equals(entityId))
          .collect(Collectors.toUnmodifiableList());
    }
  }

  private void audit(
      ActorId actor,
      Instant at,
      String entity,
      String id,
      Optional<String> before,
      Optional<String> after) {
    entries.add(
        AuditEntry.builder()
            .actor(actor)
            .entityType(entity)
            .entityId(id)
            .operation(
                before.isEmpty()
                    ? AuditOperation.CREATE
                    : after.isEmpty() ? AuditOperation.DELETE : AuditOperation.UPDATE)
            .at(at)
            .before(before)
            .after(after)
            .build());
  }

  /** Every attribute of a record, unlike its redacting {@code toString()}. */
  private String render(Object value) {
    if (value instanceof List) {
      return ((List<?>) value)
          .stream().map(this::render).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof PanelDecision) {
      PanelDecision d = (PanelDecision) value;
      return "PanelDecision{id="
          + d.id()
          + ", panel="
          + d.panel()
          + ", madeOn="
          + d.madeOn()
          + ", signedOffOn="
          + d.signedOffOn().map(Object::toString).orElse("")
          + ", signOffBy="
          + d.signOffBy().id()
          + "/"
          + d.signOffBy().name()
          + ", text="
          + d.text()
          + "}";
    }
    if (value instanceof PanelAction) {
      PanelAction a = (PanelAction) value;
      return "PanelAction{id="
          + a.id()
          + ", decision="
          + a.decision().map(Object::toString).orElse("")
          + ", type="
          + a.type().id()
          + "/"
          + a.type().name()
          + ", description="
          + a.description()
          + ", owner="
          + a.owner().id()
          + "/"
          + a.owner().name()
          + ", dueOn="
          + a.dueOn()
          + ", status="
          + a.status()
          + ", completedOn="
          + a.completedOn().map(Object::toString).orElse("")
          + "}";
    }
    if (value instanceof PanelAppearance) {
      PanelAppearance a = (PanelAppearance) value;
      return "PanelAppearance{panel="
          + a.panel()
          + ", meetingOn="
          + a.meetingOn()
          + ", heading="
          + a.heading()
          + ", outcome="
          + a.outcome().orElse("")
          + "}";
    }
    if (value instanceof DocumentOnFile) {
      DocumentOnFile d = (DocumentOnFile) value;
      return "DocumentOnFile{type="
          + d.type().id()
          + "/"
          + d.type().name()
          + ", dateOnFile="
          + d.dateOnFile()
          + "}";
    }
    return value.toString();
  }
}
