package io.permanence.rules.barnet;

import static io.permanence.rules.barnet.BarnetFixtures.BARNET;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_03;
import static io.permanence.rules.barnet.BarnetFixtures.TUE_2026_03_10;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.evaluate;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.planningPanel;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.PreProceedingsOutcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PloReviewRemitTest {

  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate TUE_2026_01_06 = LocalDate.of(2026, 1, 6);
  private static final LocalDate TUE_2026_02_17 = LocalDate.of(2026, 2, 17);
  private static final LocalDate TUE_2026_02_24 = LocalDate.of(2026, 2, 24);
  private static final LocalDate TUE_2026_04_21 = LocalDate.of(2026, 4, 21);
  private static final LocalDate TUE_2026_04_28 = LocalDate.of(2026, 4, 28);
  private static final LocalDate TUE_2026_05_05 = LocalDate.of(2026, 5, 5);

  private final PloReviewRemit remit = remit(BARNET, PloReviewRemit.NAME);

  @Test
  void test_Barnet_Remit_3a_firstReviewInTheWeekEndingEightWeeksAfterStart() {
    // PLO Mon 5 Jan: due Mon 2 March; the Tuesday in [Tue 24 Feb, Mon 2 March] is the 24th
    CaseFile monday = child("C1").preProceedingsFrom(MON_2026_01_05).build();
    assertThat(evaluate(remit, monday, TUE_2026_02_17).isMet()).isFalse();
    RemitDecision decision = evaluate(remit, monday, TUE_2026_02_24);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().heading().id()).isEqualTo(BarnetPanels.REMIT_3A);
    assertThat(decision.reason())
        .isEqualTo(
            "In pre-proceedings since Mon 2026-01-05: review due Mon 2026-03-02 (8 weeks after"
                + " pre-proceedings began on Mon 2026-01-05)");
    // PLO Tue 6 Jan: due Tue 3 March, the window opens Wed 25 Feb
    CaseFile tuesday = child("C2").preProceedingsFrom(TUE_2026_01_06).build();
    assertThat(evaluate(remit, tuesday, TUE_2026_02_24).isMet()).isFalse();
    assertThat(evaluate(remit, tuesday, TUE_2026_03_03).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_3a_rollingFromTheLastReview() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_03, "remit-3a")
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_10).isMet()).isFalse();
    assertThat(evaluate(remit, file, TUE_2026_04_21).isMet()).isFalse();
    assertThat(evaluate(remit, file, TUE_2026_04_28).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Remit_3a_unheardReviewIsCarried() {
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    RemitDecision late = evaluate(remit, file, TUE_2026_03_10);
    assertThat(late.isMet()).isTrue();
    assertThat(late.getReferral().earliestMeeting()).isEqualTo(LocalDate.of(2026, 2, 25));
  }

  @Test
  void test_Barnet_Remit_3a_anchorSetting() {
    // reviewed late in week 10 (Tue 10 March): rolling → due 5 May; fixed weeks → due 28 April
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .appearedAt(Barnet.PERMANENCY_PLANNING_PANEL.id(), TUE_2026_03_10, "remit-3a")
            .build();
    assertThat(evaluate(remit, file, TUE_2026_04_28).isMet()).isFalse();
    assertThat(evaluate(remit, file, TUE_2026_05_05).isMet()).isTrue();
    Authority fixed = BarnetFixtures.withSetting("barnet.plo-review-anchor", "PLO_START");
    RemitDecision decision =
        remit(fixed, PloReviewRemit.NAME)
            .evaluate(file, forMeeting(fixed, planningPanel(fixed), TUE_2026_04_28));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).contains("16 weeks after pre-proceedings began");
  }

  @Test
  void test_Barnet_Remit_3a_intervalSetting() {
    Authority sixWeeks = BarnetFixtures.withSetting("barnet.plo-review-interval", "6 weeks");
    CaseFile file = child("C1").preProceedingsFrom(TUE_2026_01_06).build();
    assertThat(
            remit(sixWeeks, PloReviewRemit.NAME)
                .evaluate(file, forMeeting(sixWeeks, planningPanel(sixWeeks), TUE_2026_02_17))
                .isMet())
        .isTrue();
  }

  @Test
  void test_Barnet_Remit_3a_endsWithThePlo() {
    CaseFile file =
        child("C1")
            .preProceedingsFrom(TUE_2026_01_06)
            .preProceedingsEnded(LocalDate.of(2026, 2, 20), PreProceedingsOutcome.STEPPED_DOWN)
            .build();
    assertThat(evaluate(remit, file, TUE_2026_03_03).reason()).isEqualTo("Not in pre-proceedings");
  }
}
