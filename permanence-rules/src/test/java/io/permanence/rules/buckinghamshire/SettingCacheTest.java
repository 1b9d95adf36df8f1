package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SettingCacheTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  private static EvaluationContext context(AuthoritySettings settings) {
    return EvaluationContext.of(MON_2026_03_16, BucksFixture.AUTHORITY.calendar(), settings);
  }

  @Test
  void test_get_valueOfTheContextsSettings() {
    SettingCache<Period> cache = new SettingCache<>(BuckinghamshireSettings.REFERRAL_OPEN_FOR);
    AuthoritySettings defaults = BucksFixture.defaults();
    AuthoritySettings changed =
        defaults.with(BuckinghamshireSettings.REFERRAL_OPEN_FOR, Period.ofDays(3));
    assertThat(cache.get(context(defaults)))
        .isEqualTo(defaults.get(BuckinghamshireSettings.REFERRAL_OPEN_FOR));
    assertThat(cache.get(context(changed))).isEqualTo(Period.ofDays(3));
    assertThat(cache.get(context(defaults)))
        .isEqualTo(defaults.get(BuckinghamshireSettings.REFERRAL_OPEN_FOR))
        .isNotEqualTo(Period.ofDays(3));
  }
}
