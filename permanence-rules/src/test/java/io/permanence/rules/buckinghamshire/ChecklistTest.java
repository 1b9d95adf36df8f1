package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.panel.DocumentType;
import org.junit.jupiter.api.Test;

class ChecklistTest {

  @Test
  void test_papers_unionAppendixAndSection() {
    Checklist week12 = BuckinghamshirePaperwork.PLO_WEEK_12;
    assertThat(week12.papers(PaperworkSource.UNION))
        .containsExactly(
            DocumentType.SWET,
            DocumentType.PLO_MEETING_MINUTES,
            BuckinghamshirePaperwork.ASSESSMENTS_COMPLETED,
            DocumentType.CHRONOLOGY);
    assertThat(week12.papers(PaperworkSource.SECTION_ONLY)).doesNotContain(DocumentType.CHRONOLOGY);
    assertThat(week12.papers(PaperworkSource.APPENDIX_ONLY)).contains(DocumentType.CHRONOLOGY);
  }

  @Test
  void test_papers_missingListFallsBackToTheOther() {
    assertThat(
            BuckinghamshirePaperwork.DEPRIVATION_OF_LIBERTY.papers(PaperworkSource.APPENDIX_ONLY))
        .containsExactly(DocumentType.CASE_SUMMARY);
  }

  @Test
  void test_without_dropsFromBothLists() {
    assertThat(
            BuckinghamshirePaperwork.LPM_CARE_OR_SUPERVISION_ORDER
                .without(DocumentType.BIRTH_CERTIFICATE)
                .papers(PaperworkSource.UNION))
        .doesNotContain(DocumentType.BIRTH_CERTIFICATE)
        .contains(DocumentType.SWET);
  }
}
