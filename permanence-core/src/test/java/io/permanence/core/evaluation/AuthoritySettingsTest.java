package io.permanence.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.Citation;
import io.permanence.core.time.Timescale;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoritySettingsTest {

  private static final Citation CLAUSE = Citation.of("Barnet PPP ToR", "Remit 3(b)");
  private static final Setting<Timescale> ISSUE_DELAY =
      Setting.of(
          "barnet.proceedingsIssueDelay",
          "Delay in application: not issued within this timescale of the decision to issue.",
          CLAUSE,
          Timescale.workingDays(10),
          Timescale::parse);
  private static final Setting<Integer> WEEKS =
      Setting.of(
          "barnet.ploReviewWeeks", "Weeks between PLO reviews.", CLAUSE, 8, Integer::valueOf);

  @Test
  void test_get_defaultUnlessOverridden() {
    AuthoritySettings settings = AuthoritySettings.defaults(List.of(ISSUE_DELAY, WEEKS));

    assertThat(settings.get(ISSUE_DELAY)).isEqualTo(Timescale.workingDays(10));
    assertThat(settings.with(WEEKS, 6).get(WEEKS)).isEqualTo(6);
    assertThat(settings.get(WEEKS)).isEqualTo(8);
  }

  @Test
  void test_withText_parsesValue() {
    AuthoritySettings settings =
        AuthoritySettings.defaults(List.of(ISSUE_DELAY))
            .withText("barnet.proceedingsIssueDelay", "15 working days");

    assertThat(settings.get(ISSUE_DELAY)).isEqualTo(Timescale.workingDays(15));
  }

  @Test
  void test_withText_unknownName_listsKnownSettings() {
    AuthoritySettings settings = AuthoritySettings.defaults(List.of(ISSUE_DELAY, WEEKS));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> settings.withText("barnet.issueDelay", "3 days"))
        .withMessageContaining("barnet.issueDelay")
        .withMessageContaining("barnet.proceedingsIssueDelay")
        .withMessageContaining("barnet.ploReviewWeeks");
  }

  @Test
  void test_withText_badValue_namesSettingAndQuotesText() {
    AuthoritySettings settings = AuthoritySettings.defaults(List.of(ISSUE_DELAY));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> settings.withText("barnet.proceedingsIssueDelay", "ten days"))
        .withMessageContaining("barnet.proceedingsIssueDelay")
        .withMessageContaining("'ten days'");
  }

  @Test
  void test_get_undeclaredSetting() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuthoritySettings.none().get(WEEKS))
        .withMessageContaining("unknown setting 'barnet.ploReviewWeeks'");
  }

  @Test
  void test_defaults_duplicateNames() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuthoritySettings.defaults(List.of(WEEKS, WEEKS)))
        .withMessageContaining("unique");
  }

  @Test
  void test_settingOf_badName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Setting.of("Barnet delay", "x", CLAUSE, 1, Integer::valueOf))
        .withMessageContaining("'Barnet delay'");
  }

  @Test
  void test_equals_byValue() {
    AuthoritySettings a = AuthoritySettings.defaults(List.of(WEEKS)).with(WEEKS, 4);
    AuthoritySettings b =
        AuthoritySettings.defaults(List.of(WEEKS)).withText("barnet.ploReviewWeeks", "4");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).hasToString("AuthoritySettings{barnet.ploReviewWeeks=4}");
  }

  @Test
  void test_parseBoolean_trueFalseOnly() {
    assertThat(Setting.parseBoolean(" TRUE ")).isTrue();
    assertThat(Setting.parseBoolean("false")).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Setting.parseBoolean("yes"))
        .withMessageContaining("expected true or false but was 'yes'");
  }

  @Test
  void test_parseOptionalText_noneOrUnsetIsEmpty() {
    assertThat(Setting.parseOptionalText("  ")).isEmpty();
    assertThat(Setting.parseOptionalText("None")).isEmpty();
    assertThat(Setting.parseOptionalText("UNSET")).isEmpty();
    assertThat(Setting.parseOptionalText(" FREQ=MONTHLY ")).contains("FREQ=MONTHLY");
  }
}
