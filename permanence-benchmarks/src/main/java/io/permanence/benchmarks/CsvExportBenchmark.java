package io.permanence.benchmarks;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.csv.export.CsvExports;
import io.permanence.csv.export.ExportOptions;
import io.permanence.csv.write.Pseudonymiser;
import io.permanence.testkit.cohort.SampleAuthority;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Exporting a tracker of {@value #ROWS} children as CSV to a stream that discards the bytes, plain
 * and pseudonymised. The tracker is built once per trial with the engine over a synthetic cohort
 * (the testkit's {@link SampleAuthority}, seed 2026, on Wednesday 1 April 2026) large enough to
 * have {@value #ROWS} children in the tracker's scope, and cut to its first {@value #ROWS} rows;
 * only the export is measured. Scores are tracker rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CsvExportBenchmark.ROWS)
public class CsvExportBenchmark {

  /** Rows (children) in the tracker exported. */
  static final int ROWS = 100_000;

  /** Children generated: enough for {@link #ROWS} in the tracker's scope. */
  private static final int COHORT = 125_000;

  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  private Tracker tracker;
  private ExportOptions pseudonymised;

  /** Builds the cohort and its tracker. */
  @Setup(Level.Trial)
  public void setUp() {
    List<CaseFile> cohort = SyntheticCohort.of(SampleAuthority.ID, AS_OF, 2026).list(COHORT);
    Tracker full = Evaluator.of(SampleAuthority.create()).tracker(cohort, AS_OF);
    if (full.rows().size() < ROWS) {
      throw new IllegalStateException(
          "the cohort of " + COHORT + " gave only " + full.rows().size() + " tracker rows");
    }
    tracker = Tracker.builder().asOf(AS_OF).addAllRows(full.rows().subList(0, ROWS)).build();
    pseudonymised =
        ExportOptions.pseudonymised(
            Pseudonymiser.of("benchmark key, sixteen bytes+".getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The tracker as CSV.
   *
   * @param blackhole consumes the bytes written
   * @return the rows written
   */
  @Benchmark
  public long tracker(Blackhole blackhole) {
    return CsvExports.tracker(tracker, new Discard(blackhole), ExportOptions.defaults());
  }

  /**
   * The tracker as pseudonymised CSV (an HMAC per child id).
   *
   * @param blackhole consumes the bytes written
   * @return the rows written
   */
  @Benchmark
  public long trackerPseudonymised(Blackhole blackhole) {
    return CsvExports.tracker(tracker, new Discard(blackhole), pseudonymised);
  }

  /** A stream that hands every byte to the blackhole and keeps none. */
  private static final class Discard extends OutputStream {
    private final Blackhole blackhole;

    Discard(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void write(int b) {
      blackhole.consume(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      blackhole.consume(bytes);
      blackhole.consume(length);
    }
  }
}
