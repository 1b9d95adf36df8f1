package io.permanence.csv.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.csv.write.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.of("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void test_defaults_plainWithoutByteOrderMark() {
    ExportOptions options = ExportOptions.defaults();

    assertThat(options.pseudonymiser()).isEmpty();
    assertThat(options.byteOrderMark()).isFalse();
  }

  @Test
  void test_pseudonymised_keepsThePseudonymiser() {
    ExportOptions options = ExportOptions.pseudonymised(PSEUDONYMISER);

    assertThat(options.pseudonymiser()).containsSame(PSEUDONYMISER);
    assertThat(options.byteOrderMark()).isFalse();
  }

  @Test
  void test_withByteOrderMark_copies() {
    ExportOptions options = ExportOptions.pseudonymised(PSEUDONYMISER).withByteOrderMark(true);

    assertThat(options.byteOrderMark()).isTrue();
    assertThat(options.pseudonymiser()).containsSame(PSEUDONYMISER);
    assertThat(ExportOptions.defaults().withPseudonymiser(PSEUDONYMISER))
        .isEqualTo(ExportOptions.pseudonymised(PSEUDONYMISER));
  }

  @Test
  void test_pseudonymised_rejectsNull() {
    assertThatThrownBy(() -> ExportOptions.pseudonymised(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pseudonymiser");
  }

  @Test
  void test_toString_neverShowsTheKey() {
    assertThat(ExportOptions.pseudonymised(PSEUDONYMISER).withByteOrderMark(true))
        .hasToString("ExportOptions{pseudonymised, byteOrderMark}");
    assertThat(ExportOptions.defaults()).hasToString("ExportOptions{not pseudonymised}");
  }
}
