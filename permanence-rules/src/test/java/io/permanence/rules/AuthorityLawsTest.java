package io.permanence.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.panel.Panel;
import io.permanence.rules.knowsley.KnowsleyProvider;
import io.permanence.rules.northsomerset.NorthSomersetProvider;
import io.permanence.testkit.cohort.SyntheticCohort;
import io.permanence.testkit.laws.AuthorityLaws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The testkit's {@link AuthorityLaws} over each of the five authorities found with {@link
 * Authorities#available()}, on a synthetic cohort of 2,000 children and five weeks of agendas; plus
 * the drift report and tracker of the same cohort: every drift item (the report's, its history's
 * and each tracker row's) is cited, and no remit, policy, rule or scope throws on the cohort (a
 * {@link DataQualityFinding} other than the engine's consistency checks).
 */
class AuthorityLawsTest {

  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MON_2026_04_06 = MON_2026_03_02.plusWeeks(5);
  private static final int CHILDREN = 2_000;
  private static final long SEED = 2026;
  private static final int EXPLAINED = 100;

  /** The source of the engine's own consistency findings (the data, not a rule, is at fault). */
  private static final String CONSISTENCY = "consistency";

  private static final Map<String, List<CaseFile>> COHORTS = new ConcurrentHashMap<>();

  /**
   * The authority a provider supplies, with its example settings where its schedule is a required
   * setting with no default (North Somerset, Knowsley).
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

  static Stream<Authority> authorities() {
    return Authorities.available().stream().map(AuthorityLawsTest::create);
  }

  /** The cohort of the authority, its panel history at the authority's own panels. */
  static List<CaseFile> cohort(Authority authority) {
    return COHORTS.computeIfAbsent(
        authority.id().id(),
        id ->
            SyntheticCohort.of(authority.id(), MON_2026_03_02, SEED)
                .withPanels(authority.panels().stream().map(Panel::id).toList())
                .list(CHILDREN));
  }

  @Test
  void test_available_theFiveAuthorities() {
    assertThat(Authorities.available())
        .extracting(provider -> provider.id().id())
        .containsExactly("barnet", "bcp", "buckinghamshire", "knowsley", "north-somerset");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authorities")
  void test_check_noViolations(Authority authority) {
    assertThat(AuthorityLaws.check(authority, cohort(authority), MON_2026_03_02, MON_2026_04_06))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authorities")
  void test_driftAndTracker_everyItemCited_noRuleThrowsOnWellFormedData(Authority authority) {
    Evaluator engine = Evaluator.of(authority);
    List<CaseFile> cohort = cohort(authority);
    AgendaPlan plan = engine.agendas(cohort, MON_2026_03_02, MON_2026_04_06);
    DriftReport drift = engine.drift(cohort, MON_2026_03_02);
    Tracker tracker = engine.tracker(cohort, MON_2026_03_02);
    assertThat(drift.items()).isNotEmpty();
    assertThat(drift.history()).isNotEmpty();
    assertThat(tracker.rows()).isNotEmpty();
    List<DriftItem> items = new ArrayList<>(drift.items());
    items.addAll(drift.history());
    tracker.rows().stream().map(TrackerRow::drift).forEach(items::addAll);
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.citation().document()).isNotBlank();
              assertThat(item.citation().clause()).isNotBlank();
            });
    List<DataQualityFinding> findings = new ArrayList<>(plan.findings());
    findings.addAll(drift.findings());
    findings.addAll(tracker.findings());
    cohort.stream()
        .limit(EXPLAINED)
        .forEach(file -> findings.addAll(engine.explain(file, MON_2026_03_02).findings()));
    assertThat(findings).filteredOn(f -> !f.source().equals(CONSISTENCY)).isEmpty();
  }
}
