package io.permanence.rules.statutory;

import static io.permanence.core.Citation.SourceStatus.SECONDARY;
import static io.permanence.core.Citation.SourceStatus.UNVERIFIED;
import static io.permanence.core.Citation.SourceStatus.VERIFIED;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.PlacementCode.U6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.Citation.SourceStatus;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatutoryTimescalesTest {

  private static final LocalDate MON_2024_01_08 = LocalDate.of(2024, 1, 8);
  private static final LocalDate MON_2024_02_05 = LocalDate.of(2024, 2, 5);
  private static final LocalDate MON_2024_04_22 = LocalDate.of(2024, 4, 22);
  private static final LocalDate MON_2024_10_14 = LocalDate.of(2024, 10, 14);
  private static final LocalDate MON_2025_04_07 = LocalDate.of(2025, 4, 7);
  private static final LocalDate MON_2025_09_29 = LocalDate.of(2025, 9, 29);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate MON_2026_07_20 = LocalDate.of(2026, 7, 20);

  private static EvaluationContext on(LocalDate asOf) {
    return EvaluationContext.of(asOf, WorkingCalendars.englandAndWales(), AuthoritySettings.none());
  }

  @Test
  void test_catalogue_everyRuleHasACitationAndAUniqueName() {
    List<StatutoryRule> rules = StatutoryTimescales.catalogue();

    assertThat(rules).hasSize(13);
    assertThat(rules).extracting(StatutoryRule::name).doesNotHaveDuplicates();
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.citation().document()).isNotBlank();
              assertThat(rule.citation().clause()).isNotBlank();
              assertThat(rule.convention()).isNotBlank();
              assertThat(StatutoryTimescales.findRule(rule.name())).containsSame(rule);
            });
  }

  @Test
  void test_catalogue_isImmutable() {
    assertThatThrownBy(() -> StatutoryTimescales.catalogue().add(StatutoryTimescales.carePlan()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> sourceStatuses() {
    return Stream.of(
        Arguments.of(StatutoryTimescales.lookedAfterReviews(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(
            StatutoryTimescales.permanencePlanBySecondReview(), SECONDARY, RuleKind.GUIDANCE),
        Arguments.of(StatutoryTimescales.carePlan(), SECONDARY, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.placementPlan(), UNVERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.placementNotification(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.careProceedings(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.supervisionOrders(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.emergencyProtectionOrders(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.childAssessmentOrders(), SECONDARY, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.policeProtection(), UNVERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.adoptionReviews(), VERIFIED, RuleKind.STATUTORY),
        Arguments.of(StatutoryTimescales.scorecardA1(), VERIFIED, RuleKind.EARLY_WARNING),
        Arguments.of(StatutoryTimescales.scorecardA2(), VERIFIED, RuleKind.EARLY_WARNING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceStatuses")
  void test_catalogue_sourceStatusAndKindAsTimescalesMd(
      StatutoryRule rule, SourceStatus status, RuleKind kind) {
    assertThat(rule.citation().status()).isEqualTo(status);
    assertThat(rule.kind()).isEqualTo(kind);
    assertThat(StatutoryTimescales.catalogue()).contains(rule);
  }

  @Test
  void test_standard_catalogueWithoutThePlacementDocumentRules() {
    assertThat(StatutoryTimescales.standard())
        .doesNotContain(
            StatutoryTimescales.placementPlan(), StatutoryTimescales.placementNotification())
        .hasSize(StatutoryTimescales.catalogue().size() - 2)
        .isSubsetOf(StatutoryTimescales.catalogue());
  }

  @Test
  void test_driftKind_reviewRulesAreReviews_othersDeadlines() {
    assertThat(StatutoryTimescales.catalogue())
        .filteredOn(rule -> rule.driftKind() == DriftKind.REVIEW)
        .containsExactly(
            StatutoryTimescales.lookedAfterReviews(), StatutoryTimescales.adoptionReviews());
    assertThat(StatutoryTimescales.catalogue())
        .filteredOn(rule -> rule.driftKind() != DriftKind.REVIEW)
        .allSatisfy(rule -> assertThat(rule.driftKind()).isEqualTo(DriftKind.DEADLINE));
  }

  @Test
  void test_catalogue_earlyWarningsSayTheyAreNotStatutory() {
    assertThat(StatutoryTimescales.catalogue())
        .filteredOn(rule -> rule.kind() == RuleKind.EARLY_WARNING)
        .extracting(StatutoryRule::name)
        .containsExactly("Adoption scorecard A1", "Adoption scorecard A2");
    assertThat(StatutoryTimescales.catalogue())
        .filteredOn(rule -> rule.kind() == RuleKind.EARLY_WARNING)
        .allSatisfy(
            rule -> assertThat(rule.citation().document()).contains("not a statutory deadline"));
  }

  @Test
  void test_catalogue_noRuleForPreProceedingsLength() {
    CaseFile twoYearsInPlo =
        Scenario.child("C1")
            .preProceedingsFrom(MON_2024_01_08)
            .preProceedingsMeeting(MON_2024_02_05)
            .preProceedingsMeeting(MON_2024_10_14)
            .build();
    CaseFile ended =
        Scenario.child("C2")
            .preProceedingsFrom(MON_2024_01_08)
            .preProceedingsEnded(MON_2025_04_07, PreProceedingsOutcome.values()[0])
            .build();

    assertThat(deadlines(twoYearsInPlo, MON_2026_07_20))
        .as("the law sets no maximum length of pre-proceedings")
        .isEmpty();
    assertThat(deadlines(ended, MON_2026_07_20)).isEmpty();
    assertThat(NotCatalogued.PRE_PROCEEDINGS_LENGTH.isLawSilent()).isTrue();
  }

  @Test
  void test_catalogue_noRuleForSection20Duration() {
    CaseFile longSection20 =
        Scenario.child("C1")
            .lookedAfterFrom(MON_2024_01_08, V2, U6)
            .review(MON_2024_02_05)
            .review(MON_2024_04_22)
            .review(MON_2024_10_14)
            .review(MON_2025_04_07)
            .review(MON_2025_09_29)
            .review(MON_2026_03_16)
            .build();

    List<TrackedDeadline> deadlines = deadlines(longSection20, MON_2026_07_20);
    Set<String> rules =
        StatutoryTimescales.catalogue().stream()
            .filter(rule -> !rule.track(longSection20, on(MON_2026_07_20)).isEmpty())
            .map(StatutoryRule::name)
            .collect(Collectors.toSet());

    assertThat(rules)
        .as("only the looked-after children's timescales; none limits s.20 itself")
        .containsExactlyInAnyOrder(
            "Looked-after reviews",
            "Permanence plan by the second review",
            "Care plan",
            "Placement plan",
            "Notification of placement");
    assertThat(deadlines)
        .filteredOn(d -> d.deadline().name().contains("review"))
        .filteredOn(d -> !d.deadline().name().startsWith("Permanence"))
        .extracting(d -> d.status(MON_2026_07_20))
        .containsExactly(
            DeadlineStatus.MET,
            DeadlineStatus.MET,
            DeadlineStatus.MET,
            DeadlineStatus.MET,
            DeadlineStatus.MET,
            DeadlineStatus.MET,
            DeadlineStatus.PENDING);
    assertThat(NotCatalogued.SECTION_20_DURATION.isLawSilent()).isTrue();
  }

  private static List<TrackedDeadline> deadlines(CaseFile file, LocalDate asOf) {
    return StatutoryTimescales.catalogue().stream()
        .flatMap(rule -> rule.track(file, on(asOf)).stream())
        .collect(Collectors.toList());
  }
}
