package io.permanence.core.evaluation;

import static io.permanence.core.evaluation.TestAuthority.NEW_TO_CARE;
import static io.permanence.core.evaluation.TestAuthority.PANEL;
import static io.permanence.core.evaluation.TestAuthority.S20_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.DeadlineStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {

  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);
  private static final LocalDate MON_2025_12_29 = LocalDate.of(2025, 12, 29);
  private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  private static final LocalDate SUN_2026_01_11 = LocalDate.of(2026, 1, 11);
  private static final LocalDate MON_2026_01_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate THU_2026_02_05 = LocalDate.of(2026, 2, 5);
  private static final LocalDate SUN_2026_02_08 = LocalDate.of(2026, 2, 8);
  private static final LocalDate MON_2026_02_09 = LocalDate.of(2026, 2, 9);
  private static final LocalDate SUN_2026_03_01 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  private static final LocalDate WED_2026_03_18 = LocalDate.of(2026, 3, 18);
  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  private static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  private static final LocalDate SUN_2026_03_22 = LocalDate.of(2026, 3, 22);
  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  private static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  private static final LocalDate THU_2026_03_26 = LocalDate.of(2026, 3, 26);
  private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
  private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  private static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);
  private static final LocalDate FRI_2026_04_10 = LocalDate.of(2026, 4, 10);
  private static final LocalDate THU_2026_05_07 = LocalDate.of(2026, 5, 7);
  private static final LocalDate FRI_2026_05_08 = LocalDate.of(2026, 5, 8);
  private static final LocalDate THU_2026_05_21 = LocalDate.of(2026, 5, 21);
  private static final LocalDate SUN_2026_07_05 = LocalDate.of(2026, 7, 5);
  private static final LocalDate MON_2026_07_06 = LocalDate.of(2026, 7, 6);

  private static final LocalDate BORN_2015 = LocalDate.of(2015, 6, 1);
  private static final LocalDate BORN_2009_01_10 = LocalDate.of(2009, 1, 10);

  private static final Evaluator ENGINE = Evaluator.of(TestAuthority.authority());

  private static CaseFile.Builder lookedAfter(Child child, LocalDate from, LegalStatusCode status) {
    CaseFile.Builder file = CaseFile.builder();
    file.authority(TestAuthority.ID)
        .child(child)
        .addPeriodsOfCare(PeriodOfCare.of(from))
        .addLegalStatusPeriods(LegalStatusPeriod.of(status, from))
        .addPlacements(Placement.of(PlacementCode.U6, from));
    return file;
  }

  private static CaseFile.Builder lookedAfter(String id, LocalDate from, LegalStatusCode status) {
    return lookedAfter(Child.of(ChildId.of(id), BORN_2015), from, status);
  }

  private static CaseFile newToCare(String id, LocalDate from) {
    return lookedAfter(id, from, LegalStatusCode.C1).build();
  }

  private static Child sibling(String id, String group) {
    return Child.builder()
        .id(ChildId.of(id))
        .dateOfBirth(BORN_2015)
        .siblingGroup(SiblingGroupId.of(group))
        .build();
  }

  private static List<LocalDate> listedOn(AgendaPlan plan, String child) {
    return plan.agendas().stream()
        .filter(agenda -> agenda.isListed(ChildId.of(child)))
        .map(Agenda::meetingDate)
        .toList();
  }

  // ------------------------------------------------------------------ agendas

  @Test
  void test_agendas_referralGoesToFirstMeetingWhoseCutOffHasNotPassed() {
    // Looked after on Tue 17 March: the 19 March meeting's cut-off (Mon 16 March) has passed.
    AgendaPlan plan =
        ENGINE.agendas(List.of(newToCare("C1", TUE_2026_03_17)), THU_2026_03_19, THU_2026_04_09);

    assertThat(plan.agendas())
        .extracting(Agenda::meetingDate)
        .containsExactly(THU_2026_03_19, THU_2026_03_26, THU_2026_04_02);
    assertThat(listedOn(plan, "C1")).containsExactly(THU_2026_03_26);
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void test_agendas_onTheCutOffDate_madeTheMeeting() {
    AgendaPlan plan =
        ENGINE.agendas(List.of(newToCare("C1", MON_2026_03_16)), THU_2026_03_19, THU_2026_04_09);

    assertThat(listedOn(plan, "C1")).containsExactly(THU_2026_03_19);
  }

  @Test
  void test_agendas_meetingOutsideTheWindow_notListed() {
    // Window [17 March, 12 May): the 7 May meeting is in it, the 14 May meeting is not,
    // although the remit is still met on the 14 May meeting's cut-off (Mon 11 May).
    CaseFile file = newToCare("C1", TUE_2026_03_17);

    assertThat(listedOn(ENGINE.agendas(List.of(file), THU_2026_05_07, THU_2026_05_21), "C1"))
        .containsExactly(THU_2026_05_07);
    assertThat(listedOn(ENGINE.agendas(List.of(file), FRI_2026_05_08, THU_2026_05_21), "C1"))
        .isEmpty();
    assertThat(
            ENGINE
                .explain(file, FRI_2026_05_08)
                .getPanel(PANEL)
                .met()
                .get(0)
                .getReferral()
                .latestMeetingExclusive())
        .isEqualTo(LocalDate.of(2026, 5, 12));
  }

  @Test
  void test_agendas_s20AfterTwelveWeeks_listedFromTheWindowStart() {
    // Under s20 since Mon 29 Dec 2025: 12 weeks on Mon 23 March, the 26 March meeting's cut-off.
    CaseFile file = lookedAfter("C2", MON_2025_12_29, LegalStatusCode.V2).build();

    AgendaPlan plan = ENGINE.agendas(List.of(file), THU_2026_03_19, THU_2026_04_09);

    assertThat(listedOn(plan, "C2")).containsExactly(THU_2026_03_26);
    assertThat(plan.findAgenda(PANEL, THU_2026_03_26).orElseThrow().itemsOf(ChildId.of("C2")))
        .extracting(item -> item.heading().id())
        .containsExactly("s20-review");
  }

  @Test
  void test_agendas_headingsInPanelOrder_emptySectionsKept() {
    CaseFile s20 = lookedAfter("C2", MON_2025_12_29, LegalStatusCode.V2).build();
    CaseFile newToCare = newToCare("C1", TUE_2026_03_17);

    Agenda agenda =
        ENGINE.agendas(List.of(s20, newToCare), THU_2026_03_26, THU_2026_04_02).agendas().get(0);
    Agenda next =
        ENGINE.agendas(List.of(s20, newToCare), THU_2026_04_02, THU_2026_04_09).agendas().get(0);

    assertThat(agenda.sections())
        .extracting(section -> section.heading().id(), section -> section.items().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("new-to-care", 1),
            org.assertj.core.groups.Tuple.tuple("s20-review", 1));
    assertThat(agenda.items())
        .extracting(AgendaItem::child)
        .map(ChildId::id)
        .containsExactly("C1", "C2");
    assertThat(next.sections())
        .extracting(AgendaSection::heading)
        .containsExactly(NEW_TO_CARE, S20_REVIEW);
  }

  @Test
  void test_agendas_siblingsListedTogether() {
    List<CaseFile> files =
        List.of(
            lookedAfter(sibling("C5", "G-A"), TUE_2026_03_17, LegalStatusCode.C1).build(),
            newToCare("C3", TUE_2026_03_17),
            lookedAfter(sibling("C4", "G-B"), TUE_2026_03_17, LegalStatusCode.C1).build(),
            newToCare("C2", TUE_2026_03_17),
            lookedAfter(sibling("C1", "G-B"), TUE_2026_03_17, LegalStatusCode.C1).build(),
            lookedAfter(sibling("C6", "G-A"), TUE_2026_03_17, LegalStatusCode.C1).build());

    Agenda agenda = ENGINE.agendas(files, THU_2026_03_26, THU_2026_04_02).agendas().get(0);

    assertThat(agenda.items())
        .extracting(item -> item.child().id())
        .containsExactly("C1", "C4", "C2", "C3", "C5", "C6");
  }

  @Test
  void test_agendas_twoRemitsOfOneHeading_oneItemWithBothReasons() {
    Evaluator engine =
        Evaluator.of(
            TestAuthority.builder(
                    List.of(new TestAuthority.NewToCare("new to care, again", NEW_TO_CARE)))
                .build());

    Agenda agenda =
        engine
            .agendas(List.of(newToCare("C1", TUE_2026_03_17)), THU_2026_03_26, THU_2026_04_02)
            .agendas()
            .get(0);

    assertThat(agenda.items()).hasSize(1);
    AgendaItem item = agenda.items().get(0);
    assertThat(item.remits()).containsExactly("new to care", "new to care, again");
    assertThat(item.citations()).hasSize(2);
    assertThat(item.reasons()).allMatch(reason -> reason.contains("2026-03-17"));
    assertThat(item.questions()).isEqualTo(NEW_TO_CARE.questions());
    assertThat(item.attendees()).containsExactly(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
  }

  @Test
  void test_agendas_aged17_excludedNotListed() {
    CaseFile seventeen =
        lookedAfter(Child.of(ChildId.of("C9"), BORN_2009_01_10), TUE_2026_03_17, LegalStatusCode.C1)
            .build();

    Agenda agenda =
        ENGINE
            .agendas(
                List.of(seventeen, newToCare("C1", TUE_2026_03_17)), THU_2026_03_26, THU_2026_04_02)
            .agendas()
            .get(0);

    assertThat(agenda.isListed(ChildId.of("C9"))).isFalse();
    assertThat(agenda.isListed(ChildId.of("C1"))).isTrue();
    assertThat(agenda.exclusions()).hasSize(1);
    assertThat(agenda.exclusions().get(0).child()).isEqualTo(ChildId.of("C9"));
    assertThat(agenda.exclusions().get(0).policy()).isEqualTo("aged 17");
    assertThat(agenda.exclusions().get(0).citation()).isEqualTo(Citation.of("Test ToR", "3.3"));
  }

  @Test
  void test_agendas_papersOnFileByTheCutOff() {
    // Meeting Thu 26 March, cut-off Mon 23 March.
    CaseFile file =
        lookedAfter("C1", TUE_2026_03_17, LegalStatusCode.C1)
            .addDocuments(
                DocumentOnFile.of(DocumentType.CARE_PLAN, WED_2026_03_18),
                DocumentOnFile.of(DocumentType.CARE_PLAN, MON_2026_03_23),
                DocumentOnFile.of(DocumentType.GENOGRAM, TUE_2026_03_24))
            .build();
    CaseFile late =
        lookedAfter("C2", TUE_2026_03_17, LegalStatusCode.C1)
            .addDocuments(DocumentOnFile.of(DocumentType.CARE_PLAN, TUE_2026_03_24))
            .build();

    Agenda agenda =
        ENGINE.agendas(List.of(file, late), THU_2026_03_26, THU_2026_04_02).agendas().get(0);

    assertThat(agenda.itemsOf(ChildId.of("C1")).get(0).papers())
        .containsExactly(PaperStatus.onFile(DocumentType.CARE_PLAN, MON_2026_03_23));
    assertThat(agenda.itemsOf(ChildId.of("C2")).get(0).papers())
        .containsExactly(PaperStatus.missing(DocumentType.CARE_PLAN));
    assertThat(agenda.itemsOf(ChildId.of("C2")).get(0).hasAllPapers()).isFalse();
  }

  @Test
  void test_agendas_cutOffAndCirculation_movedOffEaster() {
    // Meeting Thu 9 April 2026: Monday 6 April is Easter Monday and Friday 3 April Good Friday,
    // so papers are due by 12:00 on Thu 2 April; the agenda goes out on Tue 7 April at 12:00 (BST).
    Agenda agenda = ENGINE.agendas(List.of(), THU_2026_04_09, FRI_2026_04_10).agendas().get(0);

    assertThat(agenda.referralCutOff()).isEqualTo(Instant.parse("2026-04-02T11:00:00Z"));
    assertThat(agenda.referralCutOffDate()).isEqualTo(THU_2026_04_02);
    assertThat(agenda.agendaCirculated()).contains(Instant.parse("2026-04-07T11:00:00Z"));
    assertThat(agenda.meeting().startTime()).isEqualTo(java.time.LocalTime.of(14, 0));
  }

  @Test
  void test_agendas_ruleThrows_findingAndTheRestEvaluated() {
    // A period of care with no placement recorded: the "new to care" remit cannot name it.
    CaseFile noPlacement =
        CaseFile.builder()
            .authority(TestAuthority.ID)
            .child(Child.of(ChildId.of("C7"), BORN_2015))
            .addPeriodsOfCare(PeriodOfCare.of(TUE_2026_03_17))
            .addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.C1, TUE_2026_03_17))
            .build();

    AgendaPlan plan =
        ENGINE.agendas(
            List.of(noPlacement, newToCare("C1", TUE_2026_03_17)), THU_2026_03_26, THU_2026_04_09);

    assertThat(listedOn(plan, "C1")).containsExactly(THU_2026_03_26);
    assertThat(listedOn(plan, "C7")).isEmpty();
    assertThat(plan.findings()).hasSize(1);
    DataQualityFinding finding = plan.findings().get(0);
    assertThat(finding.child()).isEqualTo(ChildId.of("C7"));
    assertThat(finding.source()).isEqualTo("remit 'new to care'");
    assertThat(finding.problem()).contains("IllegalStateException", "no placement recorded");
    assertThat(finding.citation()).contains(Citation.of("Test ToR", "3.1"));
  }

  @Test
  void test_agendas_reviewBeforeLookedAfter_finding() {
    CaseFile file =
        lookedAfter("C1", TUE_2026_03_17, LegalStatusCode.C1)
            .addReviews(LookedAfterReview.of(SUN_2026_03_01))
            .build();

    AgendaPlan plan = ENGINE.agendas(List.of(file), THU_2026_03_26, THU_2026_04_02);

    assertThat(listedOn(plan, "C1")).containsExactly(THU_2026_03_26);
    assertThat(plan.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("consistency");
              assertThat(f.problem())
                  .isEqualTo(
                      "review on 2026-03-01 is dated before the child became looked after on"
                          + " 2026-03-17");
            });
  }

  @Test
  void test_agendas_sameChildTwice_findingAndFirstEvaluated() {
    AgendaPlan plan =
        ENGINE.agendas(
            List.of(newToCare("C1", TUE_2026_03_17), newToCare("C1", MON_2026_03_16)),
            THU_2026_03_19,
            THU_2026_04_02);

    assertThat(listedOn(plan, "C1")).containsExactly(THU_2026_03_26);
    assertThat(plan.findings())
        .extracting(DataQualityFinding::source)
        .containsExactly("consistency");
  }

  @Test
  void test_agendas_sameResultWhateverTheInputOrder() {
    List<CaseFile> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LocalDate from = MON_2025_12_01.plusDays(i % 120);
      Child child =
          i % 3 == 0
              ? sibling("C" + i, "G" + (i / 6))
              : Child.of(ChildId.of("C" + i), BORN_2009_01_10.plusDays(i * 11L));
      files.add(
          lookedAfter(child, from, i % 2 == 0 ? LegalStatusCode.V2 : LegalStatusCode.C1).build());
    }
    List<CaseFile> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(7));

    AgendaPlan plan = ENGINE.agendas(files, THU_2026_03_19, THU_2026_05_21);

    assertThat(ENGINE.agendas(shuffled, THU_2026_03_19, THU_2026_05_21)).isEqualTo(plan);
    assertThat(plan.agendas().stream().mapToInt(a -> a.items().size()).sum()).isPositive();
    assertThat(plan.agendas().stream().mapToInt(a -> a.exclusions().size()).sum()).isPositive();
  }

  // ------------------------------------------------------------------ evaluate

  /** Two hundred children in care, a child whose remit throws, a repeat and a stray review. */
  private static List<CaseFile> mixedCohort() {
    List<CaseFile> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LocalDate from = MON_2025_12_01.plusDays(i % 120);
      Child child =
          i % 3 == 0
              ? sibling("C" + i, "G" + (i / 6))
              : Child.of(ChildId.of("C" + i), BORN_2009_01_10.plusDays(i * 11L));
      files.add(
          lookedAfter(child, from, i % 2 == 0 ? LegalStatusCode.V2 : LegalStatusCode.C1).build());
    }
    files.add(
        CaseFile.builder()
            .authority(TestAuthority.ID)
            .child(Child.of(ChildId.of("C900"), BORN_2015))
            .addPeriodsOfCare(PeriodOfCare.of(TUE_2026_03_17))
            .addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.C1, TUE_2026_03_17))
            .build());
    files.add(newToCare("C1", MON_2026_03_16));
    files.add(
        lookedAfter("C901", TUE_2026_03_17, LegalStatusCode.C1)
            .addReviews(LookedAfterReview.of(SUN_2026_03_01))
            .build());
    return files;
  }

  static Stream<Arguments> agendaWeeks() {
    return Stream.of(
        Arguments.of(0), Arguments.of(1), Arguments.of(5), Arguments.of(10), Arguments.of(14));
  }

  @ParameterizedTest
  @MethodSource("agendaWeeks")
  void test_evaluate_equalsTheThreeReports(int weeks) {
    List<CaseFile> files = mixedCohort();
    LocalDate end = WED_2026_03_18.plusWeeks(weeks);

    Evaluation together = ENGINE.evaluate(files, WED_2026_03_18, end);

    assertThat(together.agendas()).isEqualTo(ENGINE.agendas(files, WED_2026_03_18, end));
    DriftReport drift = ENGINE.drift(files, WED_2026_03_18);
    assertThat(together.drift()).isEqualTo(drift);
    assertThat(together.drift().items())
        .extracting(DriftItem::detail)
        .containsExactlyElementsOf(drift.items().stream().map(DriftItem::detail).toList());
    assertThat(together.tracker()).isEqualTo(ENGINE.tracker(files, WED_2026_03_18));
    assertThat(together.tracker().rows()).isNotEmpty();
    assertThat(together.agendas().findings())
        .extracting(DataQualityFinding::source)
        .contains("consistency");
    assertThat(together.tracker().findings())
        .extracting(DataQualityFinding::source)
        .contains("consistency", "remit 'new to care'");
  }

  @Test
  void test_evaluate_agendasEndBeforeTheDate_rejected() {
    assertThatThrownBy(() -> ENGINE.evaluate(List.of(), WED_2026_03_18, TUE_2026_03_17))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agendasEndExclusive must not be before asOf but was 2026-03-17 < 2026-03-18");
  }

  // ------------------------------------------------------------------ explain

  @Test
  void test_explain_inclusionsAndExclusions() {
    CaseFile seventeen =
        lookedAfter(Child.of(ChildId.of("C9"), BORN_2009_01_10), TUE_2026_03_17, LegalStatusCode.C1)
            .build();

    Explanation excluded = ENGINE.explain(seventeen, FRI_2026_03_20);
    Explanation included = ENGINE.explain(newToCare("C1", TUE_2026_03_17), FRI_2026_03_20);

    PanelExplanation panel = excluded.getPanel(PANEL);
    assertThat(panel.meeting().orElseThrow().date()).isEqualTo(THU_2026_03_26);
    assertThat(panel.evaluatedOn()).isEqualTo(MON_2026_03_23);
    assertThat(panel.met()).extracting(RemitDecision::remit).containsExactly("new to care");
    assertThat(panel.notMet())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.remit()).isEqualTo("s20 over 12 weeks");
              assertThat(d.reason()).isEqualTo("not accommodated under section 20");
              assertThat(d.citation()).isEqualTo(Citation.of("Test ToR", "3.2"));
            });
    assertThat(panel.exclusions()).extracting(e -> e.policy()).containsExactly("aged 17");
    assertThat(panel.listed()).isEmpty();
    assertThat(included.getPanel(PANEL).listed())
        .extracting(r -> r.remit())
        .containsExactly("new to care");
    assertThat(included.getPanel(PANEL).exclusions()).isEmpty();
  }

  // ------------------------------------------------------------------ drift

  /** Looked after on Mon 2 March 2026: the initial review is due Mon 30 March (20 working days). */
  private static CaseFile.Builder reviewDue() {
    return lookedAfter("C1", MON_2026_03_02, LegalStatusCode.C1);
  }

  static Stream<Arguments> initialReviewStatuses() {
    return Stream.of(
        Arguments.of(SUN_2026_03_22, List.of()),
        Arguments.of(MON_2026_03_23, List.of(DeadlineStatus.DUE_SOON)),
        Arguments.of(MON_2026_03_30, List.of(DeadlineStatus.DUE_SOON)),
        Arguments.of(TUE_2026_03_31, List.of(DeadlineStatus.OVERDUE)));
  }

  @ParameterizedTest
  @MethodSource("initialReviewStatuses")
  void test_drift_initialReviewNotHeld(LocalDate asOf, List<DeadlineStatus> expected) {
    DriftReport report = ENGINE.drift(List.of(reviewDue().build()), asOf);

    assertThat(report.items()).extracting(DriftItem::status).isEqualTo(expected);
    report
        .items()
        .forEach(
            item -> {
              assertThat(item.dueDate()).isEqualTo(MON_2026_03_30);
              assertThat(item.kind()).isEqualTo(DriftKind.REVIEW);
              assertThat(item.escalateTo()).isEqualTo(Role.IRO);
              assertThat(item.citation()).isEqualTo(Citation.of("Test ToR", "5"));
              assertThat(item.title()).isEqualTo("Initial review");
            });
  }

  @Test
  void test_drift_metLate_isHistory_metInTime_isNothing() {
    CaseFile late = reviewDue().addReviews(LookedAfterReview.of(WED_2026_04_01)).build();
    CaseFile inTime = reviewDue().addReviews(LookedAfterReview.of(FRI_2026_03_27)).build();

    DriftReport lateReport = ENGINE.drift(List.of(late), FRI_2026_04_10);
    DriftReport inTimeReport = ENGINE.drift(List.of(inTime), FRI_2026_04_10);

    assertThat(lateReport.items()).isEmpty();
    assertThat(lateReport.history())
        .singleElement()
        .satisfies(item -> assertThat(item.status()).isEqualTo(DeadlineStatus.MET_LATE));
    assertThat(inTimeReport.items()).isEmpty();
    assertThat(inTimeReport.history()).isEmpty();
  }

  @Test
  void test_drift_overdueAction_escalatedToTheAuthorityDefault() {
    PanelAction action =
        PanelAction.builder()
            .id(ActionId.of("A1"))
            .type(ActionType.CONVENE_REVIEW)
            .description("Convene the review")
            .owner(Role.SOCIAL_WORKER)
            .dueOn(FRI_2026_03_20)
            .build();
    CaseFile file =
        reviewDue().addReviews(LookedAfterReview.of(FRI_2026_03_20)).addActions(action).build();

    DriftReport onDueDay = ENGINE.drift(List.of(file), FRI_2026_03_20);
    DriftReport report = ENGINE.drift(List.of(file), TUE_2026_03_31);

    assertThat(onDueDay.items()).isEmpty();
    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(DriftKind.ACTION_OVERDUE);
              assertThat(item.status()).isEqualTo(DeadlineStatus.OVERDUE);
              assertThat(item.dueDate()).isEqualTo(FRI_2026_03_20);
              assertThat(item.escalateTo()).isEqualTo(Role.HEAD_OF_SERVICE);
              assertThat(item.citation()).isEqualTo(Citation.of("Test ToR", "4"));
              assertThat(item.title()).contains("A1");
            });
    assertThat(report.countsByKind().get(DriftKind.ACTION_OVERDUE)).isEqualTo(1);
    assertThat(report.countsByKind().get(DriftKind.REVIEW)).isZero();
    assertThat(report.countsByStatus())
        .containsExactly(java.util.Map.entry(DeadlineStatus.OVERDUE, 1));
  }

  @Test
  void test_drift_sortedByDueDateThenChild() {
    List<CaseFile> files =
        List.of(
            lookedAfter("C3", MON_2026_03_02, LegalStatusCode.C1).build(),
            lookedAfter("C1", MON_2026_03_16, LegalStatusCode.C1).build(),
            lookedAfter("C2", MON_2026_03_02, LegalStatusCode.C1).build());

    DriftReport report = ENGINE.drift(files, THU_2026_05_07);

    assertThat(report.items())
        .extracting(item -> item.child().id())
        .containsExactly("C2", "C3", "C1");
  }

  // ------------------------------------------------------------------ tracker

  /** Looked after under s20 from 1 Dec 2025; interim care order and proceedings from 5 Jan 2026. */
  private static CaseFile inProceedings() {
    return CaseFile.builder()
        .authority(TestAuthority.ID)
        .child(Child.of(ChildId.of("C1"), BORN_2015))
        .addPeriodsOfCare(PeriodOfCare.of(MON_2025_12_01))
        .addLegalStatusPeriods(
            LegalStatusPeriod.of(LegalStatusCode.V2, MON_2025_12_01, MON_2026_01_05),
            LegalStatusPeriod.of(LegalStatusCode.C1, MON_2026_01_05))
        .addPlacements(Placement.of(PlacementCode.U6, MON_2025_12_01))
        .addCareProceedings(
            CareProceedings.builder()
                .decisionToIssueOn(MON_2025_12_01)
                .decisionForum(DecisionForum.LEGAL_GATEWAY_MEETING)
                .issuedOn(MON_2026_01_05)
                .build())
        .addPlans(
            PermanencePlan.of(
                PermanenceOption.REUNIFICATION,
                PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP,
                MON_2026_01_12))
        .addPanelAppearances(PanelAppearance.of(PANEL, THU_2026_02_05, "Children new to care"))
        .addActions(
            PanelAction.builder()
                .id(ActionId.of("A1"))
                .type(ActionType.ASSESSMENT)
                .description("Parenting assessment")
                .owner(Role.SOCIAL_WORKER)
                .dueOn(MON_2026_03_16)
                .build())
        .build();
  }

  static Stream<Arguments> proceedingsWeeks() {
    return Stream.of(
        Arguments.of(MON_2026_01_05, 1),
        Arguments.of(SUN_2026_01_11, 1),
        Arguments.of(MON_2026_01_12, 2),
        Arguments.of(SUN_2026_07_05, 26),
        Arguments.of(MON_2026_07_06, 27));
  }

  @ParameterizedTest
  @MethodSource("proceedingsWeeks")
  void test_tracker_weekOfProceedings_beginningWithTheDayOfIssue(LocalDate asOf, int week) {
    TrackerRow row = ENGINE.tracker(List.of(inProceedings()), asOf).rows().get(0);

    assertThat(row.proceedingsWeek()).contains(week);
    assertThat(row.proceedingsWeeksAllowed()).contains(26);
  }

  @Test
  void test_tracker_rowFields() {
    Tracker tracker = ENGINE.tracker(List.of(inProceedings()), TUE_2026_03_24);

    TrackerRow row = tracker.findRow(ChildId.of("C1")).orElseThrow();
    assertThat(row.legalStatus()).contains(LegalStatusCode.C1);
    assertThat(row.legalStatusSince()).contains(MON_2026_01_05);
    assertThat(row.plan().orElseThrow().primary()).isEqualTo(PermanenceOption.REUNIFICATION);
    assertThat(row.plan().orElseThrow().contingency())
        .contains(PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP);
    assertThat(row.becameLookedAfter()).contains(MON_2025_12_01);
    // 20 working days after Mon 1 Dec 2025, skipping Thu 25 and Fri 26 Dec: Wed 31 Dec 2025.
    assertThat(row.nextReviewDue()).contains(LocalDate.of(2025, 12, 31));
    assertThat(row.proceedingsWeek()).contains(12);
    assertThat(row.ploWeek()).isEmpty();
    assertThat(row.lastPanel().orElseThrow().meetingOn()).isEqualTo(THU_2026_02_05);
    assertThat(row.nextPanel()).isEmpty();
    assertThat(row.openActions()).extracting(a -> a.id().id()).containsExactly("A1");
    assertThat(row.openActions().get(0).owner()).isEqualTo(Role.SOCIAL_WORKER);
    assertThat(row.driftFlags()).containsExactly(DriftKind.REVIEW, DriftKind.ACTION_OVERDUE);
  }

  @Test
  void test_tracker_nextPanelFromTheTenWeekPlan() {
    TrackerRow row =
        ENGINE.tracker(List.of(newToCare("C1", TUE_2026_03_17)), WED_2026_03_18).rows().get(0);

    assertThat(row.nextPanel())
        .contains(PanelAppearance.of(PANEL, THU_2026_03_26, "Children new to care"));
  }

  @Test
  void test_tracker_ploWeek_andScope() {
    CaseFile plo =
        CaseFile.builder()
            .authority(TestAuthority.ID)
            .child(Child.of(ChildId.of("C2"), BORN_2015))
            .addPreProceedings(PreProceedings.of(MON_2026_02_02))
            .build();
    CaseFile outOfScope =
        CaseFile.builder()
            .authority(TestAuthority.ID)
            .child(Child.of(ChildId.of("C3"), BORN_2015))
            .build();

    Tracker first = ENGINE.tracker(List.of(outOfScope, plo), SUN_2026_02_08);
    Tracker second = ENGINE.tracker(List.of(outOfScope, plo), MON_2026_02_09);

    assertThat(first.rows()).extracting(r -> r.child().id()).containsExactly("C2");
    assertThat(first.rows().get(0).ploWeek()).contains(1);
    assertThat(first.rows().get(0).legalStatus()).isEmpty();
    assertThat(second.rows().get(0).ploWeek()).contains(2);
  }

  @Test
  void test_tracker_reviewBeforeLookedAfter_reported() {
    CaseFile file =
        inProceedings().toBuilder()
            .addReviews(LookedAfterReview.of(THU_2026_02_05.minusYears(1)))
            .build();

    Tracker tracker = ENGINE.tracker(List.of(file), TUE_2026_03_24);

    assertThat(tracker.rows()).hasSize(1);
    assertThat(tracker.findings())
        .extracting(DataQualityFinding::source)
        .containsExactly("consistency");
  }

  @Test
  void test_weekBeginningWith_dayOneIsWeekOne() {
    assertThat(Evaluator.weekBeginningWith(MON_2026_01_05, MON_2026_01_05)).isEqualTo(1);
    assertThat(Evaluator.weekBeginningWith(MON_2026_01_05, SUN_2026_07_05)).isEqualTo(26);
  }
}
