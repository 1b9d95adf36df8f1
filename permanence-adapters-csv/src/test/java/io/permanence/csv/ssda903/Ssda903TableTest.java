package io.permanence.csv.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Ssda903TableTest {

  static Stream<Arguments> fileNames() {
    return Stream.of(
        Arguments.of("header.csv", Ssda903Table.HEADER),
        Arguments.of("Header.CSV", Ssda903Table.HEADER),
        Arguments.of("SSDA903_Header.csv", Ssda903Table.HEADER),
        Arguments.of("episodes.csv", Ssda903Table.EPISODES),
        Arguments.of("903 Episodes.csv", Ssda903Table.EPISODES),
        Arguments.of("reviews.csv", Ssda903Table.REVIEWS),
        Arguments.of("uasc.csv", Ssda903Table.UASC),
        Arguments.of("oc2.csv", Ssda903Table.OC2),
        Arguments.of("OC3.csv", Ssda903Table.OC3),
        Arguments.of("ad1.csv", Ssda903Table.AD1),
        Arguments.of("placed_for_adoption.csv", Ssda903Table.PLACED_ADOPTION),
        Arguments.of("PlacedAdoption.csv", Ssda903Table.PLACED_ADOPTION),
        Arguments.of("previous_permanence.csv", Ssda903Table.PREV_PERM),
        Arguments.of("PrevPerm.csv", Ssda903Table.PREV_PERM),
        Arguments.of("missing.csv", Ssda903Table.MISSING),
        Arguments.of("sw_episodes.csv", Ssda903Table.SW_EPISODES),
        Arguments.of("SWEpisodes.csv", Ssda903Table.SW_EPISODES),
        Arguments.of("DoLo.csv", Ssda903Table.DOLO),
        Arguments.of("dir/sub/dolo.csv", Ssda903Table.DOLO));
  }

  @ParameterizedTest
  @MethodSource("fileNames")
  void test_fromFileName_recognisesTheSampleAndValidatorNames(String name, Ssda903Table table) {
    assertThat(Ssda903Table.fromFileName(name)).contains(table);
  }

  @Test
  void test_fromFileName_rejectsOtherNames() {
    assertThat(Ssda903Table.fromFileName("placed_for_adoption_errors.csv"))
        .isEqualTo(Optional.empty());
    assertThat(Ssda903Table.fromFileName("README.md")).isEmpty();
    assertThat(Ssda903Table.fromFileName("903.csv")).isEmpty();
  }

  @Test
  void test_schema_requiresWhatTheImportUsesAndRedactsPersonalData() {
    assertThat(Ssda903Table.EPISODES.schema().requiredColumns())
        .containsExactly(
            "CHILD",
            "DECOM",
            "RNE",
            "LS",
            "CIN",
            "PLACE",
            "PLACE_PROVIDER",
            "DEC",
            "REC",
            "REASON_PLACE_CHANGE");
    assertThat(Ssda903Table.EPISODES.schema().optionalColumns())
        .containsExactly("HOME_POST", "PL_POST", "URN");
    assertThat(Ssda903Table.HEADER.schema().isSensitive("dob")).isTrue();
    assertThat(Ssda903Table.HEADER.schema().isSensitive("UPN")).isTrue();
    assertThat(Ssda903Table.REVIEWS.schema().isSensitive("DOB")).isTrue();
    assertThat(Ssda903Table.values()).hasSize(12);
  }
}
