package io.permanence.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListTest {

  private static final CollectionYear Y2022_23 = CollectionYear.of(2023);
  private static final CollectionYear Y2023_24 = CollectionYear.of(2024);
  private static final CollectionYear Y2024_25 = CollectionYear.of(2025);
  private static final CollectionYear Y2025_26 = CollectionYear.of(2026);
  private static final CollectionYear Y2026_27 = CollectionYear.of(2027);

  static Stream<Arguments> placementValidity() {
    return Stream.of(
        Arguments.of("H5", Y2022_23, true),
        Arguments.of("H5", Y2023_24, true),
        Arguments.of("H5", Y2024_25, true),
        Arguments.of("H5", Y2025_26, false),
        Arguments.of("K3", Y2022_23, false),
        Arguments.of("K3", Y2023_24, true),
        Arguments.of("K3", Y2024_25, true),
        Arguments.of("P2", Y2024_25, true),
        Arguments.of("P2", Y2025_26, false),
        Arguments.of("Z1", Y2024_25, true),
        Arguments.of("Z1", Y2025_26, true),
        Arguments.of("Z1", Y2026_27, false),
        Arguments.of("Z11", Y2024_25, false),
        Arguments.of("Z14", Y2025_26, true),
        Arguments.of("U4", Y2022_23, true));
  }

  @ParameterizedTest
  @MethodSource("placementValidity")
  void test_find_placementValidityByYear(String code, CollectionYear year, boolean valid) {
    assertThat(CodeLists.PLACEMENT.find(code, year).isPresent()).isEqualTo(valid);
  }

  @Test
  void test_get_trimsWhiteSpace() {
    assertThat(CodeLists.LEGAL_STATUS.get(" C2 ", Y2024_25)).isEqualTo(LegalStatusCode.C2);
  }

  @Test
  void test_get_caseSensitive() {
    assertThat(CodeLists.LEGAL_STATUS.find("c2", Y2024_25)).isEmpty();
  }

  @Test
  void test_get_unknownCodeNamesListYearAndValidCodes() {
    assertThatExceptionOfType(UnknownCodeException.class)
        .isThrownBy(() -> CodeLists.LEGAL_STATUS.get("X9", Y2024_25))
        .withMessageStartingWith("unknown LS code 'X9' in collection year 2024-25")
        .withMessageContaining("valid codes in 2024-25: C1, C2, D1, E1, V2")
        .satisfies(
            e -> {
              assertThat(e.listName()).isEqualTo("LS");
              assertThat(e.code()).isEqualTo("X9");
              assertThat(e.year()).isEqualTo(Y2024_25);
              assertThat(e.validCodes()).contains("J3").hasSize(13);
            });
  }

  @Test
  void test_get_codeNotValidThatYear() {
    assertThatExceptionOfType(UnknownCodeException.class)
        .isThrownBy(() -> CodeLists.PLACEMENT.get("H5", Y2025_26))
        .withMessageStartingWith(
            "PLACE code 'H5' is not valid in collection year 2025-26 (valid until 2024-25)")
        .withMessageContaining("K3")
        .withMessageContaining("Z11")
        .satisfies(e -> assertThat(e.validCodes()).doesNotContain("H5", "P2"));
  }

  @Test
  void test_get_unknownCodeIsIllegalArgument() {
    assertThat(new UnknownCodeException("LS", "X", Y2024_25, java.util.List.of(), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_findAnyYear_historicCode() {
    assertThat(CodeLists.REASON_EPISODE_CEASED.findAnyYear("E43"))
        .contains(ReasonEpisodeCeasedCode.E43);
    assertThat(CodeLists.REASON_EPISODE_CEASED.find("E43", Y2024_25)).isEmpty();
  }

  @Test
  void test_validIn_declarationOrder() {
    assertThat(CodeLists.REVIEW_PARTICIPATION.validIn(Y2024_25))
        .containsExactly(ReviewParticipationCode.values());
  }

  static Stream<CodeList<?>> allLists() {
    return CodeLists.all().stream();
  }

  @ParameterizedTest
  @MethodSource("allLists")
  void test_all_everyCodeHasDescriptionAndRoundTrips(CodeList<?> list) {
    assertThat(list.all()).isNotEmpty();
    for (Code code : list.all()) {
      assertThat(code.description()).isNotBlank();
      assertThat(list.findAnyYear(code.code()).map(Code.class::cast)).contains(code);
    }
  }

  @Test
  void test_all_listNames() {
    assertThat(CodeLists.all().stream().map(CodeList::name))
        .containsExactly(
            "LS",
            "RNE",
            "CIN",
            "PLACE",
            "PLACE_PROVIDER",
            "REC",
            "REASON_PLACE_CHANGE",
            "REVIEW_CODE",
            "PREV_PERM",
            "MISSING",
            "REASON_PLACED_CEASED");
  }
}
