package io.permanence.examples.shire;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.panel.Agenda;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomAuthorityExampleTest {

  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final LocalDate WED_2026_05_06 = LocalDate.of(2026, 5, 6);
  private static final LocalDate MON_2025_11_03 = LocalDate.of(2025, 11, 3);
  private static final LocalDate MON_2025_09_01 = LocalDate.of(2025, 9, 1);

  private static final Authority SHIRE = new CustomAuthorityExample().create();

  private static final CaseFile NEW = // looked after 2 weeks before the date
      Scenario.child("S1")
          .bornOn(LocalDate.of(2020, 1, 1))
          .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.C2, PlacementCode.U1)
          .build();
  private static final CaseFile NO_PLAN = // looked after 4.5 months, no plan
      Scenario.child("S2")
          .bornOn(LocalDate.of(2018, 1, 1))
          .lookedAfterFrom(MON_2025_11_03, LegalStatusCode.C2, PlacementCode.U1)
          .build();
  private static final CaseFile PLANNED =
      Scenario.child("S3")
          .bornOn(LocalDate.of(2018, 1, 1))
          .lookedAfterFrom(MON_2025_09_01, LegalStatusCode.C2, PlacementCode.U1)
          .plan(MON_2025_09_01.plusMonths(2), PermanenceOption.ADOPTION)
          .build();
  private static final CaseFile SEVENTEEN =
      Scenario.child("S4")
          .bornOn(LocalDate.of(2009, 1, 1))
          .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U1)
          .build();

  @Test
  void test_provider_foundByServiceLoader() {
    assertThat(Authorities.get(AuthorityId.of("example-shire")))
        .isInstanceOf(CustomAuthorityExample.class);
  }

  @Test
  void test_agendas_firstWednesdays_listsByRemitAndExcludesSeventeen() {
    AgendaPlan plan =
        Evaluator.of(SHIRE)
            .agendas(
                List.of(NEW, NO_PLAN, PLANNED, SEVENTEEN),
                MON_2026_03_16,
                WED_2026_05_06.plusDays(1));

    assertThat(plan.agendas())
        .extracting(Agenda::meetingDate)
        .containsExactly(WED_2026_04_01, WED_2026_05_06);
    Agenda april = plan.agendas().get(0);
    assertThat(april.sections().get(0).items())
        .extracting(i -> i.child().id())
        .containsExactly("S1");
    assertThat(april.sections().get(1).items())
        .extracting(i -> i.child().id())
        .containsExactly("S2");
    assertThat(april.exclusions()).extracting(e -> e.child().id()).containsExactly("S4");
    assertThat(april.items().get(0).papers()).allMatch(p -> !p.isOnFile());
    assertThat(plan.findings()).isEmpty();
  }

  @Test
  void test_agendas_cutOffFiveWorkingDaysBefore() {
    AgendaPlan plan =
        Evaluator.of(SHIRE).agendas(List.of(NEW), MON_2026_03_16, WED_2026_04_01.plusDays(1));

    assertThat(plan.agendas().get(0).referralCutOffDate()).isEqualTo(LocalDate.of(2026, 3, 25));
  }

  @Test
  void test_explain_plannedChild_notMetWithReasonAndCitation() {
    Explanation why = Evaluator.of(SHIRE).explain(PLANNED, MON_2026_03_16);

    assertThat(why.getPanel(CustomAuthorityExample.PANEL).notMet())
        .extracting(d -> d.reason() + " (" + d.citation() + ")")
        .containsExactly(
            "not new to care (Example Shire Permanence Panel ToR 3.1)",
            "has a plan, or in care under 4 months (Example Shire Permanence Panel ToR 3.2)");
  }

  @Test
  void test_drift_statutoryReviewDeadline() {
    assertThat(Evaluator.of(SHIRE).drift(List.of(NO_PLAN), MON_2026_03_16).items())
        .anyMatch(item -> item.status() == DeadlineStatus.OVERDUE);
  }
}
