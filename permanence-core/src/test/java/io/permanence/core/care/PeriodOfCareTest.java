package io.permanence.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodOfCareTest {

  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  @Test
  void test_of_endedPeriod() {
    PeriodOfCare period =
        PeriodOfCare.of(MON_2025_06_02, MON_2026_03_16, ReasonEpisodeCeasedCode.E11);
    assertThat(period.contains(MON_2026_03_16)).isFalse();
    assertThat(period.contains(MON_2026_03_16.minusDays(1))).isTrue();
  }

  @Test
  void test_builder_x1DoesNotEndCare() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PeriodOfCare.of(MON_2025_06_02, MON_2026_03_16, ReasonEpisodeCeasedCode.X1))
        .withMessage(
            "periodOfCare starting 2025-06-02: reasonCeased must end the period of care but was X1");
  }

  @Test
  void test_builder_reasonRequiresEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PeriodOfCare.builder()
                    .start(MON_2025_06_02)
                    .reasonCeased(ReasonEpisodeCeasedCode.E4A)
                    .build())
        .withMessage(
            "periodOfCare starting 2025-06-02: reasonCeased E4A requires an end but end was empty");
  }

  @Test
  void test_builder_endBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PeriodOfCare.builder().start(MON_2026_03_16).end(MON_2025_06_02).build())
        .withMessage("periodOfCare.end must not be before start but was 2025-06-02 < 2026-03-16");
  }

  @Test
  void test_builder_missingStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PeriodOfCare.builder().build())
        .withMessageContaining("start");
  }
}
