package io.permanence.jdbc;

import static java.util.Objects.requireNonNull;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.port.ActorId;
import io.permanence.core.port.CaseFileRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Case files in PostgreSQL (the V2 tables of schema {@code permanence}), on the embedder's data
 * source.
 *
 * <p>{@link #saveOrReplace} replaces the child's whole record in one transaction, through the same
 * path as {@link JdbcBulkImport} (COPY into staging tables, then set-based replace), and writes the
 * audit entries of changed decisions, actions and plans in that transaction. Reads run in a
 * read-only {@code REPEATABLE READ} transaction, so a case file or a cohort is one consistent
 * snapshot; a cohort costs one query per table whatever its size.
 *
 * <p><b>{@link #streamAll()} holds a connection</b> (and a snapshot transaction) from the first
 * element until the stream is closed: always close it, with try-with-resources. It reads {@value
 * #STREAM_CHUNK} children at a time, in child id order, so memory stays bounded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JdbcCaseFileRepository implements CaseFileRepository {

  /** How many case files {@link #streamAll()} reads per round trip. */
  public static final int STREAM_CHUNK = 500;

  private final DataSource dataSource;
  private final JdbcBulkImport importer;

  /**
   * The repository of the data source's {@code permanence} schema (see {@link
   * PermanenceSchema#migrate}).
   *
   * @param dataSource the embedder's data source
   */
  public JdbcCaseFileRepository(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.importer = new JdbcBulkImport(dataSource);
  }

  @Override
  public void saveOrReplace(CaseFile caseFile, ActorId actor, Instant at) {
    requireNonNull(caseFile, "caseFile");
    importer.importCaseFiles(List.of(caseFile), actor, at);
  }

  @Override
  public Optional<CaseFile> findById(ChildId id) {
    requireNonNull(id, "id");
    return Transactions.inTransaction(
        dataSource,
        "find case file",
        c -> {
          CaseFileReader.beginSnapshot(c);
          return CaseFileReader.read(c, "WHERE child_id = ?", s -> s.setString(1, id.id())).stream()
              .findFirst();
        });
  }

  @Override
  public List<CaseFile> loadCohort(AuthorityId authority) {
    requireNonNull(authority, "authority");
    return Transactions.inTransaction(
        dataSource,
        "load cohort",
        c -> {
          CaseFileReader.beginSnapshot(c);
          return CaseFileReader.read(
              c, "WHERE authority_id = ? ORDER BY child_id", s -> s.setString(1, authority.id()));
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stream takes a connection from the data source on its first element and keeps it, in a
   * read-only snapshot transaction, until it is closed: close it (try-with-resources).
   *
   * @throws PersistenceException while the stream is consumed, if the database fails
   */
  @Override
  public Stream<CaseFile> streamAll() {
    ChunkIterator chunks = new ChunkIterator(dataSource);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                chunks, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT),
            false)
        .onClose(chunks::close);
  }

  /** Reads the case files in child id order, a chunk at a time, on one connection. */
  private static final class ChunkIterator implements Iterator<CaseFile> {
    private final DataSource dataSource;
    private Connection connection;
    private final Deque<CaseFile> buffer = new ArrayDeque<>();
    private String after = "";
    private boolean exhausted;

    ChunkIterator(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public boolean hasNext() {
      if (buffer.isEmpty() && !exhausted) {
        fill();
      }
      return !buffer.isEmpty();
    }

    @Override
    public CaseFile next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more case files");
      }
      return buffer.removeFirst();
    }

    private void fill() {
      try {
        if (connection == null) {
          connection = dataSource.getConnection();
          connection.setAutoCommit(false);
          CaseFileReader.beginSnapshot(connection);
        }
        String from = after;
        List<CaseFile> chunk =
            CaseFileReader.read(
                connection,
                "WHERE child_id > ? ORDER BY child_id LIMIT " + STREAM_CHUNK,
                s -> s.setString(1, from));
        buffer.addAll(chunk);
        if (chunk.size() < STREAM_CHUNK) {
          exhausted = true;
        } else {
          after = chunk.get(chunk.size() - 1).childId().id();
        }
      } catch (SQLException e) {
        throw new PersistenceException("stream case files", e);
      }
    }

    void close() {
      if (connection == null) {
        return;
      }
      try (Connection closing = connection) {
        closing.rollback();
        closing.setAutoCommit(true);
      } catch (SQLException e) {
        throw new PersistenceException("close case file stream", e);
      } finally {
        connection = null;
        exhausted = true;
      }
    }
  }
}
