package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

  private static final ImportFinding ERROR = ImportFinding.error("a.csv", 3, "has 2 cells");
  private static final ImportFinding WARNING = ImportFinding.warning("a.csv", 1, "extra column");
  private static final RejectedRow REJECTED = RejectedRow.of("a.csv", 3, List.of("x", "y"));
  private static final FileCounts COUNTS = FileCounts.of("a.csv", 2, 1);

  @Test
  void test_of_lenientKeepsValidValues() {
    ImportResult<String> result =
        ImportResult.of(
            ImportMode.LENIENT,
            List.of("row 2", "row 4"),
            List.of(WARNING, ERROR),
            List.of(REJECTED),
            List.of(COUNTS));
    assertThat(result.values()).containsExactly("row 2", "row 4");
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors()).containsExactly(ERROR);
    assertThat(result.warnings()).containsExactly(WARNING);
    assertThat(result.rejectedRows()).containsExactly(REJECTED);
    assertThat(result.findFileCounts("a.csv")).contains(COUNTS);
  }

  @Test
  void test_of_strictWithAnErrorImportsNothing() {
    ImportResult<String> result =
        ImportResult.of(
            ImportMode.STRICT,
            List.of("row 2", "row 4"),
            List.of(WARNING, ERROR),
            List.of(REJECTED),
            List.of(COUNTS));
    assertThat(result.values()).isEmpty();
    assertThat(result.findings()).containsExactly(WARNING, ERROR);
    assertThat(result.rejectedRows()).containsExactly(REJECTED);
    assertThat(result.fileCounts()).containsExactly(FileCounts.of("a.csv", 0, 3));
  }

  @Test
  void test_of_strictWithWarningsOnlyImportsAll() {
    ImportResult<String> result =
        ImportResult.of(
            ImportMode.STRICT,
            List.of("row 2", "row 3"),
            List.of(WARNING),
            List.of(),
            List.of(FileCounts.of("a.csv", 2, 0)));
    assertThat(result.values()).containsExactly("row 2", "row 3");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void test_toString_showsCountsNotValues() {
    ImportResult<String> result =
        ImportResult.of(
            ImportMode.LENIENT, List.of("27/03/2008"), List.of(ERROR), List.of(), List.of(COUNTS));
    assertThat(result.toString())
        .doesNotContain("27/03/2008")
        .startsWith("ImportResult{LENIENT, 1 values, 1 errors, 0 warnings, 0 rejected rows");
  }

  @Test
  void test_findFileCounts_unknownFile() {
    ImportResult<String> result = ImportResult.<String>builder().mode(ImportMode.LENIENT).build();
    assertThat(result.findFileCounts("b.csv")).isEmpty();
  }

  @Test
  void test_of_strictKeepsTheCollectionYearAndItsBasis() {
    ImportResult<String> result =
        ImportResult.<String>builder()
            .mode(ImportMode.STRICT)
            .addValues("row 2")
            .addFindings(ERROR)
            .addFileCounts(COUNTS)
            .collectionYear(io.permanence.core.reference.CollectionYear.of(2018))
            .collectionYearBasis("given by the caller")
            .build();
    assertThat(result.values()).isEmpty();
    assertThat(result.collectionYear())
        .contains(io.permanence.core.reference.CollectionYear.of(2018));
    assertThat(result.collectionYearBasis()).contains("given by the caller");
    assertThat(result.toString()).endsWith(", collectionYear=2017-18}");
  }
}
