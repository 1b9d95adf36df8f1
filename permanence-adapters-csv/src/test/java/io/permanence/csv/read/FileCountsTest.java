package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FileCountsTest {

  @Test
  void test_of_readIsImportedPlusRejected() {
    FileCounts counts = FileCounts.of("episodes.csv", 5040, 10);
    assertThat(counts.rowsRead()).isEqualTo(5050);
    assertThat(counts).hasToString("episodes.csv: 5050 read, 5040 imported, 10 rejected");
  }

  @Test
  void test_withNothingImported_everyRowRejected() {
    FileCounts counts = FileCounts.of("episodes.csv", 5040, 10).withNothingImported();
    assertThat(counts.rowsImported()).isZero();
    assertThat(counts.rowsRejected()).isEqualTo(5050);
    assertThat(counts.rowsRead()).isEqualTo(5050);
  }

  @Test
  void test_of_negativeCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FileCounts.of("a.csv", -1, 0))
        .withMessageContaining("must be >= 0");
  }

  @Test
  void test_equals_byValue() {
    assertThat(FileCounts.of("a.csv", 1, 2)).isEqualTo(FileCounts.of("a.csv", 1, 2));
  }
}
