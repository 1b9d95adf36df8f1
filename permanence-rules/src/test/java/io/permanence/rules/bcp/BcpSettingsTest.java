package io.permanence.rules.bcp;

import static io.permanence.rules.bcp.BcpFixtures.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BcpSettingsTest {

  @Test
  void test_all_uniqueNamesEachCitingBcp() {
    assertThat(BcpSettings.ALL.stream().map(Setting::name).distinct())
        .hasSize(BcpSettings.ALL.size());
    assertThat(BcpSettings.ALL)
        .allSatisfy(
            s -> assertThat(s.citation().document()).isEqualTo(BcpAuthorityProvider.DOCUMENT));
  }

  @Test
  void test_defaults_asInterpreted() {
    AuthoritySettings settings = defaults();
    assertThat(settings.get(BcpSettings.S20_CODES)).containsExactly(LegalStatusCode.V2);
    assertThat(settings.get(BcpSettings.S20_THRESHOLD)).isEqualTo(Period.ofDays(84));
    assertThat(settings.get(BcpSettings.RECENTLY_REVIEWED_WITHIN)).isEqualTo(Period.ofWeeks(5));
    assertThat(settings.get(BcpSettings.LGM_S20_DETERMINATION_VALIDITY)).isEmpty();
    assertThat(settings.get(BcpSettings.ROTATION_ORDER)).containsExactly(BcpCohort.values());
    assertThat(settings.get(BcpSettings.EXCLUDED_LEGAL_STATUSES))
        .containsExactly(LegalStatusCode.V3, LegalStatusCode.V4);
  }

  @Test
  void test_withText_readsEachKind() {
    AuthoritySettings settings =
        defaults()
            .withText("bcp.cancelled-meetings", "2026-12-24, 2026-12-31")
            .withText("bcp.lgm-s20-determination-validity", "P6M")
            .withText("bcp.rotation-order", "[(b), (a), c, d, e]")
            .withText("common.excluded-legal-statuses", "")
            .withText("bcp.rotation-on-cancelled-meeting", "defer");
    assertThat(settings.get(BcpSettings.CANCELLED_MEETINGS))
        .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
    assertThat(settings.get(BcpSettings.LGM_S20_DETERMINATION_VALIDITY))
        .isEqualTo(Optional.of(Period.ofMonths(6)));
    assertThat(settings.get(BcpSettings.ROTATION_ORDER))
        .containsExactly(BcpCohort.B, BcpCohort.A, BcpCohort.C, BcpCohort.D, BcpCohort.E);
    assertThat(settings.get(BcpSettings.EXCLUDED_LEGAL_STATUSES)).isEmpty();
    assertThat(settings.get(BcpSettings.ROTATION_ON_CANCELLED_MEETING))
        .isEqualTo(BcpSettings.RotationOnCancelledMeeting.DEFER);
  }

  static Stream<Arguments> badText() {
    return Stream.of(
        Arguments.of("bcp.rotation-anchor", "2026-01-09", "Thursday"),
        Arguments.of("bcp.rotation-order", "a,b,c,d,d", "five cohorts"),
        Arguments.of("bcp.rotation-order", "a,b,c,d,f", "cohort must be"),
        Arguments.of("bcp.cut-off", "MONDAY", "DAY HH:MM"),
        Arguments.of("bcp.not-matched-cohort", "SOME", "PLAN_LONG_TERM_FOSTERING"),
        Arguments.of("bcp.s20-codes", "", "at least one"),
        Arguments.of("bcp.reunification-includes-contingency", "yes", "true or false"),
        Arguments.of("bcp.considerations-by-cohort", "a=i;b=ii", "all five cohorts"),
        Arguments.of("bcp.considerations-by-cohort", "a=vi;b=i;c=i;d=i;e=i", "consideration"),
        Arguments.of("bcp.case-note-date-format", "dd/MM/yyyy{", ""));
  }

  @ParameterizedTest
  @MethodSource("badText")
  void test_withText_badTextNamesTheSetting(String name, String text, String expected) {
    assertThatThrownBy(() -> defaults().withText(name, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name)
        .hasMessageContaining(expected);
  }

  @Test
  void test_withText_unknownSettingRejected() {
    assertThatThrownBy(() -> defaults().withText("bcp.no-such-setting", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bcp.rotation-anchor");
  }

  @Test
  void test_all_inDeclarationOrder() {
    assertThat(BcpSettings.ALL.get(0)).isEqualTo(BcpSettings.SCHEDULE);
    assertThat(List.copyOf(BcpSettings.ALL)).contains(BcpSettings.NO_PLAN_INCLUDES_OTHER);
  }
}
