package io.permanence.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {

  private static final LocalDate MON_2024_01_01 = LocalDate.of(2024, 1, 1);
  private static final LocalDate FRI_2024_03_01 = LocalDate.of(2024, 3, 1);
  private static final LocalDate THU_2024_02_29 = LocalDate.of(2024, 2, 29);
  private static final LocalDate MON_2024_04_01 = LocalDate.of(2024, 4, 1);

  private static final DateSpan JAN_TO_MAR =
      LegalStatusPeriod.of(LegalStatusCode.V2, MON_2024_01_01, FRI_2024_03_01);

  @Test
  void test_contains_halfOpen() {
    assertThat(JAN_TO_MAR.contains(MON_2024_01_01)).isTrue();
    assertThat(JAN_TO_MAR.contains(THU_2024_02_29)).isTrue();
    assertThat(JAN_TO_MAR.contains(FRI_2024_03_01)).isFalse();
    assertThat(JAN_TO_MAR.contains(MON_2024_01_01.minusDays(1))).isFalse();
  }

  @Test
  void test_contains_openSpanContainsEveryLaterDay() {
    DateSpan open = LegalStatusPeriod.of(LegalStatusCode.C2, MON_2024_01_01);
    assertThat(open.isOpen()).isTrue();
    assertThat(open.contains(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void test_overlaps_abuttingSpansDoNotOverlap() {
    DateSpan next = LegalStatusPeriod.of(LegalStatusCode.C1, FRI_2024_03_01, MON_2024_04_01);
    assertThat(JAN_TO_MAR.overlaps(next)).isFalse();
    assertThat(next.overlaps(JAN_TO_MAR)).isFalse();
  }

  @Test
  void test_overlaps_sharedDay() {
    DateSpan next = LegalStatusPeriod.of(LegalStatusCode.C1, THU_2024_02_29);
    assertThat(JAN_TO_MAR.overlaps(next)).isTrue();
    assertThat(next.overlaps(JAN_TO_MAR)).isTrue();
  }

  @Test
  void test_overlaps_emptySpanOverlapsNothing() {
    DateSpan empty = LegalStatusPeriod.of(LegalStatusCode.C1, THU_2024_02_29, THU_2024_02_29);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.contains(THU_2024_02_29)).isFalse();
    assertThat(JAN_TO_MAR.overlaps(empty)).isFalse();
  }

  @Test
  void test_overlaps_range() {
    assertThat(JAN_TO_MAR.overlaps(THU_2024_02_29, MON_2024_04_01)).isTrue();
    assertThat(JAN_TO_MAR.overlaps(FRI_2024_03_01, MON_2024_04_01)).isFalse();
  }
}
