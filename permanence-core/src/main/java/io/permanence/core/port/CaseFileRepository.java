package io.permanence.core.port;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage of whole case files, keyed by child id (unique within a repository).
 *
 * <p>Implementations are thread-safe. {@link #saveOrReplace(CaseFile, ActorId, Instant)} is atomic:
 * a reader sees the old case file or the new one, never a mixture. Reads return snapshots: a case
 * file once read never changes.
 *
 * <p>A case file holds panel decisions, actions and plans, which are audited: saving appends an
 * {@link AuditEntry} for each decision or action created, changed or removed and for the child's
 * plans when they changed (entity type {@value #PLANS_ENTITY}, entity id the child id), in the same
 * transaction, by the actor at the instant given. A decision or action whose stored value changes
 * gets the next version, as if updated through {@link PanelRecordRepository}; an unchanged one
 * keeps its version, so saving the same case file twice changes nothing and appends nothing.
 */
public interface CaseFileRepository {

  /** The audit entity type of a child's plans (the entity id is the child id). */
  String PLANS_ENTITY = "PermanencePlans";

  /**
   * Stores the case file, replacing any stored for the same child, atomically, and audits the
   * changes to its decisions, actions and plans.
   *
   * @param caseFile the case file
   * @param actor who saves it
   * @param at when (the caller's clock; core never reads one)
   * @throws IllegalArgumentException if a decision or action id of the case file is stored for
   *     another child
   */
  void saveOrReplace(CaseFile caseFile, ActorId actor, Instant at);

  /**
   * The case file of a child.
   *
   * @param id the child id
   * @return the case file, or empty if none is stored
   */
  Optional<CaseFile> findById(ChildId id);

  /**
   * Every case file of an authority, ordered by child id.
   *
   * @param authority the authority
   * @return the case files, possibly empty
   */
  List<CaseFile> loadCohort(AuthorityId authority);

  /**
   * Every case file, ordered by child id, read lazily. The stream may hold a connection or cursor:
   * close it (try-with-resources).
   *
   * @return the stream of case files
   */
  Stream<CaseFile> streamAll();
}
