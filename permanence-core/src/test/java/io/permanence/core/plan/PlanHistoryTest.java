package io.permanence.core.plan;

import static io.permanence.core.plan.PermanenceOption.ADOPTION;
import static io.permanence.core.plan.PermanenceOption.LONG_TERM_FOSTERING;
import static io.permanence.core.plan.PermanenceOption.REUNIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanHistoryTest {

  private static final LocalDate MON_2025_06_02 = LocalDate.of(2025, 6, 2);
  private static final LocalDate MON_2025_09_01 = LocalDate.of(2025, 9, 1);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  private static final PermanencePlan FIRST =
      PermanencePlan.of(REUNIFICATION, ADOPTION, MON_2025_06_02);
  private static final PermanencePlan SECOND =
      PermanencePlan.of(ADOPTION, LONG_TERM_FOSTERING, MON_2025_09_01);

  @Test
  void test_of_sortsByRecorded() {
    assertThat(PlanHistory.of(List.of(SECOND, FIRST)).plans()).containsExactly(FIRST, SECOND);
  }

  @Test
  void test_findInForceOn_fromRecordedDayUntilNext() {
    PlanHistory history = PlanHistory.of(List.of(SECOND, FIRST));
    assertThat(history.findInForceOn(MON_2025_06_02.minusDays(1))).isEmpty();
    assertThat(history.findInForceOn(MON_2025_06_02)).contains(FIRST);
    assertThat(history.findInForceOn(MON_2025_09_01.minusDays(1))).contains(FIRST);
    assertThat(history.findInForceOn(MON_2025_09_01)).contains(SECOND);
    assertThat(history.findInForceOn(MON_2026_03_16)).contains(SECOND);
  }

  @Test
  void test_findInForceOn_sameDayLastWins() {
    PermanencePlan correction = PermanencePlan.of(LONG_TERM_FOSTERING, MON_2025_06_02);
    PlanHistory history = PlanHistory.of(List.of(FIRST, correction));
    assertThat(history.findInForceOn(MON_2025_06_02)).contains(correction);
  }

  @Test
  void test_findFirstRecordedOnOrAfter() {
    PlanHistory history = PlanHistory.of(List.of(FIRST, SECOND));
    assertThat(history.findFirstRecordedOnOrAfter(MON_2025_06_02.plusDays(1))).contains(SECOND);
    assertThat(history.findLatest()).contains(SECOND);
    assertThat(PlanHistory.of(List.of()).findLatest()).isEmpty();
  }
}
