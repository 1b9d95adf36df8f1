package io.permanence.csv.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.csv.write.SafeCsvWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellTextTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("it's", "it's"),
        Arguments.of("", "''"),
        Arguments.of(" ", "' '"),
        Arguments.of(" padded ", "' padded '"),
        Arguments.of("'quoted'", "''quoted''"),
        Arguments.of("'", "'''"),
        Arguments.of("=SUM(A1)", "'=SUM(A1)'"),
        Arguments.of("=x'", "'=x''"),
        Arguments.of("+44", "'+44'"),
        Arguments.of("-5", "'-5'"),
        Arguments.of("@home", "'@home'"),
        Arguments.of("\tx", "'\tx'"),
        Arguments.of("a,b\n\"c\"", "a,b\n\"c\""));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void test_encode_wrapsOnlyWhatTheReaderOrASpreadsheetWouldChange(String text, String cell) {
    assertThat(CellText.encode(text)).isEqualTo(cell);
    assertThat(SafeCsvWriter.neutralise(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void test_decode_reversesEncode(String text, String cell) {
    assertThat(CellText.decode(cell)).isEqualTo(text);
  }

  @Test
  void test_decode_dropsTheApostropheOfACellNeutralisedElsewhere() {
    assertThat(CellText.decode("'=1+1")).isEqualTo("=1+1");
  }
}
