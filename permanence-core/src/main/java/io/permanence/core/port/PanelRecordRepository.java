package io.permanence.core.port;

import io.permanence.core.child.ChildId;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of what panels record about children: appearances, decisions, actions and documents.
 *
 * <p>Appearances and documents are append-only. Decisions and actions are versioned: adding stores
 * version 1 and fails with {@link ConcurrentUpdateException} (expected 0) if the id exists;
 * updating names the version read and fails with {@link ConcurrentUpdateException} if the stored
 * version differs (actual 0 if the id does not exist). Ids of decisions and actions are unique
 * within a repository.
 *
 * <p>Implementations are thread-safe; each method is atomic. Each change is audited: the
 * implementation appends an {@link AuditEntry} (by the actor, at the instant given, with the entity
 * before and after) to its {@link AuditLog} in the same transaction, so that a change is never
 * stored without its entry. Lists are ordered by date, then in the order stored.
 *
 * <p>Panel records are part of the child's case file: they need a case file stored in the {@link
 * CaseFileRepository} of the same store (recording for a child without one fails with {@link
 * IllegalArgumentException}), and a case file read from it holds them. Audit entity types are
 * {@value #APPEARANCE_ENTITY}, {@value #DECISION_ENTITY}, {@value #ACTION_ENTITY} and {@value
 * #DOCUMENT_ENTITY}; the entity id is the decision or action id, or the child id for appearances
 * and documents.
 */
public interface PanelRecordRepository {

  /** The audit entity type of panel appearances. */
  String APPEARANCE_ENTITY = "PanelAppearance";

  /** The audit entity type of panel decisions. */
  String DECISION_ENTITY = "PanelDecision";

  /** The audit entity type of panel actions. */
  String ACTION_ENTITY = "PanelAction";

  /** The audit entity type of documents on file. */
  String DOCUMENT_ENTITY = "DocumentOnFile";

  /**
   * Records an appearance of a child at a panel.
   *
   * @param child the child
   * @param appearance the appearance
   * @param actor who records it
   * @param at when
   */
  void addAppearance(ChildId child, PanelAppearance appearance, ActorId actor, Instant at);

  /**
   * The child's appearances, by meeting day.
   *
   * @param child the child
   * @return the appearances, possibly empty
   */
  List<PanelAppearance> findAppearances(ChildId child);

  /**
   * Stores a new decision as version 1.
   *
   * @param child the child
   * @param decision the decision
   * @param actor who records it
   * @param at when
   * @return the stored decision, version 1
   * @throws ConcurrentUpdateException if a decision with the id exists
   */
  Versioned<PanelDecision> addDecision(
      ChildId child, PanelDecision decision, ActorId actor, Instant at);

  /**
   * Replaces a decision (for example to record its sign-off) if its stored version is the one
   * expected.
   *
   * @param decision the new state, with the id of the stored decision
   * @param expectedVersion the version read
   * @param actor who changes it
   * @param at when
   * @return the stored decision with its new version
   * @throws ConcurrentUpdateException if the stored version is not the one expected
   */
  Versioned<PanelDecision> updateDecision(
      PanelDecision decision, long expectedVersion, ActorId actor, Instant at);

  /**
   * A decision by id.
   *
   * @param id the id
   * @return the decision with its version, or empty
   */
  Optional<Versioned<PanelDecision>> findDecision(DecisionId id);

  /**
   * The child's decisions, by the day made.
   *
   * @param child the child
   * @return the decisions with their versions, possibly empty
   */
  List<Versioned<PanelDecision>> findDecisions(ChildId child);

  /**
   * Stores a new action as version 1.
   *
   * @param child the child
   * @param action the action
   * @param actor who records it
   * @param at when
   * @return the stored action, version 1
   * @throws ConcurrentUpdateException if an action with the id exists
   */
  Versioned<PanelAction> addAction(ChildId child, PanelAction action, ActorId actor, Instant at);

  /**
   * Replaces an action (for example to mark it done) if its stored version is the one expected.
   *
   * @param action the new state, with the id of the stored action
   * @param expectedVersion the version read
   * @param actor who changes it
   * @param at when
   * @return the stored action with its new version
   * @throws ConcurrentUpdateException if the stored version is not the one expected
   */
  Versioned<PanelAction> updateAction(
      PanelAction action, long expectedVersion, ActorId actor, Instant at);

  /**
   * An action by id.
   *
   * @param id the id
   * @return the action with its version, or empty
   */
  Optional<Versioned<PanelAction>> findAction(ActionId id);

  /**
   * The child's actions, by due day.
   *
   * @param child the child
   * @return the actions with their versions, possibly empty
   */
  List<Versioned<PanelAction>> findActions(ChildId child);

  /**
   * Records a document on the child's file.
   *
   * @param child the child
   * @param document the document
   * @param actor who records it
   * @param at when
   */
  void addDocument(ChildId child, DocumentOnFile document, ActorId actor, Instant at);

  /**
   * The documents on the child's file, by the day on file.
   *
   * @param child the child
   * @return the documents, possibly empty
   */
  List<DocumentOnFile> findDocuments(ChildId child);
}
