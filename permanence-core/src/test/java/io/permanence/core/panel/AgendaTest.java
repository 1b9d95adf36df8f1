package io.permanence.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.permanence.core.Citation;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.time.ScheduledMeeting;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AgendaTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  private static final PanelId PANEL = PanelId.of("test-panel");
  private static final ChildId C1 = ChildId.of("C1");
  private static final Heading HEADING =
      Heading.builder()
          .id("cohort-1")
          .title("Cohort 1")
          .citation(Citation.of("ToR", "5"))
          .addPaperwork(DocumentType.CARE_PLAN)
          .build();
  private static final ScheduledMeeting MEETING =
      ScheduledMeeting.of(THU_2026_03_19, LocalTime.of(14, 0), Duration.ofHours(2));
  // Mon 16 March 2026 12:00 GMT.
  private static final Instant CUT_OFF = Instant.parse("2026-03-16T12:00:00Z");

  private static Referral referral(ChildId child) {
    return Referral.builder()
        .child(child)
        .siblingGroup(SiblingGroupId.of("G1"))
        .panel(PANEL)
        .heading(HEADING)
        .remit("cohort 1")
        .reason("aged 9, born 2016-03-01")
        .citation(Citation.of("ToR", "5(i)"))
        .earliestMeeting(MON_2026_03_16)
        .latestMeetingExclusive(MON_2026_03_16.plusWeeks(5))
        .build();
  }

  private static AgendaItem item(ChildId child) {
    return AgendaItem.builder()
        .child(child)
        .siblingGroup(SiblingGroupId.of("G1"))
        .heading(HEADING)
        .addReferrals(referral(child))
        .addPapers(PaperStatus.missing(DocumentType.CARE_PLAN))
        .build();
  }

  private static Exclusion exclusion(ChildId child) {
    return Exclusion.builder()
        .child(child)
        .panel(PANEL)
        .remit("cohort 1")
        .policy("aged 17")
        .reason("aged 17")
        .citation(Citation.of("ToR", "5"))
        .build();
  }

  private static Agenda.Builder agenda() {
    return agenda(CUT_OFF);
  }

  private static Agenda.Builder agenda(Instant cutOff) {
    Agenda.Builder agenda = Agenda.builder();
    agenda.panel(PANEL).meeting(MEETING).referralCutOff(cutOff);
    return agenda;
  }

  @Test
  void test_builder_childListedAndExcluded_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                agenda()
                    .addSections(AgendaSection.of(HEADING, java.util.List.of(item(C1))))
                    .addExclusions(exclusion(C1))
                    .build())
        .withMessageContaining("C1 is both listed and excluded");
  }

  @Test
  void test_builder_cutOffAfterTheMeeting_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agenda(Instant.parse("2026-03-20T12:00:00Z")).build())
        .withMessageContaining("is after the meeting starts");
  }

  @Test
  void test_section_childTwice_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgendaSection.of(HEADING, java.util.List.of(item(C1), item(C1))))
        .withMessageContaining("lists a child twice");
  }

  @Test
  void test_item_referralOfAnotherChild_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                AgendaItem.builder()
                    .child(C1)
                    .heading(HEADING)
                    .addReferrals(referral(ChildId.of("C2")))
                    .build())
        .withMessageContaining("holds a referral of child C2");
  }

  @Test
  void test_referralCutOffDate_inLondon() {
    // 23:30 UTC on Sun 15 March is still Sunday in London (GMT).
    Agenda agenda = agenda(Instant.parse("2026-03-15T23:30:00Z")).build();

    assertThat(agenda.referralCutOffDate()).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void test_toString_idsOnly_noReasonText() {
    Agenda agenda =
        agenda()
            .addSections(AgendaSection.of(HEADING, java.util.List.of(item(C1))))
            .addExclusions(exclusion(ChildId.of("C9")))
            .build();

    assertThat(agenda.toString())
        .contains("test-panel", "C1", "cohort-1")
        .doesNotContain("2016-03-01");
    assertThat(item(C1).toString())
        .isEqualTo(
            "AgendaItem{C1 (siblings G1) under cohort-1: cohort 1 (ToR 5(i)); papers [care-plan"
                + " missing]}");
    assertThat(PaperStatus.onFile(DocumentType.GENOGRAM, MON_2026_03_16).toString())
        .isEqualTo("genogram on file 2026-03-16");
  }
}
