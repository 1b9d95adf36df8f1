package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.permanence.testkit.SampleData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class TableReaderTest {

  private static final LocalDate MON_2016_02_15 = LocalDate.of(2016, 2, 15);
  private static final LocalDate MON_2017_08_14 = LocalDate.of(2017, 8, 14);

  private static final List<String> EPISODE_COLUMNS =
      List.of(
          "CHILD",
          "DECOM",
          "RNE",
          "LS",
          "CIN",
          "PLACE",
          "PLACE_PROVIDER",
          "DEC",
          "REC",
          "REASON_PLACE_CHANGE",
          "HOME_POST",
          "PL_POST",
          "URN");

  private static final TableSchema EPISODES =
      TableSchema.builder()
          .name("episodes")
          .addAllRequiredColumns(EPISODE_COLUMNS)
          .addSensitiveColumns("HOME_POST", "PL_POST")
          .build();

  private static final TableSchema SMALL = TableSchema.of("small", "CHILD", "DECOM", "LS");

  private static final Set<String> LEGAL_STATUSES =
      Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3");

  /** The test's own value: a few typed columns of an episode. */
  record Episode(String child, LocalDate start, String legalStatus, Optional<LocalDate> end) {}

  private static String legalStatus(String code) {
    if (!LEGAL_STATUSES.contains(code)) {
      throw new IllegalArgumentException("unknown legal status " + code);
    }
    return code;
  }

  private static Episode toEpisode(Row row) {
    String child = row.text("CHILD");
    LocalDate start = row.date("DECOM");
    Optional<String> legalStatus = row.parse("LS", TableReaderTest::legalStatus, "a legal status");
    Optional<LocalDate> end = row.optionalDate("DEC");
    if (end.isPresent() && end.get().isBefore(start)) {
      row.reportError("DEC", "is before DECOM");
    }
    return new Episode(child, start, legalStatus.orElseThrow(), end);
  }

  private static Episode toSmallEpisode(Row row) {
    return new Episode(
        row.text("CHILD"),
        row.date("DECOM"),
        row.parse("LS", TableReaderTest::legalStatus, "a legal status").orElseThrow(),
        Optional.empty());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ImportResult<Episode> readSmall(String csv) {
    return TableReader.of(SMALL)
        .read("episodes.csv", bytes(csv), ImportMode.LENIENT, TableReaderTest::toSmallEpisode);
  }

  private static void assertReconciles(ImportResult<?> result) {
    for (FileCounts counts : result.fileCounts()) {
      assertThat(counts.rowsRead()).isEqualTo(counts.rowsImported() + counts.rowsRejected());
    }
  }

  // ---- headers, encodings, line ends, quoting

  @Test
  void test_read_headerMatchedWithoutRegardToCaseWhitespaceOrOrder() {
    ImportResult<Episode> result = readSmall(" ls ,Child,  decom\nC2,566910,15/02/2016\n");
    assertThat(result.findings()).isEmpty();
    assertThat(result.values())
        .containsExactly(new Episode("566910", MON_2016_02_15, "C2", Optional.empty()));
  }

  @Test
  void test_read_byteOrderMarkAndCrlf() {
    ImportResult<Episode> result =
        readSmall("\uFEFFCHILD,DECOM,LS\r\n566910,15/02/2016,C2\r\n384923,14/08/2017,C1\r\n");
    assertThat(result.findings()).isEmpty();
    assertThat(result.values())
        .extracting(Episode::start)
        .containsExactly(MON_2016_02_15, MON_2017_08_14);
  }

  @Test
  void test_read_quotedCellsWithCommasQuotesAndLineBreaks() {
    TableSchema schema = TableSchema.of("notes", "CHILD", "NOTE");
    String csv =
        "CHILD,NOTE\n"
            + "C1,\"plain, with comma\"\n"
            + "C2,\"she said \"\"yes\"\"\"\n"
            + "C3,\"line one\r\nline two\nline three\"\n"
            + "C4,31/02/2017\n";
    List<Long> lines = new ArrayList<>();
    ImportResult<String> result =
        TableReader.of(schema)
            .read(
                "notes.csv",
                bytes(csv),
                ImportMode.LENIENT,
                row -> {
                  lines.add(row.lineNumber());
                  row.date("NOTE");
                  return row.text("NOTE");
                });
    assertThat(lines).containsExactly(2L, 3L, 4L, 7L);
    assertThat(result.errors())
        .extracting(ImportFinding::toString)
        .containsExactly(
            "notes.csv:2: column NOTE: 'plain, with comma' is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd)",
            "notes.csv:3: column NOTE: 'she said \"yes\"' is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd)",
            "notes.csv:4: column NOTE: 'line one\\r\\nline two\\nline three' is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd)",
            "notes.csv:7: column NOTE: '31/02/2017' is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd)");
  }

  @Test
  void test_read_blankLinesAndEmptyRowsSkipped() {
    ImportResult<Episode> result =
        readSmall("CHILD,DECOM,LS\n\n566910,15/02/2016,C2\n,,\n , ,\n384923,14/08/2017,C1\n");
    assertThat(result.values()).hasSize(2);
    assertThat(result.findings())
        .singleElement()
        .hasToString(
            "episodes.csv:4: warning: 2 rows with only empty cells skipped, the first on this line");
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 2, 0));
  }

  // ---- the header

  @Test
  void test_read_missingRequiredColumnsRejectTheFile() {
    ImportResult<Episode> result =
        readSmall("CHILD,DATE,LS\n566910,15/02/2016,C2\n384923,14/08/2017,C1\n");
    assertThat(result.values()).isEmpty();
    assertThat(result.findings())
        .singleElement()
        .hasToString(
            "episodes.csv:1: 'CHILD,DATE,LS' is not a valid small header:"
                + " it lacks the required columns DECOM; no row was read");
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 0, 0));
  }

  @Test
  void test_read_repeatedColumnRejectsTheFile() {
    ImportResult<Episode> result = readSmall("CHILD,DECOM,LS,child\n1,15/02/2016,C2,2\n");
    assertThat(result.errors())
        .singleElement()
        .extracting(ImportFinding::reason)
        .asString()
        .contains("repeats the columns CHILD (columns 1, 4)");
    assertThat(result.values()).isEmpty();
  }

  @Test
  void test_read_extraColumnsIgnoredWithOneWarning() {
    ImportResult<Episode> result =
        readSmall(
            "CHILD,LA,DECOM,LS,YEAR,\n"
                + "566910,Barnet,15/02/2016,C2,2017,\n"
                + "384923,Barnet,14/08/2017,C1,2018,\n");
    assertThat(result.values()).hasSize(2);
    assertThat(result.findings())
        .singleElement()
        .hasToString(
            "episodes.csv:1: warning: columns not used by the small table were ignored: LA, YEAR");
  }

  @Test
  void test_read_emptyFile() {
    ImportResult<Episode> result = readSmall("");
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "episodes.csv:1: is empty: expected a header naming the columns [CHILD, DECOM, LS]");
    assertReconciles(result);
  }

  @Test
  void test_read_headerOnly() {
    ImportResult<Episode> result = readSmall("CHILD,DECOM,LS\n");
    assertThat(result.findings()).isEmpty();
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 0, 0));
  }

  @Test
  void test_read_utf16Rejected() {
    byte[] utf16 = "\uFEFFCHILD,DECOM,LS\n".getBytes(StandardCharsets.UTF_16LE);
    ImportResult<Episode> result =
        TableReader.of(SMALL)
            .read(
                "episodes.csv",
                new ByteArrayInputStream(utf16),
                ImportMode.LENIENT,
                TableReaderTest::toSmallEpisode);
    assertThat(result.errors())
        .singleElement()
        .hasToString("episodes.csv:1: is encoded in UTF-16: save it as CSV UTF-8; no row was read");
  }

  // ---- malformed rows

  @Test
  void test_read_rowWithTooFewOrTooManyCells() {
    ImportResult<Episode> result =
        readSmall(
            "CHILD,DECOM,LS\n"
                + "566910,15/02/2016\n"
                + "384923,14/08/2017,C1,surprise\n"
                + "709901,14/08/2017,C1,,\n");
    assertThat(result.errors())
        .extracting(ImportFinding::toString)
        .containsExactly(
            "episodes.csv:2: has 2 cells but the header has 3 columns",
            "episodes.csv:3: has 4 cells but the header has 3 columns");
    assertThat(result.values()).extracting(Episode::child).containsExactly("709901");
    assertThat(result.rejectedRows()).extracting(RejectedRow::lineNumber).containsExactly(2L, 3L);
    assertThat(result.rejectedRows().get(1).cells())
        .containsExactly("384923", "14/08/2017", "C1", "surprise");
  }

  @Test
  void test_read_oversizedCellRejectsTheRowAndTheRestIsRead() {
    String huge = "x".repeat(1024 * 1024);
    ImportResult<Episode> result =
        readSmall("CHILD,DECOM,LS\n566910,15/02/2016," + huge + "\n384923,14/08/2017,C1\n");
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "episodes.csv:2: column LS: '"
                + "x".repeat(80)
                + "… (1048576 characters)' is longer than the limit of 65536 characters");
    assertThat(result.values()).extracting(Episode::child).containsExactly("384923");
    assertThat(result.rejectedRows().get(0).cells().get(2)).hasSize(80);
  }

  @Test
  void test_read_unbalancedQuoteIsReportedNotThrown() {
    ImportResult<Episode> result =
        readSmall(
            "CHILD,DECOM,LS\n"
                + "566910,15/02/2016,C2\n"
                + "384923,\"14/08/2017,C1\n"
                + "709901,14/08/2017,C1\n"
                + "710229,14/08/2017,C1\n");
    assertThat(result.values()).extracting(Episode::child).containsExactly("566910");
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "episodes.csv:3: has 2 cells but the header has 3 columns;"
                + " a quoted cell runs over several lines (an unbalanced quote?)");
    assertReconciles(result);
  }

  @Test
  void test_read_quotedCellPastTheBufferStopsWithAFinding() {
    String csv = "CHILD,DECOM,LS\n566910,15/02/2016,C2\n384923,\"" + "x".repeat(9_000_000);
    ImportResult<Episode> result = readSmall(csv);
    assertThat(result.values()).extracting(Episode::child).containsExactly("566910");
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.lineNumber()).isEqualTo(3);
              assertThat(f.reason()).startsWith("could not be read from this line on");
            });
    assertReconciles(result);
  }

  @Test
  void test_read_invalidUtf8ReplacedAndReported() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("CHILD,DECOM,LS\n56".getBytes(StandardCharsets.US_ASCII));
    out.write(0xA3); // a Windows-1252 pound sign, not UTF-8
    out.writeBytes("910,15/02/2016,C2\n".getBytes(StandardCharsets.US_ASCII));
    ImportResult<Episode> result =
        TableReader.of(SMALL)
            .read(
                "episodes.csv",
                new ByteArrayInputStream(out.toByteArray()),
                ImportMode.LENIENT,
                TableReaderTest::toSmallEpisode);
    assertThat(result.values()).extracting(Episode::child).containsExactly("56\uFFFD910");
    assertThat(result.findings())
        .singleElement()
        .hasToString(
            "episodes.csv:2: warning: column CHILD: '56\uFFFD910' contains bytes that are not"
                + " valid UTF-8, replaced by \uFFFD (save the file as CSV UTF-8)");
  }

  @Test
  void test_read_mapperRuleFailureWithoutFindingRejectsRowWithMessage() {
    ImportResult<Episode> result =
        TableReader.of(SMALL)
            .read(
                "episodes.csv",
                bytes("CHILD,DECOM,LS\n566910,15/02/2016,C2\n"),
                ImportMode.LENIENT,
                row -> {
                  throw new IllegalArgumentException("end must not be before start");
                });
    assertThat(result.errors())
        .singleElement()
        .hasToString("episodes.csv:2: was rejected: end must not be before start");
  }

  @Test
  void test_read_mapperReturningNullIsAMappingMistake() {
    TableReader reader = TableReader.of(SMALL);
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(
            () ->
                reader.read(
                    "episodes.csv",
                    bytes("CHILD,DECOM,LS\n566910,15/02/2016,C2\n"),
                    ImportMode.LENIENT,
                    row -> null))
        .withMessageContaining("mapper must not return null");
  }

  // ---- modes and counts

  private static final String TWO_GOOD_ONE_BAD =
      "CHILD,DECOM,LS\n566910,15/02/2016,C2\n384923,31/02/2017,C1\n709901,14/08/2017,XX\n"
          + "710229,14/08/2017,V2\n";

  @Test
  void test_read_lenientKeepsValidRowsAndListsRejected() {
    ImportResult<Episode> result = readSmall(TWO_GOOD_ONE_BAD);
    assertThat(result.values()).extracting(Episode::child).containsExactly("566910", "710229");
    assertThat(result.rejectedRows()).extracting(RejectedRow::lineNumber).containsExactly(3L, 4L);
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 2, 2));
  }

  @Test
  void test_read_strictImportsNothingButReportsEverything() {
    ImportResult<Episode> result =
        TableReader.of(SMALL)
            .read(
                "episodes.csv",
                bytes(TWO_GOOD_ONE_BAD),
                ImportMode.STRICT,
                TableReaderTest::toSmallEpisode);
    assertThat(result.values()).isEmpty();
    assertThat(result.errors()).hasSize(2);
    assertThat(result.rejectedRows()).hasSize(2);
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("episodes.csv", 0, 4));
  }

  @Test
  void test_read_everyFindingNamesFileLineColumnAndValue() {
    ImportResult<Episode> result =
        TableReader.of(EPISODES)
            .read(
                "episodes.csv",
                bytes(
                    String.join(",", EPISODE_COLUMNS)
                        + "\n566910,15/02/2016,L,C9,N3,T2,PR0,14/08/2015,X1,CLOSE,,,4244474\n"),
                ImportMode.LENIENT,
                TableReaderTest::toEpisode);
    assertThat(result.errors())
        .extracting(ImportFinding::toString)
        .containsExactly(
            "episodes.csv:2: column LS: 'C9' is not a legal status (unknown legal status C9)",
            "episodes.csv:2: column DEC: '14/08/2015' is before DECOM");
  }

  @Test
  void test_stream_handsRowsToTheListenerInOrder() {
    List<String> events = new ArrayList<>();
    FileCounts counts =
        TableReader.of(SMALL).stream(
            "episodes.csv",
            bytes(TWO_GOOD_ONE_BAD),
            TableReaderTest::toSmallEpisode,
            new ImportListener<Episode>() {
              @Override
              public void onValue(Episode value) {
                events.add("value " + value.child());
              }

              @Override
              public void onFinding(ImportFinding finding) {
                events.add("finding " + finding.lineNumber());
              }

              @Override
              public void onRejected(RejectedRow row) {
                events.add("rejected " + row.lineNumber());
              }

              @Override
              public void onHeader(List<String> columns) {
                events.add("header " + columns);
              }
            });
    assertThat(events)
        .containsExactly(
            "header [CHILD, DECOM, LS]",
            "value 566910",
            "finding 3",
            "rejected 3",
            "finding 4",
            "rejected 4",
            "value 710229");
    assertThat(counts).isEqualTo(FileCounts.of("episodes.csv", 2, 2));
  }

  @Test
  void test_read_pathUsesTheFileNameOnly(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("episodes.csv");
    Files.writeString(file, TWO_GOOD_ONE_BAD);
    ImportResult<Episode> result =
        TableReader.of(SMALL).read(file, ImportMode.LENIENT, TableReaderTest::toSmallEpisode);
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.fileName()).isEqualTo("episodes.csv"));
    assertThat(result.values()).hasSize(2);
  }

  @Test
  void test_read_missingPath(@TempDir Path directory) {
    TableReader reader = TableReader.of(SMALL);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                reader.read(
                    directory.resolve("nope.csv"),
                    ImportMode.LENIENT,
                    TableReaderTest::toSmallEpisode))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void test_withMaxCellLength_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TableReader.of(SMALL).withMaxCellLength(0))
        .withMessageContaining("maxCellLength must be in [1, 1048576] but was 0");
  }

  @Test
  void test_withMaxCellLength_appliesTheLimit() {
    TableReader reader = TableReader.of(SMALL).withMaxCellLength(6);
    ImportResult<Episode> result =
        reader.read(
            "episodes.csv",
            bytes("CHILD,DECOM,LS\n566910,15/02/2016,C2\n"),
            ImportMode.LENIENT,
            TableReaderTest::toSmallEpisode);
    assertThat(reader.maxCellLength()).isEqualTo(6);
    assertThat(result.errors())
        .singleElement()
        .hasToString(
            "episodes.csv:2: column DECOM: '15/02/2016' is longer than the limit of 6 characters");
  }

  // ---- the SSDA903 sample

  private static final Map<String, List<String>> SAMPLE_COLUMNS =
      Map.ofEntries(
          Map.entry(
              "header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
          Map.entry("episodes.csv", EPISODE_COLUMNS),
          Map.entry("reviews.csv", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE")),
          Map.entry("uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC")),
          Map.entry(
              "oc2.csv",
              List.of(
                  "CHILD",
                  "DOB",
                  "SDQ_SCORE",
                  "SDQ_REASON",
                  "CONVICTED",
                  "HEALTH_CHECK",
                  "IMMUNISATIONS",
                  "TEETH_CHECK",
                  "HEALTH_ASSESSMENT",
                  "SUBSTANCE_MISUSE",
                  "INTERVENTION_RECEIVED",
                  "INTERVENTION_OFFERED")),
          Map.entry("oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
          Map.entry(
              "ad1.csv",
              List.of(
                  "CHILD",
                  "DOB",
                  "DATE_INT",
                  "DATE_MATCH",
                  "FOSTER_CARE",
                  "NB_ADOPTR",
                  "SEX_ADOPTR",
                  "LS_ADOPTR")),
          Map.entry(
              "placed_for_adoption.csv",
              List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
          Map.entry(
              "placed_for_adoption_errors.csv",
              List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
          Map.entry(
              "previous_permanence.csv",
              List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM")),
          Map.entry("missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END")),
          Map.entry(
              "sw_episodes.csv",
              List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON")),
          Map.entry("DoLo.csv", List.of("CHILD", "DOB", "DOLO_START", "DOLO_END")));

  static Stream<Arguments> sampleFiles() {
    return Stream.of(
        Arguments.of("header.csv", 2675),
        Arguments.of("episodes.csv", 5050),
        Arguments.of("reviews.csv", 12582),
        Arguments.of("uasc.csv", 132),
        Arguments.of("oc2.csv", 2675),
        Arguments.of("oc3.csv", 53),
        Arguments.of("ad1.csv", 29),
        Arguments.of("placed_for_adoption.csv", 29),
        Arguments.of("placed_for_adoption_errors.csv", 30),
        Arguments.of("previous_permanence.csv", 2675),
        Arguments.of("missing.csv", 43),
        Arguments.of("sw_episodes.csv", 1),
        Arguments.of("DoLo.csv", 1));
  }

  private static ImportResult<List<String>> readSample(
      String fileName, Function<Row, List<String>> mapper) {
    TableSchema schema =
        TableSchema.builder()
            .name(fileName.replace(".csv", ""))
            .addAllRequiredColumns(SAMPLE_COLUMNS.get(fileName))
            .build();
    return TableReader.of(schema)
        .read(fileName, SampleData.openSsda903(fileName), ImportMode.LENIENT, mapper);
  }

  @ParameterizedTest
  @MethodSource("sampleFiles")
  void test_read_everySampleFileParsesCompletely(String fileName, int rows) {
    List<String> columns = SAMPLE_COLUMNS.get(fileName);
    ImportResult<List<String>> result =
        readSample(
            fileName,
            row ->
                columns.stream()
                    .map(c -> row.optionalText(c).orElse(""))
                    .collect(Collectors.toList()));
    assertThat(result.findings()).isEmpty();
    assertThat(result.fileCounts()).containsExactly(FileCounts.of(fileName, rows, 0));
    assertThat(result.values()).allSatisfy(v -> assertThat(v).hasSize(columns.size()));
  }

  /** Reads every date column of a sample file: the sample's dates are all valid. */
  @ParameterizedTest
  @MethodSource("sampleFiles")
  void test_read_everySampleDateIsValid(String fileName, int rows) {
    List<String> dateColumns =
        SAMPLE_COLUMNS.get(fileName).stream()
            .filter(
                c ->
                    c.contains("DOB")
                        || c.startsWith("DATE")
                        || c.endsWith("DEC")
                        || c.endsWith("DECOM")
                        || c.startsWith("MIS_")
                        || c.startsWith("DOLO_")
                        || c.equals("REVIEW")
                        || c.equals("DUC"))
            .collect(Collectors.toList());
    ImportResult<List<String>> result =
        readSample(
            fileName,
            row ->
                dateColumns.stream()
                    .map(c -> row.optionalDate(c).map(LocalDate::toString).orElse(""))
                    .collect(Collectors.toList()));
    assertThat(dateColumns).isNotEmpty();
    assertThat(result.findings()).isEmpty();
    assertThat(result.values()).hasSize(rows);
  }

  private static Function<String, String> codes(String... valid) {
    Set<String> set = Set.of(valid);
    return code -> {
      if (!set.contains(code)) {
        throw new IllegalArgumentException("unknown code " + code);
      }
      return code;
    };
  }

  /**
   * The sample's deliberate faults, each read at the CSV level: the file parses, every row is read,
   * and the fault surfaces as a finding on the right line and column (or not at all when it is for
   * the SSDA903 mapping to judge).
   */
  static Stream<Arguments> deliberateFaults() {
    return Stream.of(
        Arguments.of(
            "sw_episodes.csv: byte order mark and CRLF",
            "sw_episodes.csv",
            (Function<Row, List<String>>) row -> List.of(row.text("CHILD"), row.text("SW_REASON")),
            List.of()),
        Arguments.of(
            "sw_episodes.csv: SW_REASON SWLAZY",
            "sw_episodes.csv",
            (Function<Row, List<String>>)
                row ->
                    List.of(
                        row.parse("SW_REASON", codes("MANAGE", "OTHERS"), "a SW_REASON code")
                            .orElseThrow()),
            List.of(
                "sw_episodes.csv:2: column SW_REASON: 'SWLAZY' is not a SW_REASON code"
                    + " (unknown code SWLAZY)")),
        Arguments.of(
            "placed_for_adoption.csv: REASON_PLACED_CEASED XXX",
            "placed_for_adoption.csv",
            (Function<Row, List<String>>)
                row ->
                    List.of(
                        row.parse(
                                "REASON_PLACED_CEASED",
                                codes("RD1", "RD2", "RD3", "RD4"),
                                "an RD code")
                            .orElseThrow()),
            List.of(
                "placed_for_adoption.csv:2: column REASON_PLACED_CEASED: 'XXX' is not an RD code"
                    + " (unknown code XXX)")),
        Arguments.of(
            "placed_for_adoption_errors.csv: child 988635 twice, read as two rows",
            "placed_for_adoption_errors.csv",
            (Function<Row, List<String>>)
                row -> List.of(row.text("CHILD"), row.date("DATE_PLACED").toString()),
            List.of()),
        Arguments.of(
            "oc3.csv: ACCOM 01",
            "oc3.csv",
            (Function<Row, List<String>>)
                row ->
                    List.of(
                        row.parse(
                                "ACCOM", codes("0", "B1", "B2", "T2", "K1", "W1"), "an ACCOM code")
                            .orElseThrow()),
            List.of("oc3.csv:2: column ACCOM: '01' is not an ACCOM code (unknown code 01)")),
        Arguments.of(
            "header.csv: MOTHER written 1.0",
            "header.csv",
            (Function<Row, List<String>>)
                row -> List.of(String.valueOf(row.optionalBool01("MOTHER"))),
            List.of("header.csv:1273: column MOTHER: '1.0' is not 0 or 1")),
        Arguments.of(
            "DoLo.csv: no line end after the last row",
            "DoLo.csv",
            (Function<Row, List<String>>)
                row -> List.of(row.text("CHILD"), row.date("DOLO_END").toString()),
            List.of()),
        Arguments.of(
            "DoLo.csv: CHILD10 is not numeric but is an id",
            "DoLo.csv",
            (Function<Row, List<String>>) row -> List.of(row.text("CHILD")),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deliberateFaults")
  void test_read_sampleFaultsParseAtTheCsvLevel(
      String fault, String fileName, Function<Row, List<String>> mapper, List<String> first) {
    ImportResult<List<String>> result = readSample(fileName, mapper);
    FileCounts counts = result.findFileCounts(fileName).orElseThrow();
    assertThat(counts.rowsRead()).isEqualTo(counts.rowsImported() + counts.rowsRejected());
    assertThat(counts.rowsRead()).isPositive();
    assertThat(result.findings().stream().limit(first.size()).map(ImportFinding::toString))
        .containsExactlyElementsOf(first);
    if (first.isEmpty()) {
      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void test_read_sampleMotherFlagsWrittenAsFloatsAreReported() {
    ImportResult<List<String>> result =
        readSample(
            "header.csv",
            row -> List.of(String.valueOf(row.optionalBool01("MOTHER").orElse(false))));
    assertThat(result.errors())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.reason()).isEqualTo("is not 0 or 1"))
        .allSatisfy(f -> assertThat(f.value()).contains("1.0"));
    assertThat(result.values().size() + result.rejectedRows().size()).isEqualTo(2675);
  }

  @Test
  void test_read_sampleByteOrderMarkFileMatchesItsFirstColumn() {
    ImportResult<List<String>> result =
        readSample("sw_episodes.csv", row -> List.of(row.text("CHILD"), row.text("SW_REASON")));
    assertThat(result.values()).containsExactly(List.of("CHILD10", "SWLAZY"));
  }

  // ---- the fuzz property

  private static final String VALID_FILE =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
          + "566910,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,,,4244474\n"
          + "566910,14/08/2017,T,C2,N3,A3,PR3,,X1,,EG19 7TT,WV27 9FW,8969628\n"
          + "384923,26/04/2016,T,L1,N8,A5,PR2,09/05/2017,X1,,EH14 8EC,WD10 6ZQ,1157828\n"
          + "384923,09/05/2017,L,C2,N8,A5,PR2,,X1,CARPL,\"EH14 8EC\",\"WD10, 6ZQ\",1157828\n"
          + "709901,07/04/2016,L,V3,N8,T3,PR2,22/01/2018,X1,,EE28 7VZ,WT9 9BG,5814849\n";

  /** One random change to a file; {@code where} picks the place. */
  record Mutation(int kind, int where) {
    static final int KINDS = 10;

    byte[] apply(byte[] file) {
      int at = file.length == 0 ? 0 : Math.floorMod(where, file.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case 0: // truncate the file
          out.write(file, 0, at);
          break;
        case 1: // delete a byte (a comma, a quote or a line end, perhaps)
          out.write(file, 0, at);
          out.write(
              file, Math.min(at + 1, file.length), file.length - Math.min(at + 1, file.length));
          break;
        case 2: // insert garbage bytes (invalid UTF-8, NUL, a lone quote)
          out.write(file, 0, at);
          out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, 0, '"', (byte) 0xFF});
          out.write(file, at, file.length - at);
          break;
        case 3: // an unbalanced quote
          out.write(file, 0, at);
          out.write('"');
          out.write(file, at, file.length - at);
          break;
        case 4: // a 1 MB field
          out.write(file, 0, at);
          out.writeBytes("y".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII));
          out.write(file, at, file.length - at);
          break;
        case 5: // a bad date
          out.writeBytes(
              new String(file, StandardCharsets.UTF_8)
                  .replaceFirst("\\d\\d/\\d\\d/\\d{4}", "31/02/2017")
                  .getBytes(StandardCharsets.UTF_8));
          break;
        case 6: // swap two header columns
          out.writeBytes(
              new String(file, StandardCharsets.UTF_8)
                  .replaceFirst("DECOM,RNE", "RNE,DECOM")
                  .getBytes(StandardCharsets.UTF_8));
          break;
        case 7: // drop a column from the header
          out.writeBytes(
              new String(file, StandardCharsets.UTF_8)
                  .replaceFirst(",LS", "")
                  .getBytes(StandardCharsets.UTF_8));
          break;
        case 8: // an extra comma: one row gets a cell too many
          out.write(file, 0, at);
          out.write(',');
          out.write(file, at, file.length - at);
          break;
        default: // a line break in the middle of a line
          out.write(file, 0, at);
          out.write('\n');
          out.write(file, at, file.length - at);
          break;
      }
      return out.toByteArray();
    }
  }

  @Test
  void test_read_randomMutationsAlwaysEndInFindingsThatReconcile() {
    Gen<Mutation> mutation =
        integers()
            .between(0, Mutation.KINDS - 1)
            .zip(integers().between(0, Integer.MAX_VALUE - 1), Mutation::new);
    qt().withExamples(300)
        .forAll(lists().of(mutation).ofSizeBetween(1, 4))
        .checkAssert(
            mutations -> {
              byte[] file = VALID_FILE.getBytes(StandardCharsets.UTF_8);
              for (Mutation m : mutations) {
                file = m.apply(file);
              }
              long lines = new String(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
              for (ImportMode mode : ImportMode.values()) {
                ImportResult<Episode> result =
                    TableReader.of(EPISODES)
                        .read(
                            "episodes.csv",
                            new ByteArrayInputStream(file),
                            mode,
                            TableReaderTest::toEpisode);
                FileCounts counts = result.fileCounts().get(0);
                assertThat(counts.rowsRead())
                    .isEqualTo(counts.rowsImported() + counts.rowsRejected());
                assertThat(counts.rowsRejected())
                    .isGreaterThanOrEqualTo(result.rejectedRows().size());
                assertThat(result.findings())
                    .allSatisfy(
                        f -> {
                          assertThat(f.fileName()).isEqualTo("episodes.csv");
                          assertThat(f.lineNumber()).isBetween(1L, lines);
                          assertThat(f.toString()).doesNotContain("\n");
                        });
                for (RejectedRow rejected : result.rejectedRows()) {
                  assertThat(result.errors())
                      .anySatisfy(f -> assertThat(f.lineNumber()).isEqualTo(rejected.lineNumber()));
                }
                if (mode == ImportMode.LENIENT) {
                  assertThat((long) result.values().size()).isEqualTo(counts.rowsImported());
                  assertThat((long) result.rejectedRows().size()).isEqualTo(counts.rowsRejected());
                } else if (result.hasErrors()) {
                  assertThat(result.values()).isEmpty();
                }
              }
            });
  }
}
