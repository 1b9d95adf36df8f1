package io.permanence.csv.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.PlacementCode;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.RejectedRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class CaseFileImporterTest {

  private static final CaseFileImporter LENIENT = CaseFileImporter.of(ImportMode.LENIENT);
  private static final CaseFileImporter STRICT = CaseFileImporter.of(ImportMode.STRICT);

  private static final LocalDate MON_2024_04_01 = LocalDate.of(2024, 4, 1);
  private static final LocalDate MON_2024_06_03 = LocalDate.of(2024, 6, 3);
  private static final LocalDate TUE_2024_07_02 = LocalDate.of(2024, 7, 2);
  private static final LocalDate MON_2024_09_02 = LocalDate.of(2024, 9, 2);

  /** The case files written as a set of files, in memory. */
  static Map<CaseFileTable, byte[]> export(List<CaseFile> caseFiles) {
    Map<CaseFileTable, ByteArrayOutputStream> outs = new EnumMap<>(CaseFileTable.class);
    CaseFileExporter.write(
        caseFiles,
        table -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          outs.put(table, out);
          return new OutputStreamWriter(out, StandardCharsets.UTF_8);
        });
    Map<CaseFileTable, byte[]> files = new EnumMap<>(CaseFileTable.class);
    outs.forEach((table, out) -> files.put(table, out.toByteArray()));
    return files;
  }

  static Map<CaseFileTable, Supplier<InputStream>> openers(Map<CaseFileTable, byte[]> files) {
    Map<CaseFileTable, Supplier<InputStream>> openers = new EnumMap<>(CaseFileTable.class);
    files.forEach((table, bytes) -> openers.put(table, () -> new ByteArrayInputStream(bytes)));
    return openers;
  }

  // ---- round trip

  @Test
  void test_read_roundTripOfGeneratedCaseFilesIsLossless() {
    qt().withExamples(300)
        .forAll(FullCaseFiles.caseFileLists())
        .checkAssert(
            caseFiles -> {
              ImportResult<CaseFile> result = STRICT.read(openers(export(caseFiles)), List.of());
              assertThat(result.findings()).isEmpty();
              assertThat(result.values()).isEqualTo(caseFiles);
            });
  }

  @Test
  void test_read_roundTripThroughADirectory(@TempDir Path dir) {
    qt().withExamples(20)
        .forAll(FullCaseFiles.caseFileLists())
        .checkAssert(
            caseFiles -> {
              CaseFileExporter.write(caseFiles, dir);

              ImportResult<CaseFile> result = LENIENT.read(dir);

              assertThat(result.findings()).isEmpty();
              assertThat(result.values()).isEqualTo(caseFiles);
              assertThat(result.fileCounts()).hasSize(CaseFileTable.values().length);
            });
  }

  // ---- fuzz

  /** One random change to one file of a set. */
  static final class Mutation {
    final int kind;
    final int where;
    final int file;

    Mutation(int kind, int where, int file) {
      this.kind = kind;
      this.where = where;
      this.file = file;
    }

    static final int KINDS = 10;

    byte[] apply(byte[] bytes) {
      int at = bytes.length == 0 ? 0 : Math.floorMod(where, bytes.length);
      String text = new String(bytes, StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case 0: // truncated
          out.write(bytes, 0, at);
          break;
        case 1: // a byte deleted
          out.write(bytes, 0, at);
          out.write(
              bytes, Math.min(at + 1, bytes.length), bytes.length - Math.min(at + 1, bytes.length));
          break;
        case 2: // garbage bytes
          out.write(bytes, 0, at);
          out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, 0, '"', (byte) 0xFF});
          out.write(bytes, at, bytes.length - at);
          break;
        case 3: // an unbalanced quote
          out.write(bytes, 0, at);
          out.write('"');
          out.write(bytes, at, bytes.length - at);
          break;
        case 4: // a 1 MB field
          out.write(bytes, 0, at);
          out.writeBytes("y".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII));
          out.write(bytes, at, bytes.length - at);
          break;
        case 5: // a bad date
          out.writeBytes(
              text.replaceFirst("\\d{4}-\\d\\d-\\d\\d", "2017-02-31")
                  .getBytes(StandardCharsets.UTF_8));
          break;
        case 6: // two header columns swapped
          {
            int lineEnd = text.indexOf("\r\n");
            String[] header = text.substring(0, lineEnd).split(",");
            if (header.length > 2) {
              int i = 1 + Math.floorMod(where, header.length - 2);
              String swap = header[i];
              header[i] = header[i + 1];
              header[i + 1] = swap;
            }
            out.writeBytes(
                (String.join(",", header) + text.substring(lineEnd))
                    .getBytes(StandardCharsets.UTF_8));
          }
          break;
        case 7: // a header column missing
          {
            int lineEnd = text.indexOf("\r\n");
            List<String> header = new ArrayList<>(List.of(text.substring(0, lineEnd).split(",")));
            header.remove(Math.floorMod(where, header.size()));
            out.writeBytes(
                (String.join(",", header) + text.substring(lineEnd))
                    .getBytes(StandardCharsets.UTF_8));
          }
          break;
        case 8: // an extra comma
          out.write(bytes, 0, at);
          out.write(',');
          out.write(bytes, at, bytes.length - at);
          break;
        default: // a line break inside a line
          out.write(bytes, 0, at);
          out.write('\n');
          out.write(bytes, at, bytes.length - at);
          break;
      }
      return out.toByteArray();
    }
  }

  private static Map<CaseFileTable, Long> kinds(CaseFile caseFile) {
    Map<CaseFileTable, Long> kinds = new EnumMap<>(CaseFileTable.class);
    for (CaseFileSections.Section<?> section : CaseFileSections.records()) {
      kinds.put(section.table, (long) section.values.apply(caseFile).size());
    }
    return kinds;
  }

  @Test
  void test_read_randomMutationsNeverYieldAPartialCaseFile() {
    Gen<Mutation> mutation =
        integers()
            .between(0, Mutation.KINDS - 1)
            .zip(
                integers().between(0, Integer.MAX_VALUE - 1),
                integers().between(0, CaseFileTable.values().length - 1),
                Mutation::new);
    qt().withExamples(200)
        .forAll(FullCaseFiles.caseFileLists(), lists().of(mutation).ofSizeBetween(1, 2))
        .checkAssert(
            (caseFiles, mutations) -> {
              Map<CaseFileTable, byte[]> files = export(caseFiles);
              for (Mutation m : mutations) {
                CaseFileTable table = CaseFileTable.values()[m.file];
                files.put(table, m.apply(files.get(table)));
              }
              Map<ChildId, CaseFile> originals = new HashMap<>();
              caseFiles.forEach(c -> originals.put(c.childId(), c));
              for (ImportMode mode : ImportMode.values()) {
                ImportResult<CaseFile> result =
                    CaseFileImporter.of(mode).read(openers(files), List.of());
                for (FileCounts counts : result.fileCounts()) {
                  assertThat(counts.rowsRead())
                      .isEqualTo(counts.rowsImported() + counts.rowsRejected());
                }
                java.util.Set<String> errorPlaces =
                    result.errors().stream()
                        .map(f -> f.fileName() + ":" + f.lineNumber())
                        .collect(Collectors.toSet());
                for (RejectedRow rejected : result.rejectedRows()) {
                  assertThat(errorPlaces)
                      .contains(rejected.fileName() + ":" + rejected.lineNumber());
                }
                for (CaseFile imported : result.values()) {
                  CaseFile original = originals.get(imported.childId());
                  assertThat(original).as("an imported child was exported").isNotNull();
                  assertThat(kinds(imported)).isEqualTo(kinds(original));
                }
                if (result.values().size() < caseFiles.size()) {
                  assertThat(result.errors()).isNotEmpty();
                }
                if (mode == ImportMode.STRICT && result.hasErrors()) {
                  assertThat(result.values()).isEmpty();
                }
              }
            });
  }

  // ---- rules

  private static final ChildId C1 = ChildId.of("C1");

  private static CaseFile withPlan() {
    return CaseFile.builder()
        .authority(AuthorityId.of("bcp"))
        .child(Child.of(C1, LocalDate.of(2015, 6, 1)))
        .addPlans(PermanencePlan.of(PermanenceOption.ADOPTION, MON_2024_06_03))
        .addPlacements(Placement.of(PlacementCode.U4, MON_2024_04_01))
        .build();
  }

  private static Map<CaseFileTable, byte[]> edit(
      Map<CaseFileTable, byte[]> files, CaseFileTable table, Function<String, String> change) {
    files.put(
        table,
        change
            .apply(new String(files.get(table), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  void test_read_mergesWithSsda903ByChildIdTheSetWinningKindByKind() {
    CaseFile ssda903 =
        CaseFile.builder()
            .authority(AuthorityId.of("barnet"))
            .child(Child.of(C1, LocalDate.of(2015, 6, 1)))
            .addPeriodsOfCare(PeriodOfCare.of(MON_2024_04_01))
            .addPlacements(Placement.of(PlacementCode.U6, MON_2024_04_01))
            .addReviews(LookedAfterReview.of(TUE_2024_07_02))
            .build();
    CaseFile other =
        CaseFile.builder()
            .authority(AuthorityId.of("barnet"))
            .child(Child.of(ChildId.of("C9"), LocalDate.of(2016, 1, 1)))
            .build();

    ImportResult<CaseFile> result =
        LENIENT.read(openers(export(List.of(withPlan()))), List.of(other, ssda903));

    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).hasSize(2);
    assertThat(result.values().get(0)).isEqualTo(other);
    CaseFile merged = result.values().get(1);
    assertThat(merged.authority()).isEqualTo(AuthorityId.of("bcp"));
    assertThat(merged.periodsOfCare()).isEqualTo(ssda903.periodsOfCare());
    assertThat(merged.reviews()).isEqualTo(ssda903.reviews());
    assertThat(merged.placements()).isEqualTo(withPlan().placements());
    assertThat(merged.plans()).isEqualTo(withPlan().plans());
  }

  @Test
  void test_read_rowsOfAChildWithoutAChildrenRowAreRejected() {
    Map<CaseFileTable, byte[]> files =
        edit(
            export(List.of(withPlan())),
            CaseFileTable.CHILDREN,
            t -> t.lines().findFirst().orElseThrow() + "\r\n");

    ImportResult<CaseFile> result = LENIENT.read(openers(files), List.of());

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().stream().map(ImportFinding::toString))
        .containsExactlyInAnyOrder(
            "placements.csv:2: column child_id: 'C1' has no row in children.csv and no SSDA903"
                + " record, so the row cannot be imported",
            "plans.csv:2: column child_id: 'C1' has no row in children.csv and no SSDA903 record,"
                + " so the row cannot be imported");
    assertThat(result.findFileCounts("plans.csv")).contains(FileCounts.of("plans.csv", 0, 1));
  }

  @Test
  void test_read_aLostRowIsCaughtByTheRecordCount() {
    Map<CaseFileTable, byte[]> files =
        edit(
            export(List.of(withPlan())),
            CaseFileTable.PLANS,
            t -> t.lines().findFirst().orElseThrow() + "\r\n");

    ImportResult<CaseFile> result = LENIENT.read(openers(files), List.of());

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().stream().map(ImportFinding::toString))
        .containsExactly(
            "children.csv:2: column record_count: '2' does not match the 1 rows accepted for the"
                + " child in the other files: rows are missing, rejected or attributed to the wrong"
                + " child",
            "placements.csv:2: rejected with child C1, whose record has an error at"
                + " children.csv:2");
  }

  @Test
  void test_read_aBlankRecordCountSkipsTheCheck() {
    Map<CaseFileTable, byte[]> files = export(List.of(withPlan()));
    edit(files, CaseFileTable.PLANS, t -> t.lines().findFirst().orElseThrow() + "\r\n");
    edit(files, CaseFileTable.CHILDREN, t -> t.replaceFirst(",2\r\n", ",\r\n"));

    ImportResult<CaseFile> result = LENIENT.read(openers(files), List.of());

    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).extracting(CaseFile::plans).containsExactly(List.of());
  }

  @Test
  void test_read_anInvariantBrokenRejectsTheChildAtItsRows() {
    Map<CaseFileTable, byte[]> files = export(List.of(withPlan()));
    edit(files, CaseFileTable.PLACEMENTS, t -> t + "C1,U6,,2024-06-03,,,,STANDARD\r\n");
    edit(files, CaseFileTable.CHILDREN, t -> t.replaceFirst(",2\r\n", ",3\r\n"));

    ImportResult<CaseFile> strict = STRICT.read(openers(files), List.of());
    ImportResult<CaseFile> lenient = LENIENT.read(openers(files), List.of());

    assertThat(lenient.values()).isEmpty();
    assertThat(strict.values()).isEmpty();
    assertThat(lenient.errors().get(0).toString())
        .startsWith(
            "children.csv:2: column child_id: 'C1' the child's record breaks a rule of the case"
                + " file: case file of child C1: placements must not overlap");
    assertThat(lenient.rejectedRows())
        .extracting(r -> r.fileName() + ":" + r.lineNumber())
        .containsExactly("children.csv:2", "placements.csv:2", "placements.csv:3", "plans.csv:2");
  }

  @Test
  void test_read_secondChildrenRowRejectsTheChild() {
    Map<CaseFileTable, byte[]> files = export(List.of(withPlan()));
    edit(
        files,
        CaseFileTable.CHILDREN,
        t -> t + t.lines().skip(1).findFirst().orElseThrow() + "\r\n");

    ImportResult<CaseFile> result = LENIENT.read(openers(files), List.of());

    assertThat(result.values()).isEmpty();
    assertThat(result.errors().get(0))
        .hasToString(
            "children.csv:3: column child_id: 'C1' has a second row in children.csv (the first is"
                + " on line 2)");
    assertThat(
            result.fileCounts().stream().map(FileCounts::rowsImported).collect(Collectors.toSet()))
        .containsExactly(0L);
  }

  /** The example rows of the module README, file by file (the header is added). */
  static final Map<CaseFileTable, String> README_EXAMPLES = new EnumMap<>(CaseFileTable.class);

  static {
    README_EXAMPLES.put(
        CaseFileTable.CHILDREN, "C1,bcp,2015-06-01,,0,,,0,20\nU7,bcp,,2026-05-20,0,,G12,0,3\n");
    README_EXAMPLES.put(CaseFileTable.PERIODS_OF_CARE, "C1,2024-04-01,2025-01-31,E4A,N1\n");
    README_EXAMPLES.put(CaseFileTable.LEGAL_STATUSES, "C1,V2,2024-04-01,2024-09-02\n");
    README_EXAMPLES.put(
        CaseFileTable.PLACEMENTS, "C1,U6,PR1,2024-04-01,2025-01-31,CARPL,2024-10-01,STANDARD\n");
    README_EXAMPLES.put(CaseFileTable.REVIEWS, "C1,2024-05-13,PN1\n");
    README_EXAMPLES.put(
        CaseFileTable.ADOPTION, "C1,2024-10-07,2024-11-04,2025-01-13,2025-02-03,,,\n");
    README_EXAMPLES.put(CaseFileTable.PREVIOUS_PERMANENCE, "C1,Z1,,\n");
    README_EXAMPLES.put(CaseFileTable.MISSING_EPISODES, "C1,M,2024-06-10,2024-06-12\n");
    README_EXAMPLES.put(
        CaseFileTable.SOCIAL_WORKER_EPISODES, "C1,SW123,2024-04-01,2024-09-30,LEFTRL\n");
    README_EXAMPLES.put(CaseFileTable.HEALTH_OUTCOMES, "C1,2024-25,14,,0,,1,1,1,0,,\n");
    README_EXAMPLES.put(CaseFileTable.CARE_LEAVER_OUTCOMES, "C1,2024-25,YES,F2,B1\n");
    README_EXAMPLES.put(
        CaseFileTable.PLANS,
        "C1,REUNIFICATION,ADOPTION,2024-06-03,2024-07-15\nU7,ADOPTION,,2026-04-20,\n");
    README_EXAMPLES.put(
        CaseFileTable.PRE_PROCEEDINGS,
        "C1,2024-01-08,2024-09-02,2024-01-15,2024-02-19;2024-04-15,2024-01-15,2024-02-05,"
            + "ISSUED_PROCEEDINGS\nU7,2026-01-05,,,,,,\n");
    README_EXAMPLES.put(
        CaseFileTable.CARE_PROCEEDINGS,
        "C1,2024-06-03,LEGAL_PLANNING_MEETING,2024-09-02,2024-09-16,2024-10-14;2025-01-20,"
            + "2025-01-10,2025-02-03,2025-02-24,2025-02-24,CARE;PLACEMENT,2025-02-17:4\n");
    README_EXAMPLES.put(
        CaseFileTable.COURT_ORDERS,
        "C1,INTERIM_CARE,2024-09-02,2025-02-24,\n"
            + "C1,SUPERVISION,2025-03-10,2026-03-10,2026-02-16:2027-03-10\n");
    README_EXAMPLES.put(
        CaseFileTable.CASE_FLAGS,
        "C1,FLAGGED_FOR_SCRUTINY,2024-07-02,,permanence-assurance-lead,Permanence Assurance Lead,"
            + "'=check the s20 agreement'\nU7,UNBORN_SIBLINGS_REMOVED,2026-01-05,,,,\n");
    README_EXAMPLES.put(
        CaseFileTable.PANEL_APPEARANCES,
        "C1,bcp-permanence,2024-07-02,\"Children in care, 3 to 6 months\",Plan endorsed\n");
    README_EXAMPLES.put(
        CaseFileTable.PANEL_DECISIONS,
        "C1,D-2024-117,bcp-permanence,2024-07-02,2024-07-05,operational-director,"
            + "Operational Director,Proceed with the parallel plan\n");
    README_EXAMPLES.put(
        CaseFileTable.PANEL_ACTIONS,
        "C1,A-2024-301,D-2024-117,convene-review,Convene a CLA review,Bring the review forward,"
            + "iro,Independent Reviewing Officer,2024-07-30,DONE,2024-07-26\n");
    README_EXAMPLES.put(CaseFileTable.DOCUMENTS, "C1,care-plan,Care plan,2024-07-02\n");
  }

  @Test
  void test_read_theReadmeExamplesImportWithoutFindings() {
    Map<CaseFileTable, byte[]> files = new EnumMap<>(CaseFileTable.class);
    README_EXAMPLES.forEach(
        (table, rows) ->
            files.put(
                table,
                (String.join(",", table.columns()) + "\n" + rows)
                    .getBytes(StandardCharsets.UTF_8)));

    ImportResult<CaseFile> result = STRICT.read(openers(files), List.of());

    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).extracting(CaseFile::childId).containsExactly(C1, ChildId.of("U7"));
    CaseFile c1 = result.values().get(0);
    assertThat(c1.courtOrders()).hasSize(2);
    assertThat(c1.courtOrders().get(1).end()).contains(LocalDate.of(2027, 3, 10));
    assertThat(c1.flags().get(0).note()).contains("=check the s20 agreement");
    assertThat(c1.careProceedings().get(0).totalExtensionWeeks()).isEqualTo(4);
    assertThat(README_EXAMPLES).hasSize(CaseFileTable.values().length);
    assertThat(export(result.values()).get(CaseFileTable.PANEL_ACTIONS))
        .asString(StandardCharsets.UTF_8)
        .endsWith(README_EXAMPLES.get(CaseFileTable.PANEL_ACTIONS).replace("\n", "\r\n"));
  }
}
