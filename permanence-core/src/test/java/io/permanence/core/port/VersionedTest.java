package io.permanence.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VersionedTest {

  @Test
  void test_next_incrementsVersion() {
    Versioned<String> first = Versioned.of("a", 1);
    assertThat(first.next("b")).isEqualTo(Versioned.of("b", 2));
  }

  @Test
  void test_of_versionFromOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Versioned.of("a", 0))
        .withMessage("version must be >= 1 but was 0");
  }

  @Test
  void test_concurrentUpdateException_namesEntityIdAndVersions() {
    ConcurrentUpdateException e = new ConcurrentUpdateException("PanelAction", "A-17", 3, 4);
    assertThat(e).hasMessage("concurrent update of PanelAction A-17: expected version 3 but was 4");
    assertThat(e.expectedVersion()).isEqualTo(3);
    assertThat(e.actualVersion()).isEqualTo(4);
  }
}
