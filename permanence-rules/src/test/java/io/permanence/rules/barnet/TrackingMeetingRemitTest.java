package io.permanence.rules.barnet;

import static io.permanence.core.reference.LegalStatusCode.C1;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.PlacementCode.U3;
import static io.permanence.rules.barnet.BarnetFixtures.child;
import static io.permanence.rules.barnet.BarnetFixtures.forMeeting;
import static io.permanence.rules.barnet.BarnetFixtures.remit;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrackingMeetingRemitTest {

  private static final LocalDate THU_2026_03_12 = LocalDate.of(2026, 3, 12);
  private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);
  private static final LocalDate THU_2026_05_14 = LocalDate.of(2026, 5, 14);

  // the ToR gives no schedule: an example, the second Thursday of each month
  private final Authority barnet =
      BarnetFixtures.withSetting(
          "barnet.ptm.schedule", "FREQ=MONTHLY;BYDAY=2TH from 2026-01-08 at 14:00 for PT2H");
  private final Panel tracking = barnet.getPanel(Barnet.PERMANENCY_TRACKING_MEETING);
  private final TrackingMeetingRemit remit = remit(barnet, TrackingMeetingRemit.NAME);

  private RemitDecision evaluate(CaseFile file, LocalDate meeting) {
    return remit.evaluate(file, forMeeting(barnet, tracking, meeting));
  }

  @Test
  void test_Barnet_Process_Decision_4_comingIntoCareReviewedAtTheNextTrackingMeeting() {
    CaseFile file = child("C1").lookedAfterFrom(THU_2026_03_12, V2, U3).build();
    RemitDecision decision = evaluate(file, THU_2026_03_12);
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().panel()).isEqualTo(Barnet.PERMANENCY_TRACKING_MEETING);
    assertThat(decision.reason()).isEqualTo("Came into care on Thu 2026-03-12");
    CaseFile later = child("C2").lookedAfterFrom(LocalDate.of(2026, 3, 13), V2, U3).build();
    assertThat(evaluate(later, THU_2026_03_12).isMet()).isFalse();
    assertThat(evaluate(later, THU_2026_04_09).isMet()).isTrue();
  }

  @Test
  void test_Barnet_Process_Decision_4_issueOfProceedingsListedAgain() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 3, 2), V2, U3)
            .appearedAt(Barnet.PERMANENCY_TRACKING_MEETING.id(), THU_2026_03_12, "tracking")
            .careProceedingsIssued(LocalDate.of(2026, 4, 1))
            .legalStatusChange(LocalDate.of(2026, 4, 1), C1)
            .build();
    assertThat(evaluate(file, THU_2026_04_09).reason())
        .isEqualTo("Care proceedings issued on Wed 2026-04-01");
    assertThat(evaluate(file, THU_2026_04_09).isMet()).isTrue();
    CaseFile heard =
        file.toBuilder()
            .addPanelAppearances(
                io.permanence.core.panel.PanelAppearance.of(
                    Barnet.PERMANENCY_TRACKING_MEETING, THU_2026_04_09, "tracking"))
            .build();
    assertThat(evaluate(heard, THU_2026_05_14).isMet()).isFalse();
  }

  @Test
  void test_Barnet_Process_Decision_4_notInCohort() {
    assertThat(evaluate(child("C1").build(), THU_2026_03_12).reason())
        .isEqualTo("Neither looked after nor subject to care proceedings");
  }
}
