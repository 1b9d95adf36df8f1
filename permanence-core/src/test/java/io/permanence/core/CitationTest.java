package io.permanence.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void test_toString_readsAsCitation() {
    assertThat(Citation.of("Children Act 1989", "s.32(1)(a)"))
        .hasToString("Children Act 1989 s.32(1)(a)");
  }

  @Test
  void test_toString_marksUnverifiedSources() {
    Citation citation =
        Citation.of("Children Act 1989", "s.46(6)", Citation.SourceStatus.UNVERIFIED);
    assertThat(citation.isVerified()).isFalse();
    assertThat(citation).hasToString("Children Act 1989 s.46(6) [unverified]");
  }

  @Test
  void test_equals_byValue() {
    assertThat(Citation.of("CPPCR 2010", "reg 33(1)"))
        .isEqualTo(Citation.of("CPPCR 2010", "reg 33(1)"));
  }

  @Test
  void test_of_blankClause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Citation.of("CPPCR 2010", " "))
        .withMessageContaining("clause must not be blank");
  }

  @Test
  void test_of_null() {
    assertThatIllegalArgumentException().isThrownBy(() -> Citation.of(null, "reg 33"));
  }
}
