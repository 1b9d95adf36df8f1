package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.FRI_2026_03_20;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_16;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.THU_2026_03_19;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.THU_2026_04_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.THU_2026_04_09;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_15;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministratorNotificationRuleTest {

  private final AdministratorNotificationRule rule = new AdministratorNotificationRule();

  private static CaseFile lookedAfterOn(LocalDate date, LocalDate... notifications) {
    var scenario = child("C1").lookedAfterFrom(date, LegalStatusCode.V2, PlacementCode.U6);
    for (LocalDate notified : notifications) {
      scenario.document(NorthSomerset.ADMINISTRATOR_NOTIFICATION, notified);
    }
    return scenario.build();
  }

  @Test
  void test_NSomerset_3_2_i_becameLookedAfter_dueThirdWorkingDay() {
    List<Deadline> deadlines = rule.deadlinesFor(lookedAfterOn(MON_2026_03_16), on(FRI_2026_03_20));
    assertThat(deadlines).hasSize(1);
    Deadline deadline = deadlines.get(0);
    assertThat(deadline.dueDate()).isEqualTo(THU_2026_03_19);
    assertThat(deadline.citation().toString()).isEqualTo("NSomerset §3.2(i)");
    assertThat(deadline.status(THU_2026_03_19)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.status(FRI_2026_03_20)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_NSomerset_3_2_notifiedOnDueDay_met_andDayAfter_metLate() {
    assertThat(
            rule.deadlinesFor(lookedAfterOn(MON_2026_03_16, THU_2026_03_19), on(FRI_2026_03_20))
                .get(0)
                .status(FRI_2026_03_20))
        .isEqualTo(DeadlineStatus.MET);
    assertThat(
            rule.deadlinesFor(lookedAfterOn(MON_2026_03_16, FRI_2026_03_20), on(FRI_2026_03_20))
                .get(0)
                .status(FRI_2026_03_20))
        .isEqualTo(DeadlineStatus.MET_LATE);
  }

  @Test
  void test_NSomerset_3_2_easter_workingDaysSkipGoodFridayAndEasterMonday() {
    Deadline deadline = rule.deadlinesFor(lookedAfterOn(THU_2026_04_02), on(WED_2026_04_15)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(THU_2026_04_09);
    assertThat(deadline.trace()).contains("skipping Fri 2026-04-03 and Mon 2026-04-06");
  }

  @Test
  void test_NSomerset_3_2_notificationWithinOverride_fiveWorkingDays() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.notification-within", "5 working days");
    assertThat(
            rule.deadlinesFor(lookedAfterOn(MON_2026_03_16), on(FRI_2026_03_20, settings))
                .get(0)
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void test_NSomerset_3_2_ii_ploNotLookedAfter_notifiedUnderIi() {
    CaseFile file = child("C1").preProceedingsFrom(MON_2026_03_16).build();
    List<Deadline> deadlines = rule.deadlinesFor(file, on(FRI_2026_03_20));
    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).citation().toString()).isEqualTo("NSomerset §3.2(ii)");
    assertThat(deadlines.get(0).name()).contains("pre-proceedings started, not looked after");
  }

  @Test
  void test_NSomerset_3_2_iii_ploWhileLookedAfter_isAChangeInTheLegalProcess() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.V2, PlacementCode.U6)
            .preProceedingsFrom(MON_2026_03_16)
            .build();
    List<Deadline> deadlines = rule.deadlinesFor(file, on(FRI_2026_03_20));
    assertThat(deadlines)
        .extracting(d -> d.citation().toString())
        .containsExactly("NSomerset §3.2(i)", "NSomerset §3.2(iii)");
  }

  @Test
  void test_NSomerset_3_2_iii_legalStatusChange_notifiedUnlessSwitchedOff() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U6)
            .legalStatusChange(MON_2026_03_16, LegalStatusCode.C2)
            .build();
    List<Deadline> deadlines = rule.deadlinesFor(file, on(FRI_2026_03_20));
    assertThat(deadlines).hasSize(2);
    assertThat(deadlines.get(1).name()).contains("legal status changed to C2");
    assertThat(deadlines.get(1).dueDate()).isEqualTo(THU_2026_03_19);
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.legal-process-events", "PLO_STARTED, PROCEEDINGS_ISSUED");
    assertThat(rule.deadlinesFor(file, on(FRI_2026_03_20, settings))).hasSize(1);
  }

  @Test
  void test_NSomerset_3_2_eventAfterAsOf_notYetADeadline() {
    assertThat(rule.deadlinesFor(lookedAfterOn(MON_2026_03_16), on(MON_2026_03_16.minusDays(1))))
        .isEmpty();
  }
}
