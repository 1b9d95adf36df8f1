package io.permanence.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.reference.AdoptionReversalReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdoptionMilestonesTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  @Test
  void test_builder_reversalNeedsReason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AdoptionMilestones.builder().reversedOn(MON_2026_03_16).build())
        .withMessageContaining("reversedOn and reversalReason must both be present or both absent");
  }

  @Test
  void test_isReversed() {
    AdoptionMilestones reversed =
        AdoptionMilestones.builder()
            .decisionToPlaceOn(MON_2026_03_16.minusMonths(3))
            .reversedOn(MON_2026_03_16)
            .reversalReason(AdoptionReversalReasonCode.RD2)
            .build();
    assertThat(reversed.isReversed()).isTrue();
    assertThat(reversed.dates())
        .containsExactlyInAnyOrder(MON_2026_03_16.minusMonths(3), MON_2026_03_16);
  }
}
