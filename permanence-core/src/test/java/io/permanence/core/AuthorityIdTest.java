package io.permanence.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorityIdTest {

  static Stream<String> valid() {
    return Stream.of("barnet", "bcp", "north-somerset", "knowsley", "buckinghamshire");
  }

  @ParameterizedTest
  @MethodSource("valid")
  void test_of_designAuthorities(String id) {
    assertThat(AuthorityId.of(id)).hasToString(id);
  }

  static Stream<String> invalid() {
    return Stream.of("Barnet", "north somerset", "", "bcp_", "x.y");
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void test_of_invalidNamesValue(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuthorityId.of(id))
        .withMessageContaining("authority id must match [a-z0-9-]+")
        .withMessageContaining("'" + id + "'");
  }
}
