package io.permanence.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonEpisodeCeasedCodeTest {

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(ReasonEpisodeCeasedCode.E11, Optional.of(PermanenceOutcome.ADOPTION)),
        Arguments.of(ReasonEpisodeCeasedCode.E12, Optional.of(PermanenceOutcome.ADOPTION)),
        Arguments.of(
            ReasonEpisodeCeasedCode.E45, Optional.of(PermanenceOutcome.SPECIAL_GUARDIANSHIP)),
        Arguments.of(
            ReasonEpisodeCeasedCode.E48, Optional.of(PermanenceOutcome.SPECIAL_GUARDIANSHIP)),
        Arguments.of(
            ReasonEpisodeCeasedCode.E43, Optional.of(PermanenceOutcome.SPECIAL_GUARDIANSHIP)),
        Arguments.of(
            ReasonEpisodeCeasedCode.E41, Optional.of(PermanenceOutcome.CHILD_ARRANGEMENTS_ORDER)),
        Arguments.of(ReasonEpisodeCeasedCode.E4A, Optional.of(PermanenceOutcome.REUNIFICATION)),
        Arguments.of(ReasonEpisodeCeasedCode.E17, Optional.of(PermanenceOutcome.STAYING_PUT)),
        Arguments.of(ReasonEpisodeCeasedCode.E4B, Optional.empty()),
        Arguments.of(ReasonEpisodeCeasedCode.E2, Optional.empty()),
        Arguments.of(ReasonEpisodeCeasedCode.X1, Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void test_findPermanenceOutcome(
      ReasonEpisodeCeasedCode code, Optional<PermanenceOutcome> outcome) {
    assertThat(code.findPermanenceOutcome()).isEqualTo(outcome);
    assertThat(code.isPermanenceOutcome()).isEqualTo(outcome.isPresent());
  }

  @Test
  void test_endsPeriodOfCare_allButX1() {
    for (ReasonEpisodeCeasedCode code : ReasonEpisodeCeasedCode.values()) {
      assertThat(code.endsPeriodOfCare()).isEqualTo(code != ReasonEpisodeCeasedCode.X1);
    }
  }

  @Test
  void test_isValidIn_historicSgoCodesNoLongerValid() {
    assertThat(ReasonEpisodeCeasedCode.E43.isValidIn(CollectionYear.of(2015))).isTrue();
    assertThat(ReasonEpisodeCeasedCode.E43.isValidIn(CollectionYear.of(2016))).isFalse();
    assertThat(ReasonEpisodeCeasedCode.E44.lastYear()).contains(CollectionYear.of(2015));
    assertThat(ReasonEpisodeCeasedCode.E45.isValidIn(CollectionYear.of(2026))).isTrue();
  }

  @Test
  void test_isKinshipSpecialGuardianship_relativesOrFriends() {
    assertThat(ReasonEpisodeCeasedCode.E45.isKinshipSpecialGuardianship()).isTrue();
    assertThat(ReasonEpisodeCeasedCode.E47.isKinshipSpecialGuardianship()).isTrue();
    assertThat(ReasonEpisodeCeasedCode.E46.isKinshipSpecialGuardianship()).isFalse();
  }
}
