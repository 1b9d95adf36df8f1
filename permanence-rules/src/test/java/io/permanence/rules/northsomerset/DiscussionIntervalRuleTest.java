package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetFixtures.MON_2026_01_05;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.SAT_2026_03_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.SUN_2026_03_15;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.TUE_2026_04_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_01_14;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_02_11;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.WED_2026_04_15;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.child;
import static io.permanence.rules.northsomerset.NorthSomersetFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiscussionIntervalRuleTest {

  private final DiscussionIntervalRule rule = new DiscussionIntervalRule();

  private static CaseFile discussedOnJan14() {
    return child("C1")
        .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
        .appearedAt(NorthSomerset.PANEL.id(), WED_2026_01_14, "new-entrants")
        .build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(SAT_2026_03_14, DeadlineStatus.PENDING),
        Arguments.of(SUN_2026_03_15, DeadlineStatus.DUE_SOON),
        Arguments.of(TUE_2026_04_14, DeadlineStatus.DUE_SOON),
        Arguments.of(WED_2026_04_15, DeadlineStatus.OVERDUE));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void test_NSomerset_6_s3_atRiskAfterTwoMonthsOverdueAfterThree(
      LocalDate asOf, DeadlineStatus expected) {
    List<Deadline> deadlines = rule.deadlinesFor(discussedOnJan14(), on(asOf));
    assertThat(deadlines).hasSize(2);
    assertThat(deadlines.get(0).status(asOf)).isEqualTo(DeadlineStatus.MET);
    Deadline open = deadlines.get(1);
    assertThat(open.startDate()).isEqualTo(WED_2026_01_14);
    assertThat(open.dueDate()).isEqualTo(TUE_2026_04_14);
    assertThat(open.status(asOf)).isEqualTo(expected);
    assertThat(open.citation().toString()).isEqualTo("NSomerset §6 s3");
    assertThat(rule.driftKind()).isEqualTo(DriftKind.PANEL_MISSED);
  }

  @Test
  void test_NSomerset_6_s1_atRiskOverride_oneMonth() {
    var settings =
        NorthSomersetProvider.exampleSettings()
            .withText("north-somerset.discuss-at-risk-after", "1 month");
    Deadline open = rule.deadlinesFor(discussedOnJan14(), on(WED_2026_02_11, settings)).get(1);
    assertThat(open.status(WED_2026_02_11)).isEqualTo(DeadlineStatus.PENDING);
    assertThat(open.status(LocalDate.of(2026, 2, 15))).isEqualTo(DeadlineStatus.DUE_SOON);
  }

  @Test
  void test_NSomerset_6_s3_leftTracker_noOpenInterval() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C1, PlacementCode.U4)
            .appearedAt(NorthSomerset.PANEL.id(), WED_2026_01_14, "new-entrants")
            .longTermMatch(WED_2026_02_11)
            .document(DocumentType.LIFE_STORY_WORK, WED_2026_02_11)
            .build();
    List<Deadline> deadlines = rule.deadlinesFor(file, on(WED_2026_04_15));
    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).metOn()).contains(WED_2026_01_14);
  }
}
