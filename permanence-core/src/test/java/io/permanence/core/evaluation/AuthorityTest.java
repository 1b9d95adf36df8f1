package io.permanence.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorityTest {

  @Test
  void test_check_deadlineRuleNamesUnique() {
    assertThat(TestAuthority.authority().deadlineRules())
        .extracting(CaseDeadlineRule::name)
        .containsExactly("Initial review");
    assertThatThrownBy(
            () ->
                TestAuthority.builder(List.of())
                    .addDeadlineRules(new TestAuthority.InitialReview())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two deadline rules named 'Initial review'");
  }
}
