package io.permanence.csv.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.child.ChildId;
import io.permanence.csv.write.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellsTest {

  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.of("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));
  private static final String P_C1 = PSEUDONYMISER.toPseudonym("C1");

  static Stream<Arguments> scrubbed() {
    return Stream.of(
        Arguments.of("C1", "Decision C1-d1 signed off", "Decision " + P_C1 + "-d1 signed off"),
        Arguments.of("C1", "(action C1)", "(action " + P_C1 + ")"),
        Arguments.of("C1", "C1 and C1", P_C1 + " and " + P_C1),
        Arguments.of("C1", "child C12 and XC1", "child C12 and XC1"),
        Arguments.of("C1", "no id here", "no id here"),
        Arguments.of("=x", "a=x", "a" + PSEUDONYMISER.toPseudonym("=x")));
  }

  @ParameterizedTest
  @MethodSource("scrubbed")
  void test_scrub_replacesTheChildsIdAsAWholeWord(String id, String text, String expected) {
    assertThat(Cells.scrub(text, ChildId.of(id), Optional.of(PSEUDONYMISER))).isEqualTo(expected);
  }

  @Test
  void test_scrub_unchangedWithoutPseudonymiser() {
    assertThat(Cells.scrub("Decision C1-d1", ChildId.of("C1"), Optional.empty()))
        .isEqualTo("Decision C1-d1");
  }

  @Test
  void test_id_pseudonymisedOrNot() {
    assertThat(Cells.id("G7", Optional.empty())).isEqualTo("G7");
    assertThat(Cells.id("G7", Optional.of(PSEUDONYMISER)))
        .isEqualTo(PSEUDONYMISER.toPseudonym("G7"));
  }

  @Test
  void test_idsAndLines_joined() {
    assertThat(Cells.ids(Stream.of("iro", "chair"))).isEqualTo("iro;chair");
    assertThat(Cells.lines(Stream.of("first", "second"))).isEqualTo("first\nsecond");
    assertThat(Cells.ids(Stream.empty())).isEmpty();
  }

  @Test
  void test_londonDateTime_inGreenwichAndSummerTime() {
    assertThat(Cells.londonDateTime(Instant.parse("2026-03-13T12:00:00Z")))
        .isEqualTo("2026-03-13 12:00");
    assertThat(Cells.londonDateTime(Instant.parse("2026-04-02T11:00:00Z")))
        .isEqualTo("2026-04-02 12:00");
  }
}
