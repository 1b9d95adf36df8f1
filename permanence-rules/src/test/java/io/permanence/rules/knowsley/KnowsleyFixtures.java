package io.permanence.rules.knowsley;

import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;

/** Shared dates and contexts for Knowsley's tests (example schedule: 3rd Tuesday). */
final class KnowsleyFixtures {

  static final WorkingCalendar CALENDAR = WorkingCalendars.englandAndWales();

  static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  static final LocalDate TUE_2026_01_20 = LocalDate.of(2026, 1, 20);
  static final LocalDate TUE_2026_02_10 = LocalDate.of(2026, 2, 10);
  static final LocalDate TUE_2026_02_17 = LocalDate.of(2026, 2, 17);
  static final LocalDate WED_2026_02_18 = LocalDate.of(2026, 2, 18);
  static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  static final LocalDate TUE_2026_03_10 = LocalDate.of(2026, 3, 10);
  static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);
  static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  static final LocalDate TUE_2026_03_24 = LocalDate.of(2026, 3, 24);
  static final LocalDate WED_2026_03_25 = LocalDate.of(2026, 3, 25);
  static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  static final LocalDate TUE_2026_04_21 = LocalDate.of(2026, 4, 21);

  private KnowsleyFixtures() {}

  static AuthoritySettings settings() {
    return KnowsleyProvider.exampleSettings();
  }

  static Authority authority(AuthoritySettings settings) {
    return new KnowsleyProvider().create(settings);
  }

  static Authority authority() {
    return authority(settings());
  }

  static Panel panel(PanelId id, AuthoritySettings settings) {
    return authority(settings).getPanel(id);
  }

  /** The context the engine uses for a meeting of a panel: evaluated on its cut-off date. */
  static EvaluationContext forMeeting(PanelId id, LocalDate date, AuthoritySettings settings) {
    Panel panel = panel(id, settings);
    ScheduledMeeting meeting = panel.schedule().meetings(date, date.plusDays(1)).get(0);
    LocalDate cutOff = panel.referralCutOff().dateFor(meeting.date(), CALENDAR);
    return EvaluationContext.of(cutOff, CALENDAR, settings).forMeeting(cutOff, meeting);
  }

  static EvaluationContext forMeeting(LocalDate date, AuthoritySettings settings) {
    return forMeeting(Knowsley.PANEL, date, settings);
  }

  static EvaluationContext forMeeting(LocalDate date) {
    return forMeeting(date, settings());
  }

  static EvaluationContext on(LocalDate asOf, AuthoritySettings settings) {
    return EvaluationContext.of(asOf, CALENDAR, settings);
  }

  static EvaluationContext on(LocalDate asOf) {
    return on(asOf, settings());
  }

  static Scenario child(String id) {
    return Scenario.child(id).inAuthority("knowsley").bornOn(LocalDate.of(2018, 6, 1));
  }
}
