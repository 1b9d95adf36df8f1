package io.permanence.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionYearTest {

  private static final LocalDate SAT_2023_04_01 = LocalDate.of(2023, 4, 1);
  private static final LocalDate SUN_2024_03_31 = LocalDate.of(2024, 3, 31);
  private static final LocalDate MON_2024_04_01 = LocalDate.of(2024, 4, 1);

  @Test
  void test_of_bounds() {
    CollectionYear year = CollectionYear.of(2024);
    assertThat(year.start()).isEqualTo(SAT_2023_04_01);
    assertThat(year.endInclusive()).isEqualTo(SUN_2024_03_31);
    assertThat(year.endExclusive()).isEqualTo(MON_2024_04_01);
    assertThat(year).hasToString("2023-24");
  }

  static Stream<Arguments> containing() {
    return Stream.of(
        Arguments.of(SAT_2023_04_01, 2024),
        Arguments.of(SUN_2024_03_31, 2024),
        Arguments.of(MON_2024_04_01, 2025),
        Arguments.of(LocalDate.of(2000, 1, 1), 2000));
  }

  @ParameterizedTest
  @MethodSource("containing")
  void test_containing_aprilToMarch(LocalDate date, int endYear) {
    CollectionYear year = CollectionYear.containing(date);
    assertThat(year).isEqualTo(CollectionYear.of(endYear));
    assertThat(year.contains(date)).isTrue();
    assertThat(year.next().contains(date)).isFalse();
    assertThat(year.previous().contains(date)).isFalse();
  }

  @Test
  void test_parse_bothForms() {
    assertThat(CollectionYear.parse("2023-24")).isEqualTo(CollectionYear.of(2024));
    assertThat(CollectionYear.parse("2024")).isEqualTo(CollectionYear.of(2024));
    assertThat(CollectionYear.parse("1999-00")).isEqualTo(CollectionYear.of(2000));
  }

  @Test
  void test_parse_roundTrip() {
    CollectionYear year = CollectionYear.of(2026);
    assertThat(CollectionYear.parse(year.toString())).isEqualTo(year);
  }

  @Test
  void test_parse_nonConsecutiveYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CollectionYear.parse("2023-25"))
        .withMessageContaining("'2023-25'");
  }

  @Test
  void test_parse_garbage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CollectionYear.parse("23/24"))
        .withMessageContaining("must look like 2023-24 or 2024 but was '23/24'");
  }

  @Test
  void test_compareTo_chronological() {
    assertThat(CollectionYear.of(2024)).isLessThan(CollectionYear.of(2025));
    assertThat(CollectionYear.of(2024).isBefore(CollectionYear.of(2025))).isTrue();
  }
}
