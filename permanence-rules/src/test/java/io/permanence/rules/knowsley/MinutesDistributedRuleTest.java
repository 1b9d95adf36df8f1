package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_24;
import static io.permanence.rules.knowsley.KnowsleyFixtures.WED_2026_03_25;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesDistributedRuleTest {

  private final MinutesDistributedRule rule = new MinutesDistributedRule();

  private static CaseFile heardOnMarch17(LocalDate... minutes) {
    var scenario =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.U4)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_03_17, "part-2");
    for (LocalDate day : minutes) {
      scenario.document(DocumentType.PANEL_MINUTES, day);
    }
    return scenario.build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new LocalDate[] {TUE_2026_03_24}, DeadlineStatus.MET),
        Arguments.of(new LocalDate[] {WED_2026_03_25}, DeadlineStatus.MET_LATE),
        Arguments.of(new LocalDate[] {}, DeadlineStatus.OVERDUE));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void test_Knowsley_Admin_role_d_minutesWithinOneWeek(LocalDate[] minutes, DeadlineStatus status) {
    Deadline deadline = rule.deadlinesFor(heardOnMarch17(minutes), on(WED_2026_03_25)).get(0);
    assertThat(deadline.dueDate()).isEqualTo(TUE_2026_03_24);
    assertThat(deadline.status(WED_2026_03_25)).isEqualTo(status);
    assertThat(deadline.citation().toString()).isEqualTo("Knowsley §Admin role(d)");
  }

  @Test
  void test_Knowsley_Admin_role_d_minutesWithinOverride_fiveWorkingDays() {
    var settings =
        KnowsleyProvider.exampleSettings().withText("knowsley.minutes-within", "5 working days");
    assertThat(rule.deadlinesFor(heardOnMarch17(), on(WED_2026_03_25, settings)).get(0).dueDate())
        .isEqualTo(TUE_2026_03_24);
    var tenDays = KnowsleyProvider.exampleSettings().withText("knowsley.minutes-within", "10 days");
    assertThat(rule.deadlinesFor(heardOnMarch17(), on(WED_2026_03_25, tenDays)).get(0).dueDate())
        .isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  void test_Knowsley_Admin_role_d_meetingAfterAsOf_noDeadlineYet() {
    assertThat(rule.deadlinesFor(heardOnMarch17(), on(TUE_2026_03_17.minusDays(1)))).isEmpty();
  }
}
