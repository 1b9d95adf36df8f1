package io.permanence.core.port;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Storage of whole case files, keyed by child id (unique within a repository).
 *
 * <p>Implementations are thread-safe. {@link #saveOrReplace(CaseFile)} is atomic: a reader sees the
 * old case file or the new one, never a mixture. Reads return snapshots: a case file once read
 * never changes.
 */
public interface CaseFileRepository {

  /**
   * Stores the case file, replacing any stored for the same child, atomically.
   *
   * @param caseFile the case file
   */
  void saveOrReplace(CaseFile caseFile);

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
