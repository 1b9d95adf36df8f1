package io.permanence.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CourtOrderTest {

  private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);
  private static final LocalDate TUE_2026_03_10 = LocalDate.of(2026, 3, 10);
  private static final LocalDate FRI_2026_02_20 = LocalDate.of(2026, 2, 20);
  private static final LocalDate WED_2027_03_10 = LocalDate.of(2027, 3, 10);

  @Test
  void test_end_supervisionOrderOneYearBeginningWithDayMade() {
    CourtOrder order = CourtOrder.of(CourtOrderType.SUPERVISION, MON_2025_03_10, TUE_2026_03_10);
    assertThat(order.contains(TUE_2026_03_10.minusDays(1))).isTrue();
    assertThat(order.contains(TUE_2026_03_10)).isFalse();
    assertThat(order.isExtended()).isFalse();
  }

  @Test
  void test_end_extensionMovesEnd() {
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.SUPERVISION)
            .madeOn(MON_2025_03_10)
            .originalEnd(TUE_2026_03_10)
            .addExtensions(CourtOrderExtension.of(FRI_2026_02_20, WED_2027_03_10))
            .build();
    assertThat(order.end()).contains(WED_2027_03_10);
    assertThat(order.originalEnd()).contains(TUE_2026_03_10);
    assertThat(order.contains(TUE_2026_03_10)).isTrue();
  }

  @Test
  void test_builder_extensionMustExtend() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CourtOrder.builder()
                    .type(CourtOrderType.SUPERVISION)
                    .madeOn(MON_2025_03_10)
                    .originalEnd(WED_2027_03_10)
                    .addExtensions(CourtOrderExtension.of(FRI_2026_02_20, TUE_2026_03_10))
                    .build())
        .withMessage(
            "courtOrder(SUPERVISION).extensions: newEnd must be after the previous end but was"
                + " 2026-03-10 <= 2027-03-10");
  }

  @Test
  void test_builder_endBeforeMade() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CourtOrder.of(CourtOrderType.EMERGENCY_PROTECTION, TUE_2026_03_10, MON_2025_03_10))
        .withMessage(
            "courtOrder(EMERGENCY_PROTECTION).originalEnd must not be before madeOn but was"
                + " 2025-03-10 < 2026-03-10");
  }

  @Test
  void test_builder_sortsExtensions() {
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.SUPERVISION)
            .madeOn(MON_2025_03_10)
            .originalEnd(TUE_2026_03_10)
            .addExtensions(
                CourtOrderExtension.of(WED_2027_03_10.minusDays(30), WED_2027_03_10.plusYears(1)))
            .addExtensions(CourtOrderExtension.of(FRI_2026_02_20, WED_2027_03_10))
            .build();
    assertThat(order.extensions().get(0).grantedOn()).isEqualTo(FRI_2026_02_20);
    assertThat(order.end()).contains(WED_2027_03_10.plusYears(1));
  }
}
