package io.permanence.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlacementTest {

  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  @Test
  void test_isLongTermMatchedOn_fromMatchDay() {
    Placement placement =
        Placement.builder()
            .code(PlacementCode.U6)
            .start(MON_2025_06_02)
            .longTermMatchOn(MON_2026_03_16)
            .build();
    assertThat(placement.isLongTermMatchedOn(MON_2026_03_16.minusDays(1))).isFalse();
    assertThat(placement.isLongTermMatchedOn(MON_2026_03_16)).isTrue();
    assertThat(placement.arrangement()).isEqualTo(PlacementArrangement.STANDARD);
  }

  @Test
  void test_builder_endBeforeStartNamesCodeAndDates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Placement.of(PlacementCode.K2, MON_2026_03_16, MON_2025_06_02))
        .withMessage("placement(K2).end must not be before start but was 2025-06-02 < 2026-03-16");
  }

  @Test
  void test_equals_byValue() {
    assertThat(Placement.of(PlacementCode.U4, MON_2025_06_02))
        .isEqualTo(Placement.of(PlacementCode.U4, MON_2025_06_02))
        .isNotEqualTo(Placement.of(PlacementCode.U5, MON_2025_06_02));
  }
}
