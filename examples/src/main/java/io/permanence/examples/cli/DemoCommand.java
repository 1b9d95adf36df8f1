package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.panel.Panel;
import io.permanence.core.port.ActorId;
import io.permanence.jdbc.ImportSummary;
import io.permanence.jdbc.JdbcBulkImport;
import io.permanence.jdbc.JdbcCaseFileRepository;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence demo}: the library's main job in one command. Starts the embedded PostgreSQL
 * store, loads a synthetic cohort of the authority (seeded, so the same cohort for the same date;
 * loading it again changes nothing), reads it back, and prints the agendas of the next five weeks'
 * meetings and the drift summary.
 *
 * <p>The cohort's records run up to the as-of date, so that the agendas and the drift are those of
 * a live caseload on that date. For Knowsley and North Somerset, whose terms of reference give no
 * day for their monthly panel, the providers' example schedules are used (and said so).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the embedded store, loads a synthetic cohort, and prints the next meetings'"
          + " agendas and the drift summary for an authority."
    })
final class DemoCommand implements Callable<Integer> {

  /** The seed of the bundled synthetic cohort. */
  static final long SEED = 20_260_316L;

  /** The items shown per heading of each agenda. */
  static final int ITEMS_SHOWN = 3;

  @Spec CommandSpec spec;

  @Mixin AuthorityOptions authorityOptions;

  @Mixin StoreOptions storeOptions;

  @Mixin DateOptions dateOptions;

  @Mixin RangeOptions range;

  @Option(
      names = "--children",
      paramLabel = "N",
      defaultValue = "3000",
      description = "How many synthetic children to load (default: ${DEFAULT-VALUE}).")
  int children;

  @Override
  public Integer call() {
    if (children < 1 || children > 1_000_000) {
      throw new IllegalArgumentException(
          "--children " + children + ": must be between 1 and 1,000,000");
    }
    PrintWriter out = spec.commandLine().getOut();
    LocalDate asOf = dateOptions.asOf();
    LocalDate from = range.from(asOf);
    LocalDate to = range.to(asOf);
    Authority authority = authorityOptions.resolve(true);
    out.println(
        "permanence demo: "
            + authority.name()
            + " ("
            + authority.id().id()
            + "), as of "
            + TextOutput.day(asOf));
    if (authorityOptions.hasExampleSettings() && authorityOptions.settings.isEmpty()) {
      out.println(
          "  note       the terms of reference give no day for this monthly panel; the"
              + " provider's example schedule is used (change it with --set)");
    }
    out.flush();
    long started = System.nanoTime();
    try (Store store = storeOptions.open(true)) {
      out.println(step("store      " + store.description() + ", started", started));
      long loading = System.nanoTime();
      String loaded = load(store, authority, asOf);
      out.println(step(loaded, loading));
      long reading = System.nanoTime();
      List<CaseFile> files =
          new JdbcCaseFileRepository(store.dataSource()).loadCohort(authority.id());
      out.println(
          step(String.format(Locale.ROOT, "read back  %,d case files", files.size()), reading));
      long evaluating = System.nanoTime();
      Evaluator evaluator = Evaluator.of(authority);
      AgendaPlan plan = evaluator.agendas(files, from, to);
      DriftReport drift = evaluator.drift(files, asOf);
      out.println(
          step(
              "evaluated  "
                  + plan.agendas().size()
                  + " meeting(s)' agendas from "
                  + from
                  + " to "
                  + to.minusDays(1)
                  + " and the drift report",
              evaluating));
      out.println(step("total", started));
      out.println();
      out.print(TextOutput.agendas(authority, plan, ITEMS_SHOWN));
      out.println();
      out.print(TextOutput.driftSummary(drift));
      out.println();
      String a =
          " --authority "
              + authority.id().id()
              + (authorityOptions.settings.isEmpty() ? authorityOptions.exampleArguments() : "");
      out.println("Next:");
      out.println("  ./permanence agenda" + a + " --format html -o agenda.html");
      out.println("  ./permanence explain" + a + " --child " + firstListed(plan, files));
      out.println("  ./permanence tracker" + a + "    ./permanence drift" + a);
    }
    return PermanenceCommand.OK;
  }

  /**
   * Loads the synthetic cohort unless the store already holds this one (same authority, seed, size
   * and date, recorded in a marker file in the store's directory); loading it again would change
   * nothing, since the bulk import is idempotent, but takes a while.
   */
  private String load(Store store, Authority authority, LocalDate asOf) {
    String marker =
        authority.id().id() + " seed=" + SEED + " children=" + children + " asOf=" + asOf;
    Optional<Path> markerFile =
        storeOptions.url.isPresent()
            ? Optional.empty()
            : Optional.of(storeOptions.directory.resolve("demo-" + authority.id().id() + ".txt"));
    String cohortText =
        String.format(
            Locale.ROOT,
            "%,d synthetic children (seed %d, records up to %s)",
            children,
            SEED,
            asOf);
    if (markerFile.isPresent() && Files.isRegularFile(markerFile.get())) {
      try {
        if (Files.readString(markerFile.get(), StandardCharsets.UTF_8).strip().equals(marker)) {
          return "cohort     " + cohortText + ", already in the store";
        }
      } catch (IOException e) {
        // unreadable marker: load again
      }
    }
    List<CaseFile> cohort =
        SyntheticCohort.of(authority.id(), asOf, SEED)
            .withPanels(authority.panels().stream().map(Panel::id).toList())
            .list(children);
    ImportSummary summary =
        new JdbcBulkImport(store.dataSource())
            .importCaseFiles(cohort, ActorId.of("permanence-demo"), Instant.now());
    if (markerFile.isPresent()) {
      try {
        Files.writeString(markerFile.get(), marker + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + markerFile.get(), e);
      }
    }
    return String.format(
        Locale.ROOT, "cohort     %s, imported %,d rows", cohortText, summary.rows());
  }

  private static String step(String what, long startedNanos) {
    return String.format(
        Locale.ROOT, "  %s (%.1f s)", what, (System.nanoTime() - startedNanos) / 1e9);
  }

  private static String firstListed(AgendaPlan plan, List<CaseFile> files) {
    return plan.agendas().stream()
        .flatMap(agenda -> agenda.items().stream())
        .map(item -> item.child().id())
        .findFirst()
        .orElse(files.isEmpty() ? "ID" : files.get(0).childId().id());
  }
}
