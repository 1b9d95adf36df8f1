package io.permanence.benchmarks;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluation;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Panel;
import io.permanence.rules.bcp.BcpRecords;
import io.permanence.rules.knowsley.KnowsleyProvider;
import io.permanence.rules.northsomerset.NorthSomersetProvider;
import io.permanence.testkit.cohort.SampleAuthority;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine over a synthetic cohort: the agendas of the next five weeks, the drift report and the
 * tracker (whose next panel looks ten weeks ahead), on Wednesday 1 April 2026, in one pass and as
 * three separate calls. Scores are milliseconds per evaluation of all three.
 *
 * <p>{@code authority} is an id of an authority found with {@link Authorities#available()} (run one
 * per authority with {@code -p authority=barnet,bcp,...}); {@code sample}, the default, is the
 * testkit's {@link SampleAuthority}, used when no authority is on the class path; North Somerset
 * and Knowsley run with their example schedules. {@code children} defaults to 100,000; {@code -p
 * children=10000,100000,1000000} measures growth. The cohort is generated once per trial (seed
 * 2026) with its panel history at the authority's panels and, for BCP and Knowsley, the records
 * they keep of their panels (without which every such record would be missing). The forked JVM has
 * a fixed 12 GiB heap (a cohort of 1,000,000 children takes about 3 GiB, and its reports more) and
 * the throughput collector, {@code -XX:+UseParallelGC}, which a batch evaluation of a whole cohort
 * should use: with the default G1 the same evaluation of 100,000 children takes up to twice as long
 * on two cores, and varies more (see the README).
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

  /** The evaluation date. */
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  /** The authority's id, or {@code sample} for the testkit's sample authority. */
  @Param({"sample"})
  public String authority;

  /** The number of children in the cohort. */
  @Param({"100000"})
  public int children;

  private Evaluator engine;
  private List<CaseFile> cohort;

  /** Builds the authority and the cohort. */
  @Setup(Level.Trial)
  public void setUp() {
    Authority resolved = resolve(authority);
    engine = Evaluator.of(resolved);
    cohort = cohort(resolved, children);
  }

  /**
   * The synthetic cohort of an authority (seed 2026) with its panel history at the authority's
   * panels and the records the authority keeps of them.
   */
  static List<CaseFile> cohort(Authority authority, int children) {
    return SyntheticCohort.of(authority.id(), AS_OF, 2026)
        .withPanels(authority.panels().stream().map(Panel::id).toList())
        .withPanelRecords(panelRecords(authority.id()))
        .list(children);
  }

  /**
   * The records an authority's rules look for after its panels: BCP's case note of the panel's
   * actions and its tracker updates (BCP ToR §6), Knowsley's minutes (§Admin role(d)).
   */
  static List<DocumentType> panelRecords(AuthorityId id) {
    switch (id.id()) {
      case "bcp":
        return List.of(BcpRecords.PANEL_ACTIONS_NOTE, BcpRecords.TRACKER_UPDATE);
      case "knowsley":
        return List.of(DocumentType.PANEL_MINUTES);
      default:
        return List.of();
    }
  }

  static Authority resolve(String id) {
    if (id.equals("sample")) {
      return SampleAuthority.create();
    }
    return Authorities.find(AuthorityId.of(id))
        .map(EvaluationBenchmark::create)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no authority '"
                        + id
                        + "' on the class path; available: "
                        + Authorities.available().stream().map(p -> p.id().id()).toList()
                        + " and 'sample'"));
  }

  /**
   * The authority with its defaults, or with its example settings where the schedule is a required
   * setting with no default (North Somerset, Knowsley: an example day, not the authority's).
   */
  static Authority create(AuthorityProvider provider) {
    if (provider instanceof NorthSomersetProvider) {
      return provider.create(NorthSomersetProvider.exampleSettings());
    }
    if (provider instanceof KnowsleyProvider) {
      return provider.create(KnowsleyProvider.exampleSettings());
    }
    return provider.create();
  }

  /**
   * Agendas for the next five weeks, the drift report and the tracker, in one pass ({@link
   * Evaluator#evaluate}).
   *
   * @return the three reports
   */
  @Benchmark
  public Evaluation agendasDriftAndTracker() {
    return engine.evaluate(cohort, AS_OF, AS_OF.plusWeeks(5));
  }

  /**
   * The same three reports by three separate calls, each a pass over the cohort: what a caller
   * needing one report pays for it.
   *
   * @param blackhole consumes the results
   */
  @Benchmark
  public void agendasDriftAndTrackerSeparately(Blackhole blackhole) {
    AgendaPlan agendas = engine.agendas(cohort, AS_OF, AS_OF.plusWeeks(5));
    DriftReport drift = engine.drift(cohort, AS_OF);
    Tracker tracker = engine.tracker(cohort, AS_OF);
    blackhole.consume(agendas);
    blackhole.consume(drift);
    blackhole.consume(tracker);
  }
}
