package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_01_20;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_10;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_04_21;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.rules.knowsley.KnowsleySettings.CareLeaverStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Part4RemitsTest {

  private final Authority authority = KnowsleyFixtures.authority();
  private final Heading part4 = authority.getPanel(Knowsley.PANEL).getHeading("part-4");
  private final Remit residential =
      Part4Remits.residentialCare(part4, authority.getPanel(Knowsley.PANEL).schedule());
  private final Remit notPermanent =
      Part4Remits.notInPermanentPlacement(part4, authority.getPanel(Knowsley.PANEL).schedule());
  private final Remit careLeaver =
      Part4Remits.careLeaver(part4, authority.getPanel(Knowsley.PANEL).schedule());
  private final Remit actions = Part4Remits.actionsBroughtBack(part4);

  @Test
  void test_Knowsley_Part_4_s2_a_residentialCare_listedOncePerRun() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2).build();
    RemitDecision decision = residential.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.reason()).isEqualTo("in residential care since Mon 2026-01-05");
    CaseFile heard =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_02_17, "part-4")
            .build();
    assertThat(residential.evaluate(heard, forMeeting(TUE_2026_03_17)).isMet()).isFalse();
    var everyMeeting =
        KnowsleyProvider.exampleSettings().withText("knowsley.part4-listing", "EVERY_MEETING");
    assertThat(residential.evaluate(heard, forMeeting(TUE_2026_03_17, everyMeeting)).isMet())
        .isTrue();
  }

  @Test
  void test_Knowsley_Part_4_s2_a_residentialCodesOverride() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.S1).build();
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.residential-codes", "K1, K2");
    assertThat(residential.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isTrue();
    assertThat(residential.evaluate(file, forMeeting(TUE_2026_03_17, settings)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Part_4_s2_b_notApprovedAsLongTerm_listedUntilMatched() {
    CaseFile file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U6).build();
    assertThat(notPermanent.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isTrue();
    CaseFile matched =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .longTermMatch(TUE_2026_02_10)
            .build();
    assertThat(notPermanent.evaluate(matched, forMeeting(TUE_2026_03_17)).reason())
        .isEqualTo("placement approved as long term");
  }

  @Test
  void test_Knowsley_Purpose_F4_placedWithParentsOrAdoptive_notPart4() {
    CaseFile withParents =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.P1).build();
    CaseFile adoptive =
        child("C2").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.E1, PlacementCode.A4).build();
    assertThat(notPermanent.evaluate(withParents, forMeeting(TUE_2026_03_17)).reason())
        .contains("Part 3");
    assertThat(notPermanent.evaluate(adoptive, forMeeting(TUE_2026_03_17)).reason())
        .contains("Part 1");
  }

  @Test
  void test_Knowsley_Part_4_s1_requiresNoPlanOverride_childWithPlanNotListed() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U6)
            .plan(MON_2026_01_05, PermanenceOption.LONG_TERM_FOSTERING)
            .build();
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.part4-requires-no-plan", "true");
    assertThat(notPermanent.evaluate(file, forMeeting(TUE_2026_03_17)).isMet()).isTrue();
    assertThat(notPermanent.evaluate(file, forMeeting(TUE_2026_03_17, settings)).isMet()).isFalse();
  }

  @Test
  void test_Knowsley_Part_4_s2_c_eligibleCareLeaver_fromSixteenthBirthday() {
    CaseFile file =
        child("C1")
            .bornOn(LocalDate.of(2009, 6, 1))
            .lookedAfterFrom(LocalDate.of(2025, 1, 1), LegalStatusCode.V2, PlacementCode.U4)
            .build();
    assertThat(Part4Remits.findStatusSince(file, CareLeaverStatus.ELIGIBLE, TUE_2026_03_17))
        .contains(LocalDate.of(2025, 6, 1));
    RemitDecision decision = careLeaver.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(decision.reason()).isEqualTo("eligible care leaver since Sun 2025-06-01");
  }

  @Test
  void test_Knowsley_Part_4_s2_c_thirteenWeeksBoundary() {
    // Looked after from 16th birthday: eligible on the 91st day looked after.
    CaseFile file =
        child("C1")
            .bornOn(LocalDate.of(2009, 6, 1))
            .lookedAfterFrom(LocalDate.of(2025, 6, 1), LegalStatusCode.V2, PlacementCode.U4)
            .build();
    LocalDate day91 = LocalDate.of(2025, 6, 1).plusDays(90);
    assertThat(Part4Remits.findStatusSince(file, CareLeaverStatus.ELIGIBLE, day91.minusDays(1)))
        .isEmpty();
    assertThat(Part4Remits.findStatusSince(file, CareLeaverStatus.ELIGIBLE, day91)).contains(day91);
  }

  @Test
  void test_Knowsley_Part_4_s2_c_relevantCareLeaver_listedFormerRelevantOnlyByOverride() {
    CaseFile relevant =
        child("C1")
            .bornOn(LocalDate.of(2009, 6, 1))
            .lookedAfterFrom(LocalDate.of(2025, 1, 1), LegalStatusCode.V2, PlacementCode.U4)
            .ceasedToBeLookedAfter(TUE_2026_01_20, ReasonEpisodeCeasedCode.E5)
            .build();
    assertThat(careLeaver.evaluate(relevant, forMeeting(TUE_2026_03_17)).reason())
        .isEqualTo("relevant care leaver since Tue 2026-01-20");
    CaseFile formerRelevant =
        child("C2")
            .bornOn(LocalDate.of(2007, 6, 1))
            .lookedAfterFrom(LocalDate.of(2023, 1, 1), LegalStatusCode.V2, PlacementCode.U4)
            .ceasedToBeLookedAfter(LocalDate.of(2025, 6, 1), ReasonEpisodeCeasedCode.E17)
            .build();
    assertThat(careLeaver.evaluate(formerRelevant, forMeeting(TUE_2026_03_17)).isMet()).isFalse();
    var settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.part4-care-leaver-statuses", "ELIGIBLE, RELEVANT, FORMER_RELEVANT");
    assertThat(careLeaver.evaluate(formerRelevant, forMeeting(TUE_2026_03_17, settings)).isMet())
        .isTrue();
  }

  @Test
  void test_Knowsley_Part_4_s4_part4ActionsBroughtBackWhenDue() {
    PanelDecision decision =
        PanelDecision.builder()
            .id(DecisionId.of("D1"))
            .panel(Knowsley.PANEL)
            .madeOn(TUE_2026_01_20)
            .signOffBy(Knowsley.SENIOR_MANAGER_CHAIR)
            .text("find a long-term placement")
            .build();
    PanelAction action =
        PanelAction.builder()
            .id(ActionId.of("A1"))
            .decision(DecisionId.of("D1"))
            .type(ActionType.OTHER)
            .description("identify placement")
            .owner(Role.SOCIAL_WORKER)
            .dueOn(TUE_2026_03_17)
            .build();
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_01_20, "part-4")
            .decision(decision)
            .action(action)
            .build();
    assertThat(actions.evaluate(file, forMeeting(TUE_2026_02_17)).isMet()).isFalse();
    RemitDecision march = actions.evaluate(file, forMeeting(TUE_2026_03_17));
    assertThat(march.isMet()).isTrue();
    assertThat(march.getReferral().acceptsMeetingOn(TUE_2026_03_17)).isTrue();
    CaseFile part1 =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_01_20, "part-1")
            .decision(decision)
            .action(action)
            .build();
    assertThat(actions.evaluate(part1, forMeeting(TUE_2026_04_21)).isMet()).isFalse();
  }
}
