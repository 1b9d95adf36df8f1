package io.permanence.csv.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.testkit.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileExporterTest {

  private static final LocalDate MON_2024_04_01 = LocalDate.of(2024, 4, 1);
  private static final LocalDate MON_2024_06_03 = LocalDate.of(2024, 6, 3);
  private static final LocalDate TUE_2024_07_02 = LocalDate.of(2024, 7, 2);
  private static final LocalDate MON_2024_09_02 = LocalDate.of(2024, 9, 2);
  private static final LocalDate FRI_2025_01_31 = LocalDate.of(2025, 1, 31);

  /** The example of the module README. */
  static CaseFile example() {
    return Scenario.child("C1")
        .bornOn(LocalDate.of(2015, 6, 1))
        .inAuthority("bcp")
        .lookedAfterFrom(MON_2024_04_01, LegalStatusCode.V2, PlacementCode.U6)
        .legalStatusChange(MON_2024_09_02, LegalStatusCode.C1)
        .plan(MON_2024_06_03, PermanenceOption.REUNIFICATION, PermanenceOption.ADOPTION)
        .careProceedingsDecided(MON_2024_06_03, DecisionForum.LEGAL_PLANNING_MEETING)
        .careProceedingsIssued(MON_2024_09_02)
        .courtOrder(CourtOrderType.INTERIM_CARE, MON_2024_09_02)
        .flag(
            CaseFlag.builder()
                .type(CaseFlagType.FLAGGED_FOR_SCRUTINY)
                .start(TUE_2024_07_02)
                .raisedBy(Role.PERMANENCE_ASSURANCE_LEAD)
                .note("=check the s20 agreement")
                .build())
        .appearedAt("bcp-permanence", TUE_2024_07_02, "Children in care, 3 to 6 months")
        .document(DocumentType.CARE_PLAN, TUE_2024_07_02)
        .ceasedToBeLookedAfter(FRI_2025_01_31, ReasonEpisodeCeasedCode.E4A)
        .build();
  }

  private static String read(Path dir, CaseFileTable table) throws Exception {
    return Files.readString(dir.resolve(table.fileName()), StandardCharsets.UTF_8);
  }

  @Test
  void test_write_everyTableWithItsHeaderEvenWhenEmpty(@TempDir Path dir) throws Exception {
    long written = CaseFileExporter.write(List.of(example()), dir);

    assertThat(written).isEqualTo(1);
    for (CaseFileTable table : CaseFileTable.values()) {
      assertThat(read(dir, table)).startsWith(String.join(",", table.columns()) + "\r\n");
    }
    assertThat(read(dir, CaseFileTable.MISSING_EPISODES))
        .isEqualTo(String.join(",", CaseFileTable.MISSING_EPISODES.columns()) + "\r\n");
  }

  @Test
  void test_write_theReadmeExample(@TempDir Path dir) throws Exception {
    CaseFileExporter.write(List.of(example()), dir);

    Map<CaseFileTable, String> expected =
        Map.of(
            CaseFileTable.CHILDREN,
            "C1,bcp,2015-06-01,,0,,,0,10\r\n",
            CaseFileTable.PERIODS_OF_CARE,
            "C1,2024-04-01,2025-01-31,E4A,\r\n",
            CaseFileTable.LEGAL_STATUSES,
            "C1,V2,2024-04-01,2024-09-02\r\nC1,C1,2024-09-02,2025-01-31\r\n",
            CaseFileTable.PLANS,
            "C1,REUNIFICATION,ADOPTION,2024-06-03,\r\n",
            CaseFileTable.CARE_PROCEEDINGS,
            "C1,2024-06-03,LEGAL_PLANNING_MEETING,2024-09-02,,,,,,,,\r\n",
            CaseFileTable.COURT_ORDERS,
            "C1,INTERIM_CARE,2024-09-02,,\r\n",
            CaseFileTable.CASE_FLAGS,
            "C1,FLAGGED_FOR_SCRUTINY,2024-07-02,,permanence-assurance-lead,"
                + "Permanence Assurance Lead,'=check the s20 agreement'\r\n",
            CaseFileTable.PANEL_APPEARANCES,
            "C1,bcp-permanence,2024-07-02,\"Children in care, 3 to 6 months\",\r\n",
            CaseFileTable.DOCUMENTS,
            "C1,care-plan,Care plan,2024-07-02\r\n");
    for (Map.Entry<CaseFileTable, String> file : expected.entrySet()) {
      String text = read(dir, file.getKey());
      assertThat(text.substring(text.indexOf("\r\n") + 2))
          .as(file.getKey().fileName())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void test_write_recordCountIsTheRowsOfTheChildInTheOtherFiles(@TempDir Path dir)
      throws Exception {
    CaseFileExporter.write(List.of(example()), dir);

    long rows =
        Arrays.stream(CaseFileTable.values())
            .filter(t -> t != CaseFileTable.CHILDREN)
            .mapToLong(
                t -> {
                  try {
                    return read(dir, t).lines().count() - 1;
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                })
            .sum();
    assertThat(read(dir, CaseFileTable.CHILDREN)).endsWith("," + rows + "\r\n");
  }

  @Test
  void test_write_noCellStartsLikeAFormula(@TempDir Path dir) throws Exception {
    CaseFileExporter.write(List.of(example()), dir);

    for (CaseFileTable table : CaseFileTable.values()) {
      for (String line : read(dir, table).split("\r\n")) {
        for (String cell : line.split(",", -1)) {
          assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
      }
    }
  }
}
