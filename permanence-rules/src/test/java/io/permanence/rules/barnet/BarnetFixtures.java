package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;

/** Shared fixtures of the Barnet tests: the authority, contexts for meetings, scenarios. */
final class BarnetFixtures {

  static final WorkingCalendar EW = WorkingCalendars.englandAndWales();
  static final AuthoritySettings DEFAULTS = AuthoritySettings.defaults(BarnetSettings.all());
  static final Authority BARNET = new BarnetAuthorityProvider().create();

  static final LocalDate TUE_2026_03_03 = LocalDate.of(2026, 3, 3);
  static final LocalDate TUE_2026_03_10 = LocalDate.of(2026, 3, 10);
  static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  static final LocalDate WED_2026_03_18 = LocalDate.of(2026, 3, 18);
  static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  static final LocalDate SAT_2026_03_21 = LocalDate.of(2026, 3, 21);
  static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  static final LocalDate WED_2026_03_25 = LocalDate.of(2026, 3, 25);
  static final LocalDate TUE_2026_03_31 = LocalDate.of(2026, 3, 31);
  static final LocalDate TUE_2026_04_07 = LocalDate.of(2026, 4, 7);

  private BarnetFixtures() {}

  static Panel planningPanel(Authority authority) {
    return authority.getPanel(Barnet.PERMANENCY_PLANNING_PANEL);
  }

  /** The context the engine uses for the meeting of a panel on a date: evaluated at its cut-off. */
  static EvaluationContext forMeeting(Authority authority, Panel panel, LocalDate meetingDate) {
    List<ScheduledMeeting> meetings =
        panel.schedule().meetings(meetingDate, meetingDate.plusDays(1));
    if (meetings.isEmpty()) {
      throw new IllegalArgumentException("no meeting of " + panel + " on " + meetingDate);
    }
    LocalDate cutOffDate = panel.referralCutOff().dateFor(meetingDate, authority.calendar());
    return EvaluationContext.of(cutOffDate, authority.calendar(), authority.settings())
        .forMeeting(cutOffDate, meetings.get(0));
  }

  static EvaluationContext forMeeting(LocalDate meetingDate) {
    return forMeeting(BARNET, planningPanel(BARNET), meetingDate);
  }

  static RemitDecision evaluate(Remit remit, CaseFile file, LocalDate meetingDate) {
    return remit.evaluate(file, forMeeting(meetingDate));
  }

  static Authority withSetting(String name, String text) {
    return new BarnetAuthorityProvider().create(DEFAULTS.withText(name, text));
  }

  @SuppressWarnings("unchecked")
  static <T extends Remit> T remit(Authority authority, String name) {
    return (T)
        authority.remits().stream()
            .filter(r -> r.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no remit " + name));
  }

  static Scenario child(String id) {
    return Scenario.child(id).inAuthority("barnet").bornOn(LocalDate.of(2012, 6, 1));
  }
}
