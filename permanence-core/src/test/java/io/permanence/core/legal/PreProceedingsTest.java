package io.permanence.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreProceedingsTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate MON_2026_04_27 = LocalDate.of(2026, 4, 27);
  private static final LocalDate MON_2026_06_08 = LocalDate.of(2026, 6, 8);

  @Test
  void test_contains_untilEnd() {
    PreProceedings plo =
        PreProceedings.builder()
            .start(MON_2026_03_16)
            .letterBeforeProceedingsOn(MON_2026_03_16)
            .addReviewMeetings(MON_2026_06_08, MON_2026_04_27)
            .end(MON_2026_06_08)
            .outcome(PreProceedingsOutcome.STEPPED_DOWN)
            .build();
    assertThat(plo.reviewMeetings()).containsExactly(MON_2026_04_27, MON_2026_06_08);
    assertThat(plo.contains(MON_2026_06_08.minusDays(1))).isTrue();
    assertThat(plo.contains(MON_2026_06_08)).isFalse();
  }

  @Test
  void test_builder_outcomeRequiresEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreProceedings.builder()
                    .start(MON_2026_03_16)
                    .outcome(PreProceedingsOutcome.ISSUED_PROCEEDINGS)
                    .build())
        .withMessage(
            "preProceedings.outcome ISSUED_PROCEEDINGS requires an end but end was empty (start"
                + " 2026-03-16)");
  }

  @Test
  void test_builder_endBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PreProceedings.builder().start(MON_2026_04_27).end(MON_2026_03_16).build())
        .withMessage("preProceedings.end must not be before start but was 2026-03-16 < 2026-04-27");
  }

  @Test
  void test_builder_meetingBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreProceedings.builder()
                    .start(MON_2026_04_27)
                    .addReviewMeetings(MON_2026_03_16)
                    .build())
        .withMessageContaining("preProceedings.reviewMeetings must not be before start");
  }
}
