package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_02;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_03_16;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_03_04;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_15;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.rules.northsomerset.LegalDataReconciliation.Field;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalDataReconciliationTest {

  private final LegalDataReconciliation reconciliation =
      LegalDataReconciliation.from(NorthSomersetProvider.exampleSettings());

  private static CaseFile ico(String id, java.time.LocalDate from) {
    return child(id).lookedAfterFrom(from, LegalStatusCode.C1, PlacementCode.U4).build();
  }

  @Test
  void test_NSomerset_4_s2_identicalSources_noDiscrepancy() {
    assertThat(
            reconciliation.reconcile(
                List.of(ico("C1", MON_2026_01_05)),
                List.of(ico("C1", MON_2026_01_05)),
                WED_2026_04_15))
        .isEmpty();
  }

  @Test
  void test_NSomerset_4_s2_childMissingFromOneSource() {
    List<Discrepancy> found =
        reconciliation.reconcile(
            List.of(ico("C1", MON_2026_01_05), ico("C2", MON_2026_01_05)),
            List.of(ico("C1", MON_2026_01_05)),
            WED_2026_04_15);
    assertThat(found)
        .containsExactly(
            Discrepancy.of(ChildId.of("C2"), Field.CHILD, "child", "present", "missing"));
  }

  @Test
  void test_NSomerset_4_s2_startDatesDiffer_bothValuesListed() {
    List<Discrepancy> found =
        reconciliation.reconcile(
            List.of(ico("C1", MON_2026_03_02)), List.of(ico("C1", WED_2026_03_04)), WED_2026_04_15);
    assertThat(found)
        .contains(
            Discrepancy.of(ChildId.of("C1"), Field.LEGAL_STATUS, "on Mon 2026-03-02", "C1", "none"),
            Discrepancy.of(
                ChildId.of("C1"),
                Field.LEGAL_STATUS_START,
                "legal status C1 #1",
                "Mon 2026-03-02",
                "Wed 2026-03-04"));
  }

  @Test
  void test_NSomerset_4_s2_legalStatusDiffersOnADate() {
    CaseFile first =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .legalStatusChange(MON_2026_03_16, LegalStatusCode.C2)
            .build();
    List<Discrepancy> found =
        reconciliation.reconcile(
            List.of(first), List.of(ico("C1", MON_2026_01_05)), WED_2026_04_15);
    assertThat(found)
        .contains(
            Discrepancy.of(ChildId.of("C1"), Field.LEGAL_STATUS, "on Mon 2026-03-16", "C2", "C1"));
  }

  @Test
  void test_NSomerset_4_s2_proceedingsDatesAndOrdersDiffer() {
    CaseFile first =
        child("C1")
            .careProceedingsIssued(MON_2026_01_05)
            .finalOrder(MON_2026_03_16, CourtOrderType.CARE)
            .courtOrder(CourtOrderType.CARE, MON_2026_03_16)
            .build();
    CaseFile second = child("C1").careProceedingsIssued(MON_2026_01_05.plusDays(1)).build();
    List<Discrepancy> found =
        reconciliation.reconcile(List.of(first), List.of(second), WED_2026_04_15);
    assertThat(found)
        .contains(
            Discrepancy.of(
                ChildId.of("C1"),
                Field.ISSUE_DATE,
                "proceedings #1",
                "Mon 2026-01-05",
                "Tue 2026-01-06"),
            Discrepancy.of(
                ChildId.of("C1"), Field.FINAL_ORDER, "proceedings #1", "Mon 2026-03-16", "none"),
            Discrepancy.of(
                ChildId.of("C1"), Field.COURT_ORDERS, "order CARE #1", "Mon 2026-03-16", "none"));
  }

  @Test
  void test_NSomerset_4_s2_toleranceAndFieldsOverride() {
    LegalDataReconciliation lenient =
        LegalDataReconciliation.from(
            NorthSomersetProvider.exampleSettings()
                .withText("north-somerset.reconcile-date-tolerance", "P2D")
                .withText("north-somerset.reconcile-fields", "LEGAL_STATUS_START"));
    assertThat(
            lenient.reconcile(
                List.of(ico("C1", MON_2026_03_02)),
                List.of(ico("C1", WED_2026_03_04)),
                WED_2026_04_15))
        .isEmpty();
    LegalDataReconciliation strictDates =
        LegalDataReconciliation.of(EnumSet.of(Field.LEGAL_STATUS_START), Period.ofDays(1));
    assertThat(
            strictDates.reconcile(
                List.of(ico("C1", MON_2026_03_02)),
                List.of(ico("C1", WED_2026_03_04)),
                WED_2026_04_15))
        .hasSize(1);
  }
}
