package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.rules.knowsley.KnowsleySettings.ReviewAgreement;
import java.util.Optional;

/**
 * §Part 2 s2: requests come "from Social Workers proactively progressing plans for permanency, as
 * agreed in the child's review".
 *
 * <p>With {@code part2-requires-review-agreement = EXCLUDE} (I-KNO-15), a Part 2 request with no
 * looked-after review on or before the request date is not listed, and this exclusion says why. By
 * default ({@code FLAG}) it never applies: the request is listed with the flag in its reason.
 */
public final class ReviewAgreementExclusion implements ExclusionPolicy {

  private static final Citation CITATION = Knowsley.cite("§Part 2 s2");

  /** The policy. */
  public ReviewAgreementExclusion() {}

  @Override
  public String name() {
    return "Part 2 request not agreed at review";
  }

  @Override
  public PanelId panel() {
    return Knowsley.PANEL;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext context) {
    if (context.settings().get(KnowsleySettings.PART2_REQUIRES_REVIEW_AGREEMENT)
            != ReviewAgreement.EXCLUDE
        || !referral.heading().id().equals("part-2")
        || Part2Remits.isAgreedAtReview(file, referral.earliestMeeting())) {
      return Optional.empty();
    }
    return Optional.of(
        Exclusion.builder()
            .child(file.childId())
            .panel(Knowsley.PANEL)
            .remit(referral.remit())
            .policy(name())
            .reason(
                "request of "
                    + day(referral.earliestMeeting())
                    + " is not recorded as agreed at a looked-after review: agree it at the"
                    + " child's review first")
            .citation(CITATION)
            .build());
  }

  @Override
  public String toString() {
    return "ExclusionPolicy{" + name() + ": " + CITATION + "}";
  }
}
