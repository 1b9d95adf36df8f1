package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import org.junit.jupiter.api.Test;

class BarnetAuthorityProviderTest {

  @Test
  void test_create_foundByServiceLoader() {
    assertThat(Authorities.get(AuthorityId.of("barnet")))
        .isInstanceOf(BarnetAuthorityProvider.class);
  }

  @Test
  void test_create_withDefaults() {
    assertThat(BARNET.id()).isEqualTo(Barnet.ID);
    assertThat(BARNET.calendar()).isEqualTo(WorkingCalendars.englandAndWales());
    assertThat(BARNET.panels())
        .extracting(Panel::id)
        .containsExactly(Barnet.PERMANENCY_PLANNING_PANEL);
    assertThat(BARNET.remits())
        .extracting(Remit::name)
        .containsExactly(
            BecameLookedAfterRemit.NAME,
            AtRiskRemit.NAME,
            PreProceedingsConsideredRemit.NAME,
            CareProceedingsConsideredRemit.NAME,
            RemandRemit.NAME,
            PloReviewRemit.NAME,
            DelayedIssueRemit.NAME,
            ResidentialPlacementRemit.NAME,
            ScrutinyRemit.NAME);
    assertThat(BARNET.deadlineRules())
        .containsSubsequence(StatutoryTimescales.standard())
        .doesNotContain(
            StatutoryTimescales.placementPlan(), StatutoryTimescales.placementNotification());
    assertThat(BARNET.deadlineRules())
        .extracting(CaseDeadlineRule::name)
        .endsWith(
            BlaPresentationRule.NAME,
            PloReviewDeadlineRule.NAME,
            IssueDelayRule.NAME,
            DecisionSignOffRule.NAME);
    assertThat(BARNET.exclusions()).hasSize(1);
    assertThat(BARNET.escalation()).isEqualTo(Role.HEAD_OF_SERVICE);
    assertThat(BARNET.settings()).isEqualTo(DEFAULTS);
  }

  @Test
  void test_create_everyRuleCitesTheBarnetDocument() {
    assertThat(BARNET.remits())
        .allSatisfy(r -> assertThat(r.citation().document()).isEqualTo(Barnet.DOCUMENT));
    assertThat(BARNET.deadlineRules())
        .filteredOn(r -> !StatutoryTimescales.catalogue().contains(r))
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.citation().document()).isEqualTo(Barnet.DOCUMENT));
    assertThat(BARNET.exclusions())
        .allSatisfy(r -> assertThat(r.citation().document()).isEqualTo(Barnet.DOCUMENT));
    assertThat(BarnetSettings.all())
        .allSatisfy(s -> assertThat(s.citation().document()).isEqualTo(Barnet.DOCUMENT));
  }

  @Test
  void test_create_trackingMeetingWhenScheduled() {
    Authority withPtm =
        BarnetFixtures.withSetting(
            "barnet.ptm.schedule", "FREQ=MONTHLY;BYDAY=2TH from 2026-01-08 at 14:00 for PT2H");
    assertThat(withPtm.panels())
        .extracting(Panel::id)
        .containsExactly(Barnet.PERMANENCY_PLANNING_PANEL, Barnet.PERMANENCY_TRACKING_MEETING);
    assertThat(withPtm.remits()).extracting(Remit::name).contains(TrackingMeetingRemit.NAME);
  }

  @Test
  void test_settings_namedByAuthorityWithDefaults() {
    assertThat(new BarnetAuthorityProvider().settings())
        .extracting(Setting::name)
        .allMatch(name -> name.startsWith("barnet."))
        .doesNotHaveDuplicates()
        .contains(
            "barnet.bla-window-close",
            "barnet.proceedings-issue-delay",
            "barnet.plo-review-interval",
            "barnet.ptm.schedule");
    assertThat(DEFAULTS.get(BarnetSettings.PTM_SCHEDULE)).isEmpty();
    assertThat(DEFAULTS.get(BarnetSettings.PROCEEDINGS_ISSUE_DELAY).toString())
        .isEqualTo("10 working days");
  }

  @Test
  void test_settings_badTextNamesTheSetting() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.withText("barnet.bla-window-close", "Tuesday at five"))
        .withMessageContaining("barnet.bla-window-close");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.withText("barnet.bla-present-if-ceased", "yes"))
        .withMessageContaining("barnet.bla-present-if-ceased");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DEFAULTS.withText("barnet.no-such-setting", "x"))
        .withMessageContaining("unknown setting");
  }
}
