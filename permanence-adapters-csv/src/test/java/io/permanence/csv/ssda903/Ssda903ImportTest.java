package io.permanence.csv.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.HealthIndicator;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.reference.CategoryOfNeedCode;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.PreviousPermanenceCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import io.permanence.core.reference.ReviewParticipationCode;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.RejectedRow;
import io.permanence.csv.read.RejectsReport;
import io.permanence.testkit.SampleData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Ssda903ImportTest {

  private static final AuthorityId BCP = AuthorityId.of("bcp");
  private static final Ssda903Import LENIENT = Ssda903Import.of(BCP, ImportMode.LENIENT);
  private static final Ssda903Import STRICT = Ssda903Import.of(BCP, ImportMode.STRICT);

  private static final LocalDate MON_2016_02_15 = LocalDate.of(2016, 2, 15);
  private static final LocalDate MON_2017_08_14 = LocalDate.of(2017, 8, 14);
  private static final LocalDate SAT_2018_03_31 = LocalDate.of(2018, 3, 31);
  private static final LocalDate MON_2024_04_01 = LocalDate.of(2024, 4, 1);
  private static final LocalDate MON_2024_06_03 = LocalDate.of(2024, 6, 3);
  private static final LocalDate MON_2024_09_02 = LocalDate.of(2024, 9, 2);
  private static final LocalDate MON_2024_12_02 = LocalDate.of(2024, 12, 2);
  private static final LocalDate MON_2025_01_06 = LocalDate.of(2025, 1, 6);

  private static final String EPISODES_HEADER =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

  // ---- the SSDA903 sample

  private static ImportResult<CaseFile> sample(Ssda903Import importer, Path dir) {
    SampleData.copySsda903To(dir);
    return importer.read(Ssda903Files.fromDirectory(dir));
  }

  @Test
  void test_read_sampleImportsWithExactCountsPerFile(@TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);

    assertThat(result.fileCounts())
        .containsExactly(
            FileCounts.of("header.csv", 2244, 431),
            FileCounts.of("episodes.csv", 3895, 1155),
            FileCounts.of("reviews.csv", 10808, 1774),
            FileCounts.of("uasc.csv", 111, 21),
            FileCounts.of("oc2.csv", 2244, 431),
            FileCounts.of("oc3.csv", 33, 20),
            FileCounts.of("ad1.csv", 0, 29),
            FileCounts.of("placed_for_adoption.csv", 0, 29),
            FileCounts.of("previous_permanence.csv", 2244, 431),
            FileCounts.of("missing.csv", 34, 9),
            FileCounts.of("sw_episodes.csv", 0, 1),
            FileCounts.of("DoLo.csv", 0, 1));
    assertThat(result.values()).hasSize(2244);
    assertThat(result.errors()).hasSize(4338);
    assertThat(result.warnings()).hasSize(3991);
    assertThat(result.rejectedRows()).hasSize(4332);
    long rejectedRows = result.fileCounts().stream().mapToLong(FileCounts::rowsRejected).sum();
    assertThat(result.rejectedRows()).hasSize((int) rejectedRows);
  }

  @Test
  void test_read_sampleCollectionYearIsInferredAndStated(@TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);

    assertThat(result.collectionYear()).contains(CollectionYear.of(2018));
    assertThat(result.collectionYearBasis())
        .contains("inferred from the latest DECOM, 2018-03-31 (episodes.csv line 647)");
    assertThat(result.toString()).contains("collectionYear=2017-18");
  }

  static Stream<Arguments> deliberateFaults() {
    return Stream.of(
        Arguments.of(
            "placed_for_adoption.csv:2: column REASON_PLACED_CEASED: 'XXX' is not a"
                + " REASON_PLACED_CEASED code (valid codes: RD1, RD2, RD3, RD4)"),
        Arguments.of(
            "sw_episodes.csv:2: column SW_REASON: 'SWLAZY' is not a SW_REASON code (valid codes:"
                + " MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED,"
                + " OTHERS)"),
        Arguments.of(
            "oc3.csv:2: column ACCOM: '01' is not an ACCOM code (see the DfE list of 33 codes)"),
        Arguments.of(
            "header.csv:1273: warning: column MOTHER: '1.0' is not a MOTHER value (valid codes: 0,"
                + " 1); kept nowhere, so the row is imported"),
        Arguments.of(
            "DoLo.csv:2: column CHILD: 'CHILD10' has no row in header.csv (which gives the date of"
                + " birth), so the row cannot be imported"),
        Arguments.of(
            "episodes.csv:47: column REC: 'E4B' says the episode ceased, but DEC (the day it"
                + " ceased) is blank"),
        Arguments.of(
            "placed_for_adoption_errors.csv:1: warning: is not the name of an SSDA903 table file"
                + " (for example header.csv, episodes.csv, placed_for_adoption.csv); not read"));
  }

  @ParameterizedTest
  @MethodSource("deliberateFaults")
  void test_read_sampleDeliberateFaultsAreReportedWithTheirLine(
      String expected, @TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);

    assertThat(result.findings().stream().map(ImportFinding::toString)).contains(expected);
  }

  @Test
  void test_read_sampleEveryReasonPlacedCeasedXxxIsReported(@TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);

    List<ImportFinding> xxx =
        result.errors().stream()
            .filter(f -> f.column().equals(java.util.Optional.of("REASON_PLACED_CEASED")))
            .collect(Collectors.toList());
    assertThat(xxx).hasSize(29).allSatisfy(f -> assertThat(f.value()).contains("XXX"));
    assertThat(xxx.stream().map(ImportFinding::lineNumber))
        .containsExactlyElementsOf(
            Stream.iterate(2L, n -> n + 1).limit(29).collect(Collectors.toList()));
  }

  @Test
  void test_read_sampleChildIsAssembledFromEveryTable(@TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);

    CaseFile child =
        result.values().stream()
            .filter(c -> c.childId().equals(ChildId.of("566910")))
            .findFirst()
            .orElseThrow();
    assertThat(child.authority()).isEqualTo(BCP);
    assertThat(child.child()).isEqualTo(Child.of(ChildId.of("566910"), LocalDate.of(2008, 3, 27)));
    assertThat(child.periodsOfCare())
        .containsExactly(
            PeriodOfCare.builder()
                .start(MON_2016_02_15)
                .categoryOfNeed(CategoryOfNeedCode.N3)
                .build());
    assertThat(child.legalStatusPeriods())
        .containsExactly(LegalStatusPeriod.of(LegalStatusCode.C2, MON_2016_02_15));
    assertThat(child.placements())
        .containsExactly(
            Placement.builder()
                .code(PlacementCode.T2)
                .provider(PlacementProviderCode.PR0)
                .start(MON_2016_02_15)
                .end(MON_2017_08_14)
                .reasonForChange(ReasonPlaceChangeCode.CLOSE)
                .build(),
            Placement.builder()
                .code(PlacementCode.A3)
                .provider(PlacementProviderCode.PR3)
                .start(MON_2017_08_14)
                .build());
    assertThat(child.reviews())
        .containsExactly(
            LookedAfterReview.of(LocalDate.of(2017, 8, 30), ReviewParticipationCode.PN6),
            LookedAfterReview.of(LocalDate.of(2018, 7, 29), ReviewParticipationCode.PN6),
            LookedAfterReview.of(LocalDate.of(2018, 10, 8), ReviewParticipationCode.PN4));
    assertThat(child.previousPermanence())
        .contains(PreviousPermanence.of(PreviousPermanenceCode.Z1));
    assertThat(child.adoptionMilestones())
        .contains(AdoptionMilestones.builder().placedOn(MON_2017_08_14).build());
    assertThat(child.healthOutcomes())
        .containsExactly(
            HealthOutcomes.builder()
                .year(CollectionYear.of(2018))
                .sdqScore(39)
                .putIndicator(HealthIndicator.CONVICTED, true)
                .putIndicator(HealthIndicator.HEALTH_CHECK, false)
                .putIndicator(HealthIndicator.IMMUNISATIONS, false)
                .putIndicator(HealthIndicator.TEETH_CHECK, false)
                .putIndicator(HealthIndicator.HEALTH_ASSESSMENT, false)
                .putIndicator(HealthIndicator.SUBSTANCE_MISUSE, true)
                .putIndicator(HealthIndicator.INTERVENTION_RECEIVED, false)
                .putIndicator(HealthIndicator.INTERVENTION_OFFERED, false)
                .build());
  }

  @Test
  void test_read_sampleStrictImportsNothingButReportsEverything(@TempDir Path dir) {
    ImportResult<CaseFile> lenient = sample(LENIENT, dir);
    ImportResult<CaseFile> strict = STRICT.read(Ssda903Files.fromDirectory(dir));

    assertThat(strict.values()).isEmpty();
    assertThat(strict.findings()).isEqualTo(lenient.findings());
    assertThat(strict.fileCounts())
        .allSatisfy(c -> assertThat(c.rowsImported()).isZero())
        .extracting(FileCounts::rowsRead)
        .containsExactlyElementsOf(
            lenient.fileCounts().stream().map(FileCounts::rowsRead).collect(Collectors.toList()));
  }

  @Test
  void test_read_sampleRejectsReportHasEveryRejectedRowWithItsCells(@TempDir Path dir) {
    ImportResult<CaseFile> result = sample(LENIENT, dir);
    String report = RejectsReport.toCsv(result);

    Set<String> places = new HashSet<>();
    for (RejectedRow row : result.rejectedRows()) {
      assertThat(row.cells()).isNotEmpty();
      places.add(row.fileName() + ":" + row.lineNumber());
    }
    Set<String> errorPlaces =
        result.errors().stream()
            .filter(f -> f.lineNumber() > 1)
            .map(f -> f.fileName() + ":" + f.lineNumber())
            .collect(Collectors.toSet());
    assertThat(errorPlaces).containsExactlyInAnyOrderElementsOf(places);
    assertThat(report).contains("rejected with child 988635");
    assertThat(report.lines().count()).isEqualTo(1 + result.findings().size());
  }

  // ---- small returns

  private static Ssda903Files files(Map<Ssda903Table, String> contents) {
    Ssda903Files.Builder files = Ssda903Files.builder();
    contents.forEach(
        (table, text) ->
            files.add(
                table,
                table.schema().name() + ".csv",
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    return files.build();
  }

  private static final String HEADER =
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/06/2015,WBRI,,,\n";

  private static final String EPISODES =
      EPISODES_HEADER
          + "C1,01/04/2024,S,V2,N1,U6,PR1,03/06/2024,X1,,,,\n"
          + "C1,03/06/2024,L,C1,N1,U6,PR1,02/09/2024,X1,,,,\n"
          + "C1,02/09/2024,P,C1,N1,U4,PR4,02/12/2024,E4A,CARPL,,,\n"
          + "C1,06/01/2025,S,C2,N2,K2,PR4,,,,,,\n";

  @Test
  void test_read_episodesBecomePeriodsLegalStatusesAndPlacements() {
    ImportResult<CaseFile> result =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.EPISODES, EPISODES)));

    assertThat(result.findings()).isEmpty();
    CaseFile caseFile = result.values().get(0);
    assertThat(caseFile.periodsOfCare())
        .containsExactly(
            PeriodOfCare.builder()
                .start(MON_2024_04_01)
                .end(MON_2024_12_02)
                .reasonCeased(ReasonEpisodeCeasedCode.E4A)
                .categoryOfNeed(CategoryOfNeedCode.N1)
                .build(),
            PeriodOfCare.builder()
                .start(MON_2025_01_06)
                .categoryOfNeed(CategoryOfNeedCode.N2)
                .build());
    assertThat(caseFile.legalStatusPeriods())
        .containsExactly(
            LegalStatusPeriod.of(LegalStatusCode.V2, MON_2024_04_01, MON_2024_06_03),
            LegalStatusPeriod.of(LegalStatusCode.C1, MON_2024_06_03, MON_2024_12_02),
            LegalStatusPeriod.of(LegalStatusCode.C2, MON_2025_01_06));
    assertThat(caseFile.placements())
        .containsExactly(
            Placement.builder()
                .code(PlacementCode.U6)
                .provider(PlacementProviderCode.PR1)
                .start(MON_2024_04_01)
                .end(MON_2024_09_02)
                .build(),
            Placement.builder()
                .code(PlacementCode.U4)
                .provider(PlacementProviderCode.PR4)
                .start(MON_2024_09_02)
                .end(MON_2024_12_02)
                .reasonForChange(ReasonPlaceChangeCode.CARPL)
                .build(),
            Placement.builder()
                .code(PlacementCode.K2)
                .provider(PlacementProviderCode.PR4)
                .start(MON_2025_01_06)
                .build());
    assertThat(result.collectionYear()).contains(CollectionYear.of(2025));
  }

  @Test
  void test_read_headerCaseAndOrderDoNotMatter() {
    String shuffled =
        "urn,Rec,dec,CHILD,decom,rne,ls,cin,place,place_provider,reason_place_change,pl_post,home_post\n"
            + ",X1,03/06/2024,C1,01/04/2024,S,V2,N1,U6,PR1,,,\n"
            + ",X1,02/09/2024,C1,03/06/2024,L,C1,N1,U6,PR1,,,\n"
            + ",E4A,02/12/2024,C1,02/09/2024,P,C1,N1,U4,PR4,CARPL,,\n"
            + ",,,C1,06/01/2025,S,C2,N2,K2,PR4,,,\n";
    String header = "dob,child\n2015-06-01,C1\n";

    ImportResult<CaseFile> canonical =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.EPISODES, EPISODES)));
    ImportResult<CaseFile> reordered =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, header, Ssda903Table.EPISODES, shuffled)));

    assertThat(reordered.findings()).isEmpty();
    assertThat(reordered.values()).isEqualTo(canonical.values());
  }

  @Test
  void test_read_codeNotValidInTheGivenYearRejectsTheChild() {
    String episodes = EPISODES_HEADER + "C1,01/04/2024,S,V2,N1,H5,PR1,,,,,,\n";
    Map<Ssda903Table, String> tables =
        Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.EPISODES, episodes);

    ImportResult<CaseFile> in2025 =
        LENIENT.withCollectionYear(CollectionYear.of(2025)).read(files(tables));
    ImportResult<CaseFile> in2026 =
        LENIENT.withCollectionYear(CollectionYear.of(2026)).read(files(tables));

    assertThat(in2025.values()).hasSize(1);
    assertThat(in2025.collectionYearBasis()).contains("given by the caller");
    assertThat(in2026.values()).isEmpty();
    assertThat(in2026.errors().stream().map(ImportFinding::toString))
        .containsExactly(
            "episodes.csv:2: column PLACE: 'H5' is not valid in collection year 2025-26 (the code"
                + " is valid until 2024-25)",
            "header.csv:2: rejected with child C1, whose record has an error at episodes.csv:2");
    assertThat(in2026.fileCounts())
        .containsExactly(FileCounts.of("header.csv", 0, 1), FileCounts.of("episodes.csv", 0, 1));
  }

  @Test
  void test_read_overlappingEpisodesRejectTheChildAtTheirLines() {
    String episodes =
        EPISODES_HEADER
            + "C1,01/04/2024,S,V2,N1,U6,PR1,02/09/2024,X1,,,,\n"
            + "C1,03/06/2024,L,C1,N1,U6,PR1,,,,,,\n";
    String header = HEADER + "C2,M,01/06/2016,WBRI,,,\n";
    String reviews =
        "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,01/06/2015,01/05/2024,PN1\nC2,01/06/2016,01/05/2024,PN1\n";

    ImportResult<CaseFile> result =
        LENIENT.read(
            files(
                Map.of(
                    Ssda903Table.HEADER, header,
                    Ssda903Table.EPISODES, episodes,
                    Ssda903Table.REVIEWS, reviews)));

    assertThat(result.values()).extracting(CaseFile::childId).containsExactly(ChildId.of("C2"));
    assertThat(result.errors().stream().map(ImportFinding::toString))
        .containsExactlyInAnyOrder(
            "episodes.csv:2: column DEC: '2024-09-02' is after the next episode begins (line 3):"
                + " episodes must not overlap",
            "episodes.csv:3: column DECOM: '2024-06-03' is before the episode on line 2 ceased:"
                + " episodes must not overlap",
            "header.csv:2: rejected with child C1, whose record has an error at episodes.csv:2",
            "reviews.csv:2: rejected with child C1, whose record has an error at episodes.csv:2");
    assertThat(result.fileCounts())
        .containsExactly(
            FileCounts.of("header.csv", 1, 1),
            FileCounts.of("episodes.csv", 0, 2),
            FileCounts.of("reviews.csv", 1, 1));
    assertThat(result.rejectedRows())
        .extracting(RejectedRow::fileName, RejectedRow::lineNumber)
        .hasSize(4);
  }

  @Test
  void test_read_recordBeforeBirthRejectsTheChild() {
    String reviews = "CHILD,REVIEW,REVIEW_CODE\nC1,01/05/2014,PN0\n";

    ImportResult<CaseFile> result =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.REVIEWS, reviews)));

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().get(0))
        .hasToString(
            "reviews.csv:2: column REVIEW: '2014-05-01' is before the child's date of birth"
                + " (header.csv line 2)");
  }

  @Test
  void test_read_rejectedRowRejectsItsChildAsAWhole() {
    String reviews = "CHILD,REVIEW,REVIEW_CODE\nC1,01/05/2024,PN1\nC1,31/02/2024,PN1\n";

    ImportResult<CaseFile> result =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.REVIEWS, reviews)));

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().stream().map(ImportFinding::toString))
        .containsExactly(
            "reviews.csv:3: column REVIEW: '31/02/2024' is not a valid date (expected dd/mm/yyyy"
                + " or yyyy-mm-dd)",
            "header.csv:2: rejected with child C1, whose record has an error at reviews.csv:3",
            "reviews.csv:2: rejected with child C1, whose record has an error at reviews.csv:3");
    assertThat(result.fileCounts())
        .containsExactly(FileCounts.of("header.csv", 0, 1), FileCounts.of("reviews.csv", 0, 2));
  }

  @Test
  void test_read_withoutHeaderNoChildIsImported() {
    ImportResult<CaseFile> result = LENIENT.read(files(Map.of(Ssda903Table.EPISODES, EPISODES)));

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().get(0).toString()).startsWith("header.csv:1: is missing");
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 0, 4));
  }

  @Test
  void test_read_collectionYearFromReviewsWhenThereAreNoEpisodes() {
    String reviews = "CHILD,REVIEW,REVIEW_CODE\nC1,31/03/2018,PN1\n";

    ImportResult<CaseFile> result =
        LENIENT.read(files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.REVIEWS, reviews)));

    assertThat(result.collectionYear()).contains(CollectionYear.containing(SAT_2018_03_31));
    assertThat(result.collectionYearBasis().orElseThrow())
        .isEqualTo(
            "inferred from the latest REVIEW, 2018-03-31 (reviews.csv line 2), as there are no"
                + " episodes");
  }

  @Test
  void test_stream_strictHandsOutNothingWhenThereIsAnError() {
    String header = HEADER + "C2,M,99/99/2016,WBRI,,,\n";
    List<CaseFile> lenientOut = new ArrayList<>();
    List<CaseFile> strictOut = new ArrayList<>();

    ImportResult<CaseFile> lenient =
        LENIENT.stream(files(Map.of(Ssda903Table.HEADER, header)), lenientOut::add);
    ImportResult<CaseFile> strict =
        STRICT.stream(files(Map.of(Ssda903Table.HEADER, header)), strictOut::add);

    assertThat(lenientOut).extracting(CaseFile::childId).containsExactly(ChildId.of("C1"));
    assertThat(lenient.values()).isEmpty();
    assertThat(strictOut).isEmpty();
    assertThat(strict.fileCounts()).containsExactly(FileCounts.of("header.csv", 0, 2));
  }

  @Test
  void test_stream_strictHandsOutEveryCaseFileWhenThereIsNoError() {
    List<CaseFile> out = new ArrayList<>();

    ImportResult<CaseFile> result =
        STRICT.stream(
            files(Map.of(Ssda903Table.HEADER, HEADER, Ssda903Table.EPISODES, EPISODES)), out::add);

    assertThat(out).hasSize(1);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.fileCounts())
        .containsExactly(FileCounts.of("header.csv", 1, 0), FileCounts.of("episodes.csv", 4, 0));
  }
}
