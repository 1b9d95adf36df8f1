package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.TrackerScope;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The children Barnet tracks: looked after, and at risk of coming into care (at risk, PLO or care
 * proceedings under consideration, in pre-proceedings, care proceedings agreed or before the court,
 * remanded) on the context's date (§Remit 1, 2, 3; §Process.Decision(3), (4)).
 */
public final class BarnetTrackerScope implements TrackerScope {

  private static final Set<CaseFlagType> AT_RISK =
      EnumSet.of(
          CaseFlagType.AT_RISK_OF_COMING_INTO_CARE,
          CaseFlagType.PRE_PROCEEDINGS_UNDER_CONSIDERATION,
          CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION,
          CaseFlagType.REMANDED_LASPO_S23);

  @Override
  public boolean includes(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    return file.isLookedAfterOn(asOf)
        || file.findPreProceedingsOn(asOf).isPresent()
        || file.findCareProceedingsOn(asOf).isPresent()
        || DelayedIssueRemit.findAgreedNotIssued(file, asOf).isPresent()
        || hasAtRiskFlagOn(file, asOf);
  }

  private static boolean hasAtRiskFlagOn(CaseFile file, LocalDate asOf) {
    for (CaseFlag flag : file.flags()) {
      if (AT_RISK.contains(flag.type()) && flag.contains(asOf)) {
        return true;
      }
    }
    return false;
  }
}
