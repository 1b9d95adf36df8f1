package io.permanence.rules.bcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BcpRecordsTest {

  @Test
  void test_BCP_6_para2_s1_caseNoteTitle() {
    assertThat(BcpRecords.caseNoteTitle(LocalDate.of(2026, 3, 19), "dd/MM/yyyy"))
        .isEqualTo("Permanence Panel Actions (19/03/2026)");
    assertThat(
            BcpRecords.caseNoteTitle(
                LocalDate.of(2026, 3, 19),
                BcpFixtures.defaults().get(BcpSettings.CASE_NOTE_DATE_FORMAT)))
        .isEqualTo("Permanence Panel Actions (19/03/2026)");
    assertThat(BcpRecords.CASE_NOTE_TYPE).isEqualTo("Management Oversight & Decision");
  }
}
