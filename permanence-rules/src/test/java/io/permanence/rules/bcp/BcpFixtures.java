package io.permanence.rules.bcp;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.Optional;

/** Shared fixtures: the default rotation anchor is Thu 2026-01-08 = cohort (a). */
final class BcpFixtures {

  static final BcpAuthorityProvider PROVIDER = new BcpAuthorityProvider();
  static final Authority BCP = PROVIDER.create();

  // Meetings of early 2026 and their cohorts under the default anchor.
  static final LocalDate THU_2026_01_08_A = LocalDate.of(2026, 1, 8);
  static final LocalDate THU_2026_01_15_B = LocalDate.of(2026, 1, 15);
  static final LocalDate THU_2026_01_22_C = LocalDate.of(2026, 1, 22);
  static final LocalDate THU_2026_01_29_D = LocalDate.of(2026, 1, 29);
  static final LocalDate THU_2026_02_05_E = LocalDate.of(2026, 2, 5);
  static final LocalDate THU_2026_02_19_B = LocalDate.of(2026, 2, 19);
  static final LocalDate THU_2026_03_19_A = LocalDate.of(2026, 3, 19);
  static final LocalDate THU_2026_03_26_B = LocalDate.of(2026, 3, 26);

  private BcpFixtures() {}

  static Authority bcp(AuthoritySettings settings) {
    return PROVIDER.create(settings);
  }

  static AuthoritySettings defaults() {
    return AuthoritySettings.defaults(PROVIDER.settings());
  }

  static Panel panel(Authority authority) {
    return authority.getPanel(BcpAuthorityProvider.PANEL);
  }

  static ScheduledMeeting meetingOn(Authority authority, LocalDate date) {
    return panel(authority).schedule().meetings(date, date.plusDays(1)).get(0);
  }

  /** The context the engine uses for a meeting: evaluated on the date of its referral cut-off. */
  static EvaluationContext forMeeting(Authority authority, LocalDate meetingDate) {
    ScheduledMeeting meeting = meetingOn(authority, meetingDate);
    LocalDate cutOff =
        panel(authority).referralCutOff().dateFor(meeting.date(), authority.calendar());
    return EvaluationContext.of(cutOff, authority.calendar(), authority.settings())
        .forMeeting(cutOff, meeting);
  }

  static <T extends CaseDeadlineRule> T deadlineRule(Authority authority, Class<T> type) {
    return authority.deadlineRules().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  static Remit remit(Authority authority, String name) {
    return authority.remits().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  static ExclusionPolicy exclusion(Authority authority, String name) {
    return authority.exclusions().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static RemitDecision decide(Authority authority, String remit, CaseFile file, LocalDate meeting) {
    return remit(authority, remit).evaluate(file, forMeeting(authority, meeting));
  }

  /** The first exclusion of the authority that applies to a referral, as the engine runs them. */
  static Optional<Exclusion> firstExclusion(
      Authority authority, CaseFile file, Referral referral, LocalDate meeting) {
    EvaluationContext context = forMeeting(authority, meeting);
    return authority.exclusions().stream()
        .map(policy -> policy.evaluate(file, referral, context))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
