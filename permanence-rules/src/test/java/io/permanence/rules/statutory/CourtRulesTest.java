package io.permanence.rules.statutory;

import static io.permanence.core.reference.LegalStatusCode.L1;
import static io.permanence.core.reference.LegalStatusCode.V2;
import static io.permanence.core.reference.PlacementCode.U6;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation.SourceStatus;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderExtension;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.ProceedingsExtension;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CourtRulesTest {

  private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);
  private static final LocalDate MON_2026_02_23 = LocalDate.of(2026, 2, 23);
  private static final LocalDate THU_2026_03_05 = LocalDate.of(2026, 3, 5);
  private static final LocalDate MON_2026_03_09 = LocalDate.of(2026, 3, 9);
  private static final LocalDate TUE_2026_03_10 = LocalDate.of(2026, 3, 10);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  private static final LocalDate SUN_2026_03_22 = LocalDate.of(2026, 3, 22);
  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  private static final LocalDate WED_2026_03_25 = LocalDate.of(2026, 3, 25);
  private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
  private static final LocalDate SAT_2026_03_28 = LocalDate.of(2026, 3, 28);
  private static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final LocalDate SAT_2026_04_04 = LocalDate.of(2026, 4, 4);
  private static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);
  private static final LocalDate FRI_2026_09_04 = LocalDate.of(2026, 9, 4);
  private static final LocalDate FRI_2026_09_11 = LocalDate.of(2026, 9, 11);
  private static final LocalDate SUN_2026_09_13 = LocalDate.of(2026, 9, 13);
  private static final LocalDate MON_2026_09_14 = LocalDate.of(2026, 9, 14);
  private static final LocalDate FRI_2026_10_30 = LocalDate.of(2026, 10, 30);
  private static final LocalDate SUN_2026_11_08 = LocalDate.of(2026, 11, 8);
  private static final LocalDate SUN_2026_12_06 = LocalDate.of(2026, 12, 6);
  private static final LocalDate WED_2027_03_10 = LocalDate.of(2027, 3, 10);
  private static final LocalDate THU_2028_03_09 = LocalDate.of(2028, 3, 9);
  private static final LocalDate FRI_2028_03_10 = LocalDate.of(2028, 3, 10);
  private static final LocalDate THU_2028_06_01 = LocalDate.of(2028, 6, 1);

  private static EvaluationContext on(LocalDate asOf) {
    return EvaluationContext.of(asOf, WorkingCalendars.englandAndWales(), AuthoritySettings.none());
  }

  // ------------------------------------------------------------------ care proceedings (s.32)

  private static CareProceedings.Builder issuedMarch() {
    CareProceedings.Builder builder = CareProceedings.builder();
    builder
        .decisionToIssueOn(MON_2026_03_16.minusDays(14))
        .decisionForum(DecisionForum.values()[0])
        .issuedOn(MON_2026_03_16);
    return builder;
  }

  private static List<TrackedDeadline> proceedings(CareProceedings proceedings, LocalDate asOf) {
    CaseFile file = Scenario.child("C1").careProceedings(proceedings).build();
    return StatutoryTimescales.careProceedings().track(file, on(asOf));
  }

  @Test
  void test_careProceedings_26WeeksBeginningWithIssue_lastDayIsIssuePlus26WeeksLessOneDay() {
    TrackedDeadline deadline = proceedings(issuedMarch().build(), MON_2026_03_16).get(0);

    assertThat(deadline.deadline().dueDate())
        .isEqualTo(SUN_2026_09_13)
        .isEqualTo(MON_2026_03_16.plusWeeks(26).minusDays(1));
    assertThat(deadline.deadline().trace())
        .isEqualTo("26 weeks beginning with Mon 2026-03-16 → Sun 2026-09-13");
    assertThat(deadline.deadline().citation().toString()).isEqualTo("Children Act 1989 s.32(1)(a)");
  }

  static Stream<Arguments> proceedingsStatuses() {
    return Stream.of(
        Arguments.of("final order two days early", FRI_2026_09_11, DeadlineStatus.MET),
        Arguments.of("final order on the last day", SUN_2026_09_13, DeadlineStatus.MET),
        Arguments.of(
            "final order on issue + 26 weeks is one day late",
            MON_2026_09_14,
            DeadlineStatus.MET_LATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proceedingsStatuses")
  void test_careProceedings_finalOrder(
      String scenario, LocalDate finalOrder, DeadlineStatus expected) {
    TrackedDeadline deadline =
        proceedings(issuedMarch().finalOrderOn(finalOrder).build(), FRI_2026_10_30).get(0);

    assertThat(deadline.status(FRI_2026_10_30)).isEqualTo(expected);
  }

  @Test
  void test_careProceedings_noFinalOrder_statusesOverTime() {
    TrackedDeadline deadline = proceedings(issuedMarch().build(), MON_2026_09_14).get(0);

    assertThat(deadline.status(FRI_2026_09_04)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(deadline.status(FRI_2026_09_11)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.status(MON_2026_09_14))
        .as("issue + 26 weeks is already one day over")
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_careProceedings_oneExtensionOf8Weeks() {
    CareProceedings extended =
        issuedMarch().addExtensions(ProceedingsExtension.of(FRI_2026_09_04, 8)).build();

    TrackedDeadline deadline = proceedings(extended, FRI_2026_10_30).get(0);

    assertThat(deadline.deadline().dueDate()).isEqualTo(SUN_2026_11_08);
    assertThat(deadline.deadline().trace())
        .isEqualTo(
            "26 weeks extended by 8 weeks granted Fri 2026-09-04: 34 weeks beginning with Mon"
                + " 2026-03-16 → Sun 2026-11-08");
    assertThat(deadline.deadline().citation().status()).isEqualTo(SourceStatus.SECONDARY);
    assertThat(deadline.status(FRI_2026_10_30)).isEqualTo(DeadlineStatus.PENDING);
  }

  @Test
  void test_careProceedings_twoExtensions_addUp() {
    CareProceedings extended =
        issuedMarch()
            .addExtensions(ProceedingsExtension.of(FRI_2026_09_04, 8))
            .addExtensions(ProceedingsExtension.of(FRI_2026_10_30, 4))
            .build();

    assertThat(proceedings(extended, FRI_2026_10_30).get(0).deadline().dueDate())
        .isEqualTo(SUN_2026_12_06);
    assertThat(proceedings(extended, FRI_2026_10_30.minusDays(1)).get(0).deadline().dueDate())
        .as("an extension granted after the evaluation date is not yet known")
        .isEqualTo(SUN_2026_11_08);
  }

  @Test
  void test_careProceedings_notIssued_none() {
    CaseFile decidedOnly =
        Scenario.child("C1")
            .careProceedingsDecided(MON_2026_03_16, DecisionForum.values()[0])
            .build();

    assertThat(StatutoryTimescales.careProceedings().track(decidedOnly, on(MON_2026_09_14)))
        .isEmpty();
    assertThat(
            StatutoryTimescales.careProceedings()
                .track(Scenario.child("C2").build(), on(MON_2026_09_14)))
        .isEmpty();
  }

  // ------------------------------------------------------------------ supervision (Sch 3 para 6)

  private static List<TrackedDeadline> supervision(CourtOrder order, LocalDate asOf) {
    CaseFile file = Scenario.child("C1").build().toBuilder().addCourtOrders(order).build();
    return StatutoryTimescales.supervisionOrders().track(file, on(asOf));
  }

  @Test
  void test_supervisionOrders_oneYearBeginningWithTheDayMade() {
    CourtOrder order = CourtOrder.of(CourtOrderType.SUPERVISION, MON_2025_03_10, TUE_2026_03_10);

    List<TrackedDeadline> deadlines = supervision(order, TUE_2026_03_10);

    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).deadline().dueDate()).isEqualTo(MON_2026_03_09);
    assertThat(deadlines.get(0).deadline().trace())
        .isEqualTo("1 year beginning with Mon 2025-03-10 → Mon 2026-03-09");
    assertThat(deadlines.get(0).status(TUE_2026_03_10))
        .as("the order recorded as ending after its last lawful day")
        .isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_supervisionOrders_noEndNoExtension_dueSoonThenOverdue() {
    CourtOrder order = CourtOrder.of(CourtOrderType.SUPERVISION, MON_2025_03_10);

    TrackedDeadline deadline = supervision(order, TUE_2026_03_10).get(0);

    assertThat(deadline.status(MON_2026_02_23)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(deadline.status(THU_2026_03_05)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.status(TUE_2026_03_10)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_supervisionOrders_extended_threeYearCap() {
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.SUPERVISION)
            .madeOn(MON_2025_03_10)
            .originalEnd(TUE_2026_03_10)
            .addExtensions(CourtOrderExtension.of(MON_2026_02_23, WED_2027_03_10))
            .build();

    List<TrackedDeadline> deadlines = supervision(order, WED_2027_03_10);

    assertThat(deadlines).hasSize(2);
    assertThat(deadlines.get(0).metOn()).contains(MON_2026_02_23);
    assertThat(deadlines.get(0).status(WED_2027_03_10)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines.get(1).deadline().name()).isEqualTo("Supervision order: three-year limit");
    assertThat(deadlines.get(1).deadline().dueDate()).isEqualTo(THU_2028_03_09);
    assertThat(deadlines.get(1).status(WED_2027_03_10)).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_supervisionOrders_extendedBeyondThreeYears_overdueThenMetLate() {
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.SUPERVISION)
            .madeOn(MON_2025_03_10)
            .originalEnd(TUE_2026_03_10)
            .addExtensions(CourtOrderExtension.of(MON_2026_02_23, THU_2028_06_01))
            .build();

    assertThat(supervision(order, FRI_2028_03_10).get(1).status(FRI_2028_03_10))
        .isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(supervision(order, THU_2028_06_01).get(1).status(THU_2028_06_01))
        .isEqualTo(DeadlineStatus.MET_LATE);
  }

  // ------------------------------------------------------------------ EPO (s.45)

  private static List<TrackedDeadline> epo(CourtOrder order, LocalDate asOf) {
    CaseFile file = Scenario.child("C1").build().toBuilder().addCourtOrders(order).build();
    return StatutoryTimescales.emergencyProtectionOrders().track(file, on(asOf));
  }

  @Test
  void test_emergencyProtectionOrders_8Days() {
    CourtOrder order =
        CourtOrder.of(CourtOrderType.EMERGENCY_PROTECTION, MON_2026_03_16, WED_2026_03_25);

    TrackedDeadline deadline = epo(order, WED_2026_03_25).get(0);

    assertThat(deadline.deadline().dueDate()).isEqualTo(TUE_2026_03_24);
    assertThat(deadline.deadline().dueTime()).isEmpty();
    assertThat(deadline.status(WED_2026_03_25)).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void test_emergencyProtectionOrders_eighthDayEasterSunday_runsToNoonOnTuesday() {
    CourtOrder order = CourtOrder.of(CourtOrderType.EMERGENCY_PROTECTION, SAT_2026_03_28);

    TrackedDeadline deadline = epo(order, SAT_2026_03_28).get(0);

    assertThat(deadline.deadline().dueDate()).isEqualTo(TUE_2026_04_07);
    assertThat(deadline.deadline().dueTime()).contains(LocalTime.NOON);
    assertThat(deadline.deadline().trace())
        .isEqualTo(
            "8 days after Sat 2026-03-28 → Sun 2026-04-05, a public holiday, so to noon on the"
                + " first later day that is not one → Tue 2026-04-07 12:00");
  }

  @Test
  void test_emergencyProtectionOrders_eighthDaySaturday_notAPublicHoliday() {
    CourtOrder order = CourtOrder.of(CourtOrderType.EMERGENCY_PROTECTION, FRI_2026_03_27);

    TrackedDeadline deadline = epo(order, FRI_2026_03_27).get(0);

    assertThat(deadline.deadline().dueDate()).isEqualTo(SAT_2026_04_04);
    assertThat(deadline.deadline().dueTime()).isEmpty();
  }

  @Test
  void test_emergencyProtectionOrders_extendedOnceBy7Days() {
    CourtOrder order =
        CourtOrder.builder()
            .type(CourtOrderType.EMERGENCY_PROTECTION)
            .madeOn(MON_2026_03_16)
            .originalEnd(WED_2026_03_25)
            .addExtensions(CourtOrderExtension.of(TUE_2026_03_24, WED_2026_04_01))
            .build();

    List<TrackedDeadline> deadlines = epo(order, WED_2026_04_01);

    assertThat(deadlines).hasSize(2);
    assertThat(deadlines.get(0).status(WED_2026_04_01)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines.get(1).deadline().dueDate()).isEqualTo(TUE_2026_03_31);
    assertThat(deadlines.get(1).status(WED_2026_04_01)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadlines.get(1).status(TUE_2026_03_24)).isEqualTo(DeadlineStatus.DUE_SOON);
  }

  // ------------------------------------------------------------------ CAO (s.43(5))

  static Stream<Arguments> childAssessmentEnds() {
    return Stream.of(
        Arguments.of("last day the 7th day", MON_2026_03_23, DeadlineStatus.MET),
        Arguments.of("last day the 8th day", TUE_2026_03_24, DeadlineStatus.MET_LATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("childAssessmentEnds")
  void test_childAssessmentOrders_7DaysBeginningWith(
      String scenario, LocalDate endExclusive, DeadlineStatus expected) {
    CaseFile file =
        Scenario.child("C1")
            .courtOrder(CourtOrderType.CHILD_ASSESSMENT, MON_2026_03_16, endExclusive)
            .build();

    TrackedDeadline deadline =
        StatutoryTimescales.childAssessmentOrders().track(file, on(WED_2026_04_01)).get(0);

    assertThat(deadline.deadline().dueDate()).isEqualTo(SUN_2026_03_22);
    assertThat(deadline.deadline().citation().status()).isEqualTo(SourceStatus.SECONDARY);
    assertThat(deadline.status(WED_2026_04_01)).isEqualTo(expected);
  }

  // ------------------------------------------------------------------ police protection (s.46(6))

  static Stream<Arguments> policeProtectionEnds() {
    return Stream.of(
        Arguments.of("moved to s20 on day 3", MON_2026_03_23, DeadlineStatus.MET),
        Arguments.of(
            "moved to s20 on day 4: the last day under L1 is the 3rd after",
            TUE_2026_03_24,
            DeadlineStatus.MET),
        Arguments.of("moved to s20 on day 5", WED_2026_03_25, DeadlineStatus.MET_LATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policeProtectionEnds")
  void test_policeProtection_72Hours(String scenario, LocalDate changed, DeadlineStatus expected) {
    CaseFile file =
        Scenario.child("C1")
            .lookedAfterFrom(FRI_2026_03_20, L1, U6)
            .legalStatusChange(changed, V2)
            .build();

    List<TrackedDeadline> deadlines =
        StatutoryTimescales.policeProtection().track(file, on(WED_2026_04_01));

    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).deadline().dueDate()).isEqualTo(MON_2026_03_23);
    assertThat(deadlines.get(0).deadline().citation().status()).isEqualTo(SourceStatus.UNVERIFIED);
    assertThat(deadlines.get(0).status(WED_2026_04_01)).isEqualTo(expected);
  }

  @Test
  void test_policeProtection_stillUnderL1_overdue() {
    CaseFile file = Scenario.child("C1").lookedAfterFrom(FRI_2026_03_20, L1, U6).build();

    TrackedDeadline deadline =
        StatutoryTimescales.policeProtection().track(file, on(TUE_2026_03_24)).get(0);

    assertThat(deadline.status(SUN_2026_03_22)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.status(TUE_2026_03_24)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_ordersAndProtection_noneRecorded_none() {
    CaseFile file = Scenario.child("C1").lookedAfterFrom(FRI_2026_03_20, V2, U6).build();

    assertThat(StatutoryTimescales.policeProtection().track(file, on(WED_2026_04_01))).isEmpty();
    assertThat(StatutoryTimescales.supervisionOrders().track(file, on(WED_2026_04_01))).isEmpty();
    assertThat(StatutoryTimescales.emergencyProtectionOrders().track(file, on(WED_2026_04_01)))
        .isEmpty();
    assertThat(StatutoryTimescales.childAssessmentOrders().track(file, on(WED_2026_04_01)))
        .isEmpty();
  }
}
