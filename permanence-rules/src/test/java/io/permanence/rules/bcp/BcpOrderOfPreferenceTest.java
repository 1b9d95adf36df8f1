package io.permanence.rules.bcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.plan.PermanenceOption;
import org.junit.jupiter.api.Test;

class BcpOrderOfPreferenceTest {

  @Test
  void test_BCP_1_para5_s2_ranked() {
    assertThat(BcpOrderOfPreference.ranked())
        .containsExactly(
            PermanenceOption.REUNIFICATION,
            PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP,
            PermanenceOption.ADOPTION,
            PermanenceOption.LONG_TERM_FOSTERING);
  }

  @Test
  void test_BCP_1_para5_s2_higherRankedThan() {
    assertThat(BcpOrderOfPreference.higherRankedThan(PermanenceOption.ADOPTION))
        .containsExactly(
            PermanenceOption.REUNIFICATION, PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP);
    assertThat(BcpOrderOfPreference.higherRankedThan(PermanenceOption.REUNIFICATION)).isEmpty();
    assertThat(BcpOrderOfPreference.higherRankedThan(PermanenceOption.OTHER)).isEmpty();
  }

  @Test
  void test_BCP_1_para5_s2_explorationNote() {
    assertThat(BcpOrderOfPreference.explorationNote(PermanenceOption.LONG_TERM_FOSTERING))
        .contains(
            "plan long term fostering ranks 4 of 4 in the order of preference: reunification,"
                + " kinship or special guardianship, adoption to be shown explored and ruled out");
    assertThat(BcpOrderOfPreference.explorationNote(PermanenceOption.REUNIFICATION)).isEmpty();
    assertThat(BcpOrderOfPreference.CITATION.clause()).isEqualTo("§1 ¶5 s2");
  }
}
