package io.permanence.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.testkit.cohort.SampleAuthority;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemitLawsTest {

  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);
  private static final Authority AUTHORITY = SampleAuthority.create();
  private static final List<CaseFile> COHORT =
      SyntheticCohort.of(SampleAuthority.ID, WED_2026_04_01, 11).list(1000);

  @Test
  void test_check_sampleAuthority_holds() {
    assertThat(RemitLaws.check(AUTHORITY, COHORT, WED_2026_04_01)).isEmpty();
  }

  /** Refers every child, but names another child on the referral. */
  private static class WrongChild implements Remit {
    private final Remit delegate = AUTHORITY.remits().get(0);

    @Override
    public String name() {
      return "wrong child";
    }

    @Override
    public PanelId panel() {
      return delegate.panel();
    }

    @Override
    public Heading heading() {
      return delegate.heading();
    }

    @Override
    public Citation citation() {
      return Citation.of("Sample ToR", "9");
    }

    @Override
    public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
      return RemitDecision.met(
          Referral.builder()
              .child(ChildId.of("someone-else"))
              .panel(panel())
              .heading(heading())
              .remit(name())
              .reason("always")
              .citation(citation())
              .earliestMeeting(context.asOf())
              .latestMeetingExclusive(context.asOf().plusWeeks(1))
              .build());
    }
  }

  @Test
  void test_decisionIsWellFormed_referralOfAnotherChild_violation() {
    EvaluationContext context =
        EvaluationContext.of(WED_2026_04_01, AUTHORITY.calendar(), AUTHORITY.settings());

    assertThat(RemitLaws.decisionIsWellFormed(new WrongChild(), COHORT.get(0), context))
        .singleElement()
        .asString()
        .contains("refers child someone-else");
  }

  @Test
  void test_decisionIsWellFormed_throwingRemit_violation() {
    Remit throwing =
        new WrongChild() {
          @Override
          public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
            throw new IllegalStateException("cannot judge");
          }
        };
    EvaluationContext context =
        EvaluationContext.of(WED_2026_04_01, AUTHORITY.calendar(), AUTHORITY.settings());

    assertThat(RemitLaws.decisionIsWellFormed(throwing, COHORT.get(0), context))
        .singleElement()
        .asString()
        .contains("throws IllegalStateException: cannot judge");
  }
}
