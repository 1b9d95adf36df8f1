package io.permanence.core.reference;

import static io.permanence.core.reference.LegalStatusCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalStatusCodeTest {

  static Stream<Arguments> classifications() {
    return Stream.of(
        Arguments.of(
            "isCareOrder",
            (Predicate<LegalStatusCode>) LegalStatusCode::isCareOrder,
            EnumSet.of(C1, C2)),
        Arguments.of(
            "isSection20",
            (Predicate<LegalStatusCode>) LegalStatusCode::isSection20,
            EnumSet.of(V2, V3, V4)),
        Arguments.of(
            "isPlacementOrder",
            (Predicate<LegalStatusCode>) LegalStatusCode::isPlacementOrder,
            EnumSet.of(E1)),
        Arguments.of(
            "isAuthorisedToPlaceForAdoption",
            (Predicate<LegalStatusCode>) LegalStatusCode::isAuthorisedToPlaceForAdoption,
            EnumSet.of(D1, E1)),
        Arguments.of(
            "isEmergency",
            (Predicate<LegalStatusCode>) LegalStatusCode::isEmergency,
            EnumSet.of(L1, L2, L3)),
        Arguments.of(
            "isYouthJustice",
            (Predicate<LegalStatusCode>) LegalStatusCode::isYouthJustice,
            EnumSet.of(J1, J2, J3)),
        Arguments.of(
            "isRemand", (Predicate<LegalStatusCode>) LegalStatusCode::isRemand, EnumSet.of(J1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifications")
  void test_classification_exactMembers(
      String name, Predicate<LegalStatusCode> test, Set<LegalStatusCode> expected) {
    Set<LegalStatusCode> actual =
        Arrays.stream(values())
            .filter(test)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalStatusCode.class)));
    assertThat(actual).isEqualTo(expected);
  }
}
