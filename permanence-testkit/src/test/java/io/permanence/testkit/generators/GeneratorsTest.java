package io.permanence.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.permanence.core.DateSpan;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.Child;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.CollectionYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  private static final int EXAMPLES = 300;

  /** The dates worth probing for a case file: every boundary, the day before, and a few others. */
  private static List<LocalDate> probes(CaseFile file) {
    java.util.List<LocalDate> probes = new java.util.ArrayList<>();
    for (DateSpan span : spans(file)) {
      probes.add(span.start());
      probes.add(span.start().minusDays(1));
      span.end()
          .ifPresent(
              end -> {
                probes.add(end);
                probes.add(end.minusDays(1));
              });
    }
    file.plans().forEach(plan -> probes.add(plan.recordedOn()));
    probes.add(Generators.LATEST);
    return probes;
  }

  private static List<DateSpan> spans(CaseFile file) {
    java.util.List<DateSpan> spans = new java.util.ArrayList<>();
    spans.addAll(file.periodsOfCare());
    spans.addAll(file.legalStatusPeriods());
    spans.addAll(file.placements());
    return spans;
  }

  @Test
  void test_caseFiles_legalStatusOnAnyDateAgreesWithContainingPeriod() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.caseFiles())
        .checkAssert(
            file -> {
              for (LocalDate date : probes(file)) {
                Optional<LegalStatusPeriod> expected =
                    file.legalStatusPeriods().stream().filter(p -> p.contains(date)).findFirst();
                assertThat(file.findLegalStatusOn(date)).isEqualTo(expected);
                Optional<PeriodOfCare> care =
                    file.periodsOfCare().stream().filter(p -> p.contains(date)).findFirst();
                assertThat(file.isLookedAfterOn(date)).isEqualTo(care.isPresent());
              }
            });
  }

  @Test
  void test_caseFiles_neverViolateInvariants() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.caseFiles())
        .checkAssert(
            file -> {
              assertNoOverlap(file.periodsOfCare());
              assertNoOverlap(file.legalStatusPeriods());
              assertNoOverlap(file.placements());
              LocalDate born = file.child().dateOfBirth().orElseThrow();
              spans(file).forEach(span -> assertThat(span.start()).isAfterOrEqualTo(born));
              // every day looked after has exactly one legal status and one placement
              for (LocalDate date : probes(file)) {
                assertThat(file.findLegalStatusOn(date).isPresent())
                    .isEqualTo(file.isLookedAfterOn(date));
                assertThat(file.findPlacementOn(date).isPresent())
                    .isEqualTo(file.isLookedAfterOn(date));
              }
            });
  }

  private static void assertNoOverlap(List<? extends DateSpan> spans) {
    for (int i = 0; i < spans.size(); i++) {
      for (int j = i + 1; j < spans.size(); j++) {
        assertThat(spans.get(i).overlaps(spans.get(j)))
            .as("%s overlaps %s", spans.get(i), spans.get(j))
            .isFalse();
      }
    }
  }

  @Test
  void test_caseFiles_survivesBuilderRoundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.caseFiles())
        .checkAssert(file -> assertThat(file.toBuilder().build()).isEqualTo(file));
  }

  @Test
  void test_caseFiles_planInForceIsLatestRecordedByThen() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.caseFiles())
        .checkAssert(
            file -> {
              for (LocalDate date : probes(file)) {
                Optional<LocalDate> latest =
                    file.plans().stream()
                        .map(PermanencePlan::recordedOn)
                        .filter(d -> !d.isAfter(date))
                        .max(LocalDate::compareTo);
                assertThat(file.findPlanInForceOn(date).map(PermanencePlan::recordedOn))
                    .isEqualTo(latest);
              }
            });
  }

  @Test
  void test_children_birthdayIsFirstDayOfAge() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.children(), integers().between(1, 25))
        .checkAssert(
            (Child child, Integer age) -> {
              LocalDate birthday = child.findBirthday(age).orElseThrow();
              assertThat(child.ageOn(birthday)).isEqualTo(age);
              assertThat(child.ageOn(birthday.minusDays(1))).isEqualTo(age - 1);
            });
  }

  @Test
  void test_dates_collectionYearContainsDateAndParsesBack() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.dates())
        .checkAssert(
            date -> {
              CollectionYear year = CollectionYear.containing(date);
              assertThat(year.contains(date)).isTrue();
              assertThat(CollectionYear.parse(year.toString())).isEqualTo(year);
            });
  }

  @Test
  void test_legalStatusPeriods_builderRoundTrip() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.legalStatusPeriods())
        .checkAssert(
            period -> {
              LegalStatusPeriod copy =
                  LegalStatusPeriod.builder()
                      .code(period.code())
                      .start(period.start())
                      .end(period.end())
                      .build();
              assertThat(copy).isEqualTo(period).hasSameHashCodeAs(period);
              assertThat(period.contains(period.start())).isEqualTo(!period.isEmpty());
            });
  }

  @Test
  void test_placements_containsOnlyWithinSpan() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.placements(), Generators.dates())
        .checkAssert(
            (placement, date) ->
                assertThat(placement.contains(date))
                    .isEqualTo(
                        !date.isBefore(placement.start())
                            && placement.end().map(date::isBefore).orElse(true)));
  }
}
