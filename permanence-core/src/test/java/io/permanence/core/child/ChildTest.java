package io.permanence.core.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChildTest {

  private static final ChildId C1 = ChildId.of("C1");
  private static final LocalDate FRI_2008_02_29 = LocalDate.of(2008, 2, 29);
  private static final LocalDate MON_2015_06_15 = LocalDate.of(2015, 6, 15);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  static Stream<Arguments> ages() {
    return Stream.of(
        Arguments.of(MON_2015_06_15, MON_2015_06_15, 0),
        Arguments.of(MON_2015_06_15, LocalDate.of(2016, 6, 14), 0),
        Arguments.of(MON_2015_06_15, LocalDate.of(2016, 6, 15), 1),
        Arguments.of(MON_2015_06_15, MON_2026_03_16, 10),
        Arguments.of(FRI_2008_02_29, LocalDate.of(2009, 2, 28), 0),
        Arguments.of(FRI_2008_02_29, LocalDate.of(2009, 3, 1), 1),
        Arguments.of(FRI_2008_02_29, LocalDate.of(2012, 2, 29), 4));
  }

  @ParameterizedTest
  @MethodSource("ages")
  void test_ageOn_wholeYears(LocalDate born, LocalDate on, int age) {
    Child child = Child.of(C1, born);
    assertThat(child.ageOn(on)).isEqualTo(age);
    assertThat(child.findAgeOn(on)).contains(age);
  }

  @Test
  void test_ageOn_beforeBirthFails() {
    Child child = Child.of(C1, MON_2015_06_15);
    assertThat(child.findAgeOn(MON_2015_06_15.minusDays(1))).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> child.ageOn(MON_2015_06_15.minusDays(1)))
        .withMessage("child C1 has no age on 2015-06-14: not born on that date");
  }

  @Test
  void test_isUnbornOn_unbornChildIsUnbornOnEveryDate() {
    Child unborn = Child.unborn(C1, MON_2026_03_16);
    assertThat(unborn.isUnbornOn(MON_2026_03_16.plusYears(1))).isTrue();
    assertThat(unborn.findAgeOn(MON_2026_03_16.plusYears(1))).isEmpty();
    assertThat(unborn.findBirthday(18)).isEmpty();
  }

  @Test
  void test_isUnbornOn_bornChild() {
    Child child = Child.of(C1, MON_2015_06_15);
    assertThat(child.isUnbornOn(MON_2015_06_15.minusDays(1))).isTrue();
    assertThat(child.isUnbornOn(MON_2015_06_15)).isFalse();
  }

  @Test
  void test_findBirthday_leapDayChildTurnsOnFirstMarch() {
    Child child = Child.of(C1, FRI_2008_02_29);
    assertThat(child.findBirthday(18)).contains(LocalDate.of(2026, 3, 1));
    assertThat(child.findBirthday(16)).contains(LocalDate.of(2024, 2, 29));
    assertThat(child.ageOn(child.findBirthday(18).orElseThrow())).isEqualTo(18);
  }

  @Test
  void test_builder_needsExactlyOneDateOfBirth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Child.builder().id(C1).build())
        .withMessage(
            "child C1 must have exactly one of dateOfBirth and expectedDateOfBirth but had neither");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Child.builder()
                    .id(C1)
                    .dateOfBirth(MON_2015_06_15)
                    .expectedDateOfBirth(MON_2015_06_15)
                    .build())
        .withMessageContaining("but had both");
  }

  @Test
  void test_builder_missingIdNamesAttribute() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Child.builder().dateOfBirth(MON_2015_06_15).build())
        .withMessageContaining("id");
  }

  @Test
  void test_isUascOn_untilStatusCeased() {
    Child child =
        Child.builder()
            .id(C1)
            .dateOfBirth(MON_2015_06_15)
            .isUasc(true)
            .uascCeasedOn(MON_2026_03_16)
            .build();
    assertThat(child.isUascOn(MON_2026_03_16.minusDays(1))).isTrue();
    assertThat(child.isUascOn(MON_2026_03_16)).isFalse();
  }

  @Test
  void test_builder_uascCeasedRequiresUasc() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Child.builder()
                    .id(C1)
                    .dateOfBirth(MON_2015_06_15)
                    .uascCeasedOn(MON_2026_03_16)
                    .build())
        .withMessageContaining("child C1: uascCeasedOn requires isUasc");
  }

  @Test
  void test_toString_redactsDateOfBirth() {
    Child child =
        Child.builder()
            .id(C1)
            .dateOfBirth(MON_2015_06_15)
            .siblingGroup(SiblingGroupId.of("S7"))
            .build();
    assertThat(child.toString())
        .isEqualTo("Child{id=C1, dateOfBirth=<redacted>, siblingGroup=S7}")
        .doesNotContain("2015");
    assertThat(Child.unborn(C1, MON_2026_03_16).toString()).doesNotContain("2026");
  }

  @Test
  void test_equals_byValue() {
    assertThat(Child.of(C1, MON_2015_06_15)).isEqualTo(Child.of(ChildId.of("C1"), MON_2015_06_15));
    assertThat(Child.of(C1, MON_2015_06_15)).isNotEqualTo(Child.of(C1, MON_2026_03_16));
  }
}
