package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ImportFindingTest {

  @Test
  void test_toString_readsLikeACompilerMessage() {
    ImportFinding finding =
        ImportFinding.builder()
            .fileName("episodes.csv")
            .lineNumber(42)
            .column("DECOM")
            .value("31/02/2017")
            .reason("is not a valid date (expected dd/mm/yyyy or yyyy-mm-dd)")
            .severity(ImportFinding.Severity.ERROR)
            .build();
    assertThat(finding)
        .hasToString(
            "episodes.csv:42: column DECOM: '31/02/2017' is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd)");
    assertThat(finding.isError()).isTrue();
  }

  @Test
  void test_toString_warningWithoutColumn() {
    assertThat(ImportFinding.warning("header.csv", 1, "columns not used were ignored: FOO"))
        .hasToString("header.csv:1: warning: columns not used were ignored: FOO");
  }

  @Test
  void test_toString_redactsSensitiveValues() {
    ImportFinding finding =
        ImportFinding.builder()
            .fileName("header.csv")
            .lineNumber(7)
            .column("DOB")
            .value("31/02/2008")
            .reason("is not a valid date")
            .severity(ImportFinding.Severity.ERROR)
            .isSensitive(true)
            .build();
    assertThat(finding).hasToString("header.csv:7: column DOB: <redacted> is not a valid date");
    assertThat(finding.value()).contains("31/02/2008");
  }

  @Test
  void test_displayValue_shortValueUnchanged() {
    assertThat(ImportFinding.displayValue("C2")).isEqualTo("C2");
  }

  @Test
  void test_displayValue_longValueTruncatedWithLength() {
    String display = ImportFinding.displayValue("x".repeat(1_048_576));
    assertThat(display).isEqualTo("x".repeat(80) + "… (1048576 characters)");
  }

  @Test
  void test_displayValue_escapesControlCharacters() {
    assertThat(ImportFinding.displayValue("a\nb\r\tc\u0000")).isEqualTo("a\\nb\\r\\tc\\u0000");
  }

  @Test
  void test_build_lineNumberMustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImportFinding.error("a.csv", 0, "bad"))
        .withMessageContaining("lineNumber must be >= 1 but was 0");
  }

  @Test
  void test_build_valueMustBeDisplaySafe() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImportFinding.builder()
                    .fileName("a.csv")
                    .lineNumber(2)
                    .value("x".repeat(1000))
                    .reason("bad")
                    .severity(ImportFinding.Severity.ERROR)
                    .build())
        .withMessageContaining("display-safe");
  }
}
