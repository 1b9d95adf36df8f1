package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.evaluation.Setting;
import io.permanence.core.time.CutOff;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuckinghamshireSettingsTest {

  @Test
  void test_all_namesUniqueAndCited() {
    assertThat(BuckinghamshireSettings.ALL).extracting(Setting::name).doesNotHaveDuplicates();
    assertThat(BuckinghamshireSettings.ALL)
        .allSatisfy(
            s -> assertThat(s.citation().document()).isEqualTo(BuckinghamshireSettings.DOCUMENT));
  }

  @Test
  void test_defaults_areTheDocumentedReadings() {
    assertThat(BuckinghamshireSettings.PLO_REVIEW_WEEKS.defaultValue()).containsExactly(6, 12);
    assertThat(BuckinghamshireSettings.UASC_S20_THRESHOLD.defaultValue())
        .isEqualTo(Period.ofDays(42));
    assertThat(BuckinghamshireSettings.SO_EXPIRY_LEAD.defaultValue()).isEqualTo(Period.ofMonths(3));
    assertThat(BuckinghamshireSettings.LPNAP_CUT_OFF.defaultValue())
        .isEqualTo(CutOff.workingDaysBefore(1, LocalTime.of(17, 0)));
  }

  @Test
  void test_parseCutOff_bothForms() {
    assertThat(BuckinghamshireSettings.parseCutOff("WD-2 9:30"))
        .isEqualTo(CutOff.workingDaysBefore(2, LocalTime.of(9, 30)));
    assertThat(BuckinghamshireSettings.parseCutOff("friday 12:00"))
        .isEqualTo(CutOff.onDayBefore(DayOfWeek.FRIDAY, LocalTime.NOON));
    assertThatThrownBy(() -> BuckinghamshireSettings.parseCutOff("noon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'noon'");
  }

  @Test
  void test_withText_badValues_nameTheSetting() {
    var settings = BucksFixture.defaults();
    assertThatThrownBy(() -> settings.withText("buckinghamshire.plo-review-weeks", "6"))
        .hasMessageContaining("buckinghamshire.plo-review-weeks");
    assertThatThrownBy(() -> settings.withText("buckinghamshire.uasc-s20-threshold", "P40D"))
        .hasMessageContaining("whole weeks");
    assertThatThrownBy(() -> settings.withText("buckinghamshire.complex-needs.schedule", "monthly"))
        .hasMessageContaining("expected");
    assertThatThrownBy(() -> settings.withText("buckinghamshire.no-such", "x"))
        .hasMessageContaining("unknown setting");
  }

  @Test
  void test_ploStartEvent_setting_decisionFirst() {
    var settings = BucksFixture.defaults().withText("buckinghamshire.plo-start-event", "decision");
    assertThat(settings.get(BuckinghamshireSettings.PLO_START_EVENT))
        .isEqualTo(List.of(PloStartEvent.DECISION));
  }

  @Test
  void test_isExampleComplexNeedsSchedule_untilSet() {
    assertThat(
            BuckinghamshireAuthorityProvider.isExampleComplexNeedsSchedule(BucksFixture.defaults()))
        .isTrue();
    assertThat(
            BuckinghamshireAuthorityProvider.isExampleComplexNeedsSchedule(
                BucksFixture.defaults()
                    .withText(
                        "buckinghamshire.complex-needs.schedule",
                        "FREQ=MONTHLY;BYDAY=2TU from 2026-01-13 at 10:00 for PT2H")))
        .isFalse();
  }
}
