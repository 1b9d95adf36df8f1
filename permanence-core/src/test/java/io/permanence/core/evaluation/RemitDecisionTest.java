package io.permanence.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RemitDecisionTest {

  private static final Remit REMIT =
      new TestAuthority.NewToCare("new to care", TestAuthority.NEW_TO_CARE);

  @Test
  void test_notMet_reasonFunction_calledOnceWhenFirstRead_notPartOfEquality() {
    AtomicInteger calls = new AtomicInteger();
    RemitDecision lazy =
        RemitDecision.notMet(
            REMIT,
            () -> {
              calls.incrementAndGet();
              return "not looked after";
            });

    assertThat(calls).hasValue(0);
    assertThat(lazy.isMet()).isFalse();
    assertThat(lazy.reason()).isEqualTo("not looked after");
    assertThat(lazy.toString()).isEqualTo("NotMet{new to care: not looked after (Test ToR 3.1)}");
    assertThat(calls).hasValue(1);
    assertThat(lazy).isEqualTo(RemitDecision.notMet(REMIT, "another reason"));
  }

  @Test
  void test_notMet_text_keptAsGiven() {
    RemitDecision decision = RemitDecision.notMet(REMIT, "aged 17");

    assertThat(decision.reason()).isEqualTo("aged 17");
    assertThat(decision.remit()).isEqualTo("new to care");
    assertThat(decision.citation()).isEqualTo(REMIT.citation());
    assertThat(decision.referral()).isEmpty();
  }
}
