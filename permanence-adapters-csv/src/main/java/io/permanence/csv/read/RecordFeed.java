package io.permanence.csv.read;

import de.siegmar.fastcsv.reader.CloseableIterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a file's records on a thread of its own and hands them over in order, in batches, through
 * a bounded queue: FastCSV (decoding and splitting) runs on one core while the caller checks and
 * maps the rows on another. At most {@value #QUEUED} batches of {@value #BATCH} records wait, so
 * memory stays bounded whatever the size of the file.
 *
 * <p>A failure of the parse ({@code CsvParseException}, {@code UncheckedIOException}, or any other
 * exception) is handed over in its place, after the records before it: {@link #next()} throws it,
 * and {@link #failureLine()} tells the line reached. {@link #close()} stops the thread and waits
 * for it, so the file can be closed safely after.
 */
final class RecordFeed implements AutoCloseable {

  /** Records per batch. */
  static final int BATCH = 256;

  /** Batches that may wait. */
  static final int QUEUED = 4;

  /** What the parsing thread hands over: records, then possibly the end or a failure. */
  private static final class Batch {
    final RawRecord[] records = new RawRecord[BATCH];
    int count;
    boolean last;
    RuntimeException failure;
    Error error;
    long failureLine;
  }

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private Batch current = new Batch();
  private int position;
  private long failureLine;

  /**
   * Starts parsing.
   *
   * @param records FastCSV's records, read only on the feed's thread from now on
   * @param handler the handler filling the records (for the line reached on a failure)
   */
  RecordFeed(CloseableIterator<RawRecord> records, RecordHandler handler) {
    thread = new Thread(() -> parse(records, handler), "csv-records");
    thread.setDaemon(true);
    thread.start();
  }

  private void parse(CloseableIterator<RawRecord> records, RecordHandler handler) {
    Batch batch = new Batch();
    try {
      while (records.hasNext()) {
        batch.records[batch.count++] = records.next();
        if (batch.count == BATCH) {
          queue.put(batch);
          batch = new Batch();
        }
      }
      batch.last = true;
      queue.put(batch);
    } catch (InterruptedException e) {
      // Closed by the reader: stop.
    } catch (RuntimeException | Error e) {
      batch.last = true;
      if (e instanceof RuntimeException) {
        batch.failure = (RuntimeException) e;
      } else {
        batch.error = (Error) e;
      }
      batch.failureLine = handler.currentLine();
      try {
        queue.put(batch);
      } catch (InterruptedException stopped) {
        // Closed by the reader: stop.
      }
    }
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws RuntimeException the failure that stopped the parse, once the records before it are
   *     taken
   */
  RawRecord next() {
    while (position == current.count) {
      if (current.last) {
        if (current.error != null) {
          throw current.error;
        }
        if (current.failure != null) {
          failureLine = current.failureLine;
          RuntimeException failure = current.failure;
          current.failure = null;
          throw failure;
        }
        return null;
      }
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("reading a CSV file was interrupted", e);
      }
      position = 0;
    }
    RawRecord record = current.records[position];
    current.records[position++] = null;
    return record;
  }

  /** The line the parse had reached when it failed. */
  long failureLine() {
    return failureLine;
  }

  /** Stops the parsing thread (if it is still running) and waits for it to end. */
  @Override
  public void close() {
    thread.interrupt();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
