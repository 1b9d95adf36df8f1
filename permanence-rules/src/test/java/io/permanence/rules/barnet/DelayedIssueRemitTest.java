package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_17;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_24;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_31;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.DecisionForum;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DelayedIssueRemitTest {

  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate THU_2026_03_05 = LocalDate.of(2026, 3, 5);
  private static final LocalDate FRI_2026_03_06 = LocalDate.of(2026, 3, 6);
  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
  private static final LocalDate TUE_2026_04_21 = LocalDate.of(2026, 4, 21);

  private final DelayedIssueRemit remit = remit(BARNET, DelayedIssueRemit.NAME);

  private static CaseFile decided(LocalDate day) {
    return child("C1").careProceedingsDecided(day, DecisionForum.LEGAL_PLANNING_MEETING).build();
  }

  @Test
  void test_Barnet_Remit_3b_s2_notIssuedWithin10WorkingDays() {
    // decided Mon 2 March: due Mon 16; delayed from Tue 17, after the cut-off (Fri 13) of Tue 17
    assertThat(evaluate(remit, decided(MON_2026_03_02), TUE_2026_03_17).isMet()).isFalse();
    RemitDecision decision = evaluate(remit, decided(MON_2026_03_02), TUE_2026_03_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo(BarnetPanels.REMIT_3B);
    assertThat(decision.reason())
        .isEqualTo(
            "Care proceedings agreed on Mon 2026-03-02, application not issued by Mon 2026-03-16"
                + " (10 working days)");
  }

  @Test
  void test_Barnet_Remit_3b_s2_delayReachedOnTheCutOffDay() {
    // Thu 5: due Thu 19, delayed Fri 20 = the cut-off of Tue 24; Fri 6: delayed Sat 21
    assertThat(evaluate(remit, decided(THU_2026_03_05), TUE_2026_03_24).isMet()).isTrue();
    assertThat(evaluate(remit, decided(FRI_2026_03_06), TUE_2026_03_24).isMet()).isFalse();
    assertThat(evaluate(remit, decided(FRI_2026_03_06), TUE_2026_03_31).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_3b_s2_easterIsNotCounted() {
    // Mon 30 March + 10 working days, skipping Good Friday and Easter Monday: Wed 15 April
    assertThat(evaluate(remit, decided(MON_2026_03_30), TUE_2026_04_14).isMet()).isFalse();
    assertThat(evaluate(remit, decided(MON_2026_03_30), TUE_2026_04_21).reason())
        .contains("not issued by Wed 2026-04-15");
  }

  @Test
  void test_Barnet_Remit_3b_s2_issuedOrHeardIsNotListed() {
    CaseFile issued =
        child("C1")
            .careProceedingsDecided(MON_2026_03_02, DecisionForum.LEGAL_PLANNING_MEETING)
            .careProceedingsIssued(LocalDate.of(2026, 3, 19))
            .build();
    assertThat(evaluate(remit, issued, TUE_2026_03_24).isMet()).isFalse();
    CaseFile heard =
        child("C2")
            .careProceedingsDecided(MON_2026_03_02, DecisionForum.LEGAL_PLANNING_MEETING)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_24, "remit-3b")
            .build();
    assertThat(evaluate(remit, heard, TUE_2026_03_31).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Remit_3b_s2_settings() {
    Authority fifteen =
        new BarnetAuthorityProvider()
            .create(
                BarnetFixtures.DEFAULTS
                    .withText("barnet.proceedings-issue-delay", "15 working days")
                    .withText("barnet.delayed-issue-re-review-interval", "P2W"));
    DelayedIssueRemit slower = remit(fifteen, DelayedIssueRemit.NAME);
    // decided Mon 2 March + 15 working days = Mon 23: not delayed at the cut-off of Tue 24
    assertThat(
            slower
                .evaluate(
                    decided(MON_2026_03_02),
                    forMeeting(fifteen, planningPanel(fifteen), TUE_2026_03_24))
                .isMet())
        .isFalse();
    // heard on Tue 31, still not issued: listed again two weeks later
    CaseFile heard =
        child("C2")
            .careProceedingsDecided(MON_2026_03_02, DecisionForum.LEGAL_PLANNING_MEETING)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_31, "remit-3b")
            .build();
    assertThat(
            slower
                .evaluate(
                    heard, forMeeting(fifteen, planningPanel(fifteen), LocalDate.of(2026, 4, 7)))
                .isMet())
        .isFalse();
    assertThat(
            slower
                .evaluate(heard, forMeeting(fifteen, planningPanel(fifteen), TUE_2026_04_14))
                .isMet())
        .isTrue();
  }
}
