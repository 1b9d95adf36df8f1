package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_01_20;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_10;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.forMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Referral;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewAgreementExclusionTest {

  private final ReviewAgreementExclusion policy = new ReviewAgreementExclusion();

  private static Optional<Exclusion> evaluate(CaseFile file, String setting) {
    var settings =
        KnowsleyProvider.exampleSettings()
            .withText("knowsley.part2-requires-review-agreement", setting);
    Authority authority = KnowsleyFixtures.authority(settings);
    Remit remit =
        authority.remits().stream()
            .filter(r -> r.name().equals("matching and approval request"))
            .findFirst()
            .orElseThrow();
    EvaluationContext context = forMeeting(TUE_2026_03_17, settings);
    Referral referral = remit.evaluate(file, context).getReferral();
    return new ReviewAgreementExclusion().evaluate(file, referral, context);
  }

  @Test
  void test_Knowsley_Part_2_s2_excludeOverride_requestWithoutReviewExcluded() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10)
            .build();
    Optional<Exclusion> exclusion = evaluate(file, "EXCLUDE");
    assertThat(exclusion).isPresent();
    assertThat(exclusion.get().reason())
        .contains("not recorded as agreed at a looked-after review");
    assertThat(exclusion.get().citation().toString()).isEqualTo("Knowsley §Part 2 s2");
    assertThat(evaluate(file, "FLAG")).isEmpty();
  }

  @Test
  void test_Knowsley_Part_2_s2_requestAfterReview_notExcluded() {
    CaseFile file =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .review(TUE_2026_01_20)
            .flag(CaseFlagType.MATCH_APPROVAL_REQUESTED, TUE_2026_02_10)
            .build();
    assertThat(evaluate(file, "EXCLUDE")).isEmpty();
    assertThat(policy.panel()).isEqualTo(Knowsley.PANEL);
  }
}
