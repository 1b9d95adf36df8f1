package io.permanence.core.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.base.Strings;
import org.junit.jupiter.api.Test;

class ChildIdTest {

  @Test
  void test_toString_isId() {
    assertThat(ChildId.of("C-0042")).hasToString("C-0042");
  }

  @Test
  void test_of_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildId.of(" "))
        .withMessage("child id must not be blank but was ' '");
  }

  @Test
  void test_of_tooLong() {
    String id = Strings.repeat("x", 65);
    assertThat(ChildId.of(Strings.repeat("x", 64)).id()).hasSize(64);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildId.of(id))
        .withMessageContaining("at most 64 characters but was 65");
  }

  @Test
  void test_of_untrimmed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildId.of(" C1"))
        .withMessageContaining("' C1'");
  }
}
