package io.permanence.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PermanenceOptionTest {

  @Test
  void test_preferenceRank_bcpToRSection1Order() {
    assertThat(PermanenceOption.REUNIFICATION.preferenceRank()).contains(1);
    assertThat(PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP.preferenceRank()).contains(2);
    assertThat(PermanenceOption.ADOPTION.preferenceRank()).contains(3);
    assertThat(PermanenceOption.LONG_TERM_FOSTERING.preferenceRank()).contains(4);
    assertThat(PermanenceOption.STAYING_PUT.preferenceRank()).isEmpty();
    assertThat(PermanenceOption.orderOfPreferenceCitation())
        .hasToString("BCP Permanence Panel ToR section 1");
  }

  @Test
  void test_isPreferredTo_onlyBetweenRanked() {
    assertThat(PermanenceOption.REUNIFICATION.isPreferredTo(PermanenceOption.ADOPTION)).isTrue();
    assertThat(PermanenceOption.ADOPTION.isPreferredTo(PermanenceOption.REUNIFICATION)).isFalse();
    assertThat(PermanenceOption.ADOPTION.isPreferredTo(PermanenceOption.OTHER)).isFalse();
  }

  @Test
  void test_plan_contingencyMustDiffer() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PermanencePlan.of(
                    PermanenceOption.ADOPTION,
                    PermanenceOption.ADOPTION,
                    LocalDate.of(2026, 3, 16)))
        .withMessage(
            "permanencePlan recorded 2026-03-16: contingency must differ from primary but both were"
                + " ADOPTION");
  }
}
