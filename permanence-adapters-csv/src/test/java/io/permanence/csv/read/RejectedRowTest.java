package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRowTest {

  @Test
  void test_toString_hidesTheCells() {
    RejectedRow row = RejectedRow.of("header.csv", 3, List.of("566910", "2", "27/03/2008"));
    assertThat(row).hasToString("RejectedRow{header.csv:3, 3 cells}");
    assertThat(row.toString()).doesNotContain("27/03/2008");
    assertThat(row.cells()).containsExactly("566910", "2", "27/03/2008");
  }

  @Test
  void test_of_blankFileName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RejectedRow.of(" ", 3, List.of()))
        .withMessageContaining("fileName must not be blank");
  }
}
