package io.permanence.testkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyntheticCohortTest {

  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final AuthorityId BCP = AuthorityId.of("bcp");
  private static final int SIZE = 4000;

  private static final List<CaseFile> COHORT =
      SyntheticCohort.of(BCP, WED_2026_04_01, 42).list(SIZE);

  private static double share(long count) {
    return (double) count / SIZE;
  }

  @Test
  void test_list_sameSeed_sameCohort() {
    assertThat(SyntheticCohort.of(BCP, WED_2026_04_01, 42).list(SIZE)).isEqualTo(COHORT);
    assertThat(SyntheticCohort.of(BCP, WED_2026_04_01, 42).stream(100).toList())
        .isEqualTo(COHORT.subList(0, 100));
  }

  @Test
  void test_list_otherSeed_otherCohort() {
    assertThat(SyntheticCohort.of(BCP, WED_2026_04_01, 43).list(100))
        .isNotEqualTo(COHORT.subList(0, 100));
  }

  @Test
  void test_caseFile_randomAccess_sameAsInTheList() {
    assertThat(SyntheticCohort.of(BCP, WED_2026_04_01, 42).caseFile(1234))
        .isEqualTo(COHORT.get(1234));
  }

  @Test
  void test_list_idsUniqueAndOfTheAuthority() {
    assertThat(COHORT).extracting(CaseFile::childId).doesNotHaveDuplicates();
    assertThat(COHORT).allMatch(file -> file.authority().equals(BCP));
    assertThat(COHORT.get(0).childId().id()).isEqualTo("bcp-0000001");
  }

  @Test
  void test_list_agesFromUnbornTo17() {
    assertThat(COHORT)
        .allMatch(
            file -> file.child().findAgeOn(WED_2026_04_01).map(age -> age <= 17).orElse(true));
    long unborn = COHORT.stream().filter(f -> f.child().isUnbornOn(WED_2026_04_01)).count();
    long babies =
        COHORT.stream()
            .filter(f -> f.child().findAgeOn(WED_2026_04_01).equals(Optional.of(0)))
            .count();
    long teenagers =
        COHORT.stream()
            .filter(f -> f.child().findAgeOn(WED_2026_04_01).map(a -> a >= 16).orElse(false))
            .count();
    assertThat(unborn).isPositive();
    assertThat(share(babies)).isBetween(0.02, 0.10);
    assertThat(share(teenagers)).isBetween(0.15, 0.35);
  }

  @Test
  void test_list_legalStatusesInPlausibleProportions() {
    Map<LegalStatusCode, Long> counts = new EnumMap<>(LegalStatusCode.class);
    for (CaseFile file : COHORT) {
      file.findLegalStatusOn(WED_2026_04_01)
          .map(LegalStatusPeriod::code)
          .ifPresent(code -> counts.merge(code, 1L, Long::sum));
    }
    assertThat(share(counts.get(LegalStatusCode.C2))).isBetween(0.50, 0.70);
    assertThat(share(counts.get(LegalStatusCode.C1))).isBetween(0.08, 0.25);
    assertThat(share(counts.get(LegalStatusCode.V2))).isBetween(0.10, 0.25);
    assertThat(share(counts.get(LegalStatusCode.E1))).isBetween(0.02, 0.10);
    assertThat(share(counts.get(LegalStatusCode.J1))).isBetween(0.005, 0.05);
    long notLookedAfter = COHORT.stream().filter(f -> !f.isLookedAfterOn(WED_2026_04_01)).count();
    assertThat(share(notLookedAfter)).isBetween(0.02, 0.07);
  }

  @Test
  void test_list_placementsFosteringMajority_andEveryKind() {
    long fostering = countPlacements(code -> code.isFostering());
    assertThat(share(fostering)).isBetween(0.5, 0.8);
    assertThat(countPlacements(code -> code.isKinship())).isPositive();
    assertThat(countPlacements(code -> code.isResidential())).isPositive();
    assertThat(countPlacements(code -> code.isPlacedWithParents())).isPositive();
    assertThat(countPlacements(code -> code.isAdoptive())).isPositive();
    assertThat(countPlacements(code -> code.isSemiIndependent())).isPositive();
  }

  private static long countPlacements(
      java.util.function.Predicate<io.permanence.core.reference.PlacementCode> test) {
    return COHORT.stream()
        .filter(f -> f.findPlacementOn(WED_2026_04_01).map(p -> test.test(p.code())).orElse(false))
        .count();
  }

  @Test
  void test_list_proceedingsPloPlansReviewsSiblingsAndPanelHistory() {
    assertThat(COHORT.stream().filter(f -> f.findCareProceedingsOn(WED_2026_04_01).isPresent()))
        .isNotEmpty();
    assertThat(COHORT.stream().filter(f -> f.findPreProceedingsOn(WED_2026_04_01).isPresent()))
        .isNotEmpty();
    assertThat(COHORT.stream().filter(f -> !f.careProceedings().isEmpty()).count())
        .isGreaterThan(SIZE / 2);
    assertThat(share(COHORT.stream().filter(f -> !f.plans().isEmpty()).count())).isGreaterThan(0.6);
    assertThat(share(COHORT.stream().filter(f -> f.child().siblingGroup().isPresent()).count()))
        .isBetween(0.25, 0.6);
    assertThat(COHORT.stream().filter(f -> !f.actions().isEmpty())).isNotEmpty();
    assertThat(COHORT.stream().filter(f -> !f.decisions().isEmpty())).isNotEmpty();
    assertThat(COHORT.stream().filter(f -> !f.documents().isEmpty())).isNotEmpty();
    assertThat(COHORT.stream().filter(f -> !f.overdueActionsOn(WED_2026_04_01).isEmpty()))
        .isNotEmpty();
    assertThat(COHORT)
        .flatExtracting(CaseFile::panelAppearances)
        .extracting(PanelAppearance::panel)
        .containsOnly(PanelId.of("bcp-panel"));
  }

  @Test
  void test_list_reviewsAboutEverySixMonths_withinCare() {
    // Looked after for 2 to 2.5 years: first review, second 3 months later, then every ~6 months.
    List<CaseFile> twoYearsInCare =
        COHORT.stream()
            .filter(
                f ->
                    f.findBecameLookedAfterOn(WED_2026_04_01)
                        .map(
                            start ->
                                start.isBefore(WED_2026_04_01.minusYears(2))
                                    && start.isAfter(WED_2026_04_01.minusMonths(30)))
                        .orElse(false))
            .toList();
    assertThat(twoYearsInCare).isNotEmpty();
    assertThat(twoYearsInCare).allMatch(f -> f.reviews().size() >= 4 && f.reviews().size() <= 7);
    // The engine finds no review outside a period of care in the whole cohort.
    assertThat(
            Evaluator.of(SampleAuthority.create())
                .drift(
                    SyntheticCohort.of(SampleAuthority.ID, WED_2026_04_01, 42).list(1000),
                    WED_2026_04_01)
                .findings())
        .isEmpty();
  }

  @Test
  void test_withPanels_historyAtTheGivenPanels() {
    List<PanelId> panels = List.of(PanelId.of("p-one"), PanelId.of("p-two"));
    List<CaseFile> files = SyntheticCohort.of(BCP, WED_2026_04_01, 42).withPanels(panels).list(500);

    assertThat(files)
        .flatExtracting(CaseFile::panelAppearances)
        .extracting(PanelAppearance::panel)
        .containsOnly(panels.toArray(PanelId[]::new));
  }

  @Test
  void test_withPanelRecords_afterEachAppearance_restOfTheFileUnchanged() {
    DocumentType note = DocumentType.of("actions-note", "Panel actions note");
    List<CaseFile> without = SyntheticCohort.of(BCP, WED_2026_04_01, 42).list(500);
    List<CaseFile> with =
        SyntheticCohort.of(BCP, WED_2026_04_01, 42).withPanelRecords(List.of(note)).list(500);

    assertThat(without).flatExtracting(f -> f.documentsOfType(note)).isEmpty();
    int heard = 0;
    int recorded = 0;
    for (int i = 0; i < with.size(); i++) {
      CaseFile file = with.get(i);
      assertThat(file.decisions()).isEqualTo(without.get(i).decisions());
      assertThat(file.actions()).isEqualTo(without.get(i).actions());
      for (PanelAppearance appearance : file.panelAppearances()) {
        heard++;
        LocalDate meeting = appearance.meetingOn();
        if (file.documentsOfType(note).stream()
            .anyMatch(
                d ->
                    !d.dateOnFile().isBefore(meeting)
                        && !d.dateOnFile().isAfter(meeting.plusDays(3)))) {
          recorded++;
        }
      }
      assertThat(file.documentsOfType(note))
          .allSatisfy(d -> assertThat(d.dateOnFile()).isBeforeOrEqualTo(WED_2026_04_01));
    }
    assertThat(heard).isPositive();
    assertThat((double) recorded / heard).isBetween(0.8, 0.97);
  }

  @Test
  void test_list_openActions_mostlyRecent() {
    List<PanelAction> open =
        SyntheticCohort.of(BCP, WED_2026_04_01, 42).list(2000).stream()
            .flatMap(file -> file.openActions().stream())
            .toList();

    assertThat(open).isNotEmpty();
    long old = open.stream().filter(a -> a.dueOn().isBefore(WED_2026_04_01.minusYears(1))).count();
    assertThat((double) old / open.size()).isLessThan(0.5);
  }

  @Test
  void test_list_negativeSize_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticCohort.of(BCP, WED_2026_04_01, 1).list(-1))
        .withMessageContaining("-1");
  }
}
