package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.BucksFixture.child;
import static io.permanence.rules.buckinghamshire.BucksFixture.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Referral;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaperworkChecklistsTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);

  @Test
  void test_s4Para1S3_missingPapersAtCutOff() {
    CaseFile file =
        child("C1")
            .courtOrder(CourtOrderType.SECTION_37_DIRECTION, MON_2026_03_16)
            .document(DocumentType.SECTION_37_REPORT, MON_2026_03_16)
            .build();
    Referral referral = decide("s37 notification", file, TUE_2026_03_17).getReferral();
    assertThat(
            PaperworkChecklists.missingPapers(
                file, referral, MON_2026_03_16, BucksFixture.defaults()))
        .containsExactly(DocumentType.CHILD_AND_FAMILY_ASSESSMENT);
  }

  @Test
  void test_s6Papers4_assessmentOlderThan6Months_missing() {
    CaseFile file =
        child("C1")
            .courtOrder(CourtOrderType.SECTION_37_DIRECTION, MON_2026_03_16)
            .document(DocumentType.SECTION_37_REPORT, MON_2026_03_16)
            .document(DocumentType.CHILD_AND_FAMILY_ASSESSMENT, LocalDate.of(2025, 9, 15))
            .build();
    Referral referral = decide("s37 notification", file, TUE_2026_03_17).getReferral();
    assertThat(
            PaperworkChecklists.missingPapers(
                file, referral, MON_2026_03_16, BucksFixture.defaults()))
        .containsExactly(DocumentType.CHILD_AND_FAMILY_ASSESSMENT);
    CaseFile recent =
        child("C1")
            .courtOrder(CourtOrderType.SECTION_37_DIRECTION, MON_2026_03_16)
            .document(DocumentType.SECTION_37_REPORT, MON_2026_03_16)
            .document(DocumentType.CHILD_AND_FAMILY_ASSESSMENT, LocalDate.of(2025, 9, 16))
            .build();
    assertThat(
            PaperworkChecklists.missingPapers(
                recent, referral, MON_2026_03_16, BucksFixture.defaults()))
        .isEmpty();
  }

  @Test
  void test_s4Para1S3_paperFiledAfterCutOff_stillMissing() {
    CaseFile file =
        child("C1")
            .flag(CaseFlagType.RELINQUISHED_BABY, MON_2026_03_16)
            .document(BuckinghamshirePaperwork.LPNAP_BOOKING_FORM, TUE_2026_03_17)
            .build();
    Referral referral = decide("relinquished baby", file, TUE_2026_03_17).getReferral();
    assertThat(
            PaperworkChecklists.missingPapers(
                file, referral, MON_2026_03_16, BucksFixture.defaults()))
        .containsExactly(BuckinghamshirePaperwork.LPNAP_BOOKING_FORM);
  }
}
