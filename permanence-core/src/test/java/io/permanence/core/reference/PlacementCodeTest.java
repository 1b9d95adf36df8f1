package io.permanence.core.reference;

import static io.permanence.core.reference.PlacementCode.*;
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

class PlacementCodeTest {

  static Stream<Arguments> classifications() {
    return Stream.of(
        Arguments.of(
            "isFostering",
            (Predicate<PlacementCode>) PlacementCode::isFostering,
            EnumSet.of(U1, U2, U3, U4, U5, U6)),
        Arguments.of(
            "isKinship",
            (Predicate<PlacementCode>) PlacementCode::isKinship,
            EnumSet.of(U1, U2, U3)),
        Arguments.of(
            "isLongTermFostering",
            (Predicate<PlacementCode>) PlacementCode::isLongTermFostering,
            EnumSet.of(U1, U4)),
        Arguments.of(
            "isAdoptive",
            (Predicate<PlacementCode>) PlacementCode::isAdoptive,
            EnumSet.of(A3, A4, A5, A6)),
        Arguments.of(
            "isPlacedWithParents",
            (Predicate<PlacementCode>) PlacementCode::isPlacedWithParents,
            EnumSet.of(P1)),
        Arguments.of(
            "isSemiIndependent",
            (Predicate<PlacementCode>) PlacementCode::isSemiIndependent,
            EnumSet.of(H5, K3, P2)),
        Arguments.of(
            "isTemporary",
            (Predicate<PlacementCode>) PlacementCode::isTemporary,
            EnumSet.of(T0, T1, T2, T3, T4)),
        Arguments.of(
            "isResidential",
            (Predicate<PlacementCode>) PlacementCode::isResidential,
            EnumSet.of(K1, K2, R1, R2, R3, R5, S1)),
        Arguments.of(
            "isOther",
            (Predicate<PlacementCode>) PlacementCode::isOther,
            EnumSet.of(Z1, Z11, Z12, Z13, Z14)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifications")
  void test_classification_exactMembers(
      String name, Predicate<PlacementCode> test, Set<PlacementCode> expected) {
    Set<PlacementCode> actual =
        Arrays.stream(values())
            .filter(test)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlacementCode.class)));
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifications")
  void test_requiresProvider_notForTemporaryT0ToT3(String ignored) {
    assertThat(EnumSet.allOf(PlacementCode.class).stream().filter(c -> !c.requiresProvider()))
        .containsExactlyInAnyOrder(T0, T1, T2, T3, Z11, Z12, Z13, Z14);
  }
}
