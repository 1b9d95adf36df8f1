package io.permanence.rules.northsomerset;

import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.panel.Panel;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;

/** Shared dates and contexts for North Somerset's tests (example schedule: 2nd Wednesday). */
final class NorthSomersetFixtures {

  static final WorkingCalendar CALENDAR = WorkingCalendars.englandAndWales();

  static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);
  static final LocalDate WED_2026_01_14 = LocalDate.of(2026, 1, 14);
  static final LocalDate WED_2026_02_11 = LocalDate.of(2026, 2, 11);
  static final LocalDate FRI_2026_02_27 = LocalDate.of(2026, 2, 27);
  static final LocalDate SAT_2026_02_28 = LocalDate.of(2026, 2, 28);
  static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  static final LocalDate WED_2026_03_04 = LocalDate.of(2026, 3, 4);
  static final LocalDate THU_2026_03_05 = LocalDate.of(2026, 3, 5);
  static final LocalDate TUE_2026_03_10 = LocalDate.of(2026, 3, 10);
  static final LocalDate WED_2026_03_11 = LocalDate.of(2026, 3, 11);
  static final LocalDate THU_2026_03_12 = LocalDate.of(2026, 3, 12);
  static final LocalDate SAT_2026_03_14 = LocalDate.of(2026, 3, 14);
  static final LocalDate SUN_2026_03_15 = LocalDate.of(2026, 3, 15);
  static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);
  static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
  static final LocalDate THU_2026_04_02 = LocalDate.of(2026, 4, 2);
  static final LocalDate WED_2026_04_08 = LocalDate.of(2026, 4, 8);
  static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);
  static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
  static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  static final LocalDate WED_2026_05_13 = LocalDate.of(2026, 5, 13);
  static final LocalDate WED_2026_06_10 = LocalDate.of(2026, 6, 10);
  static final LocalDate WED_2026_07_08 = LocalDate.of(2026, 7, 8);

  private NorthSomersetFixtures() {}

  static AuthoritySettings settings() {
    return NorthSomersetProvider.exampleSettings();
  }

  static Authority authority(AuthoritySettings settings) {
    return new NorthSomersetProvider().create(settings);
  }

  static Panel panel(AuthoritySettings settings) {
    return authority(settings).getPanel(NorthSomerset.PANEL);
  }

  /** The example schedule's meeting on a date. */
  static ScheduledMeeting meeting(LocalDate date) {
    return panel(settings()).schedule().meetings(date, date.plusDays(1)).get(0);
  }

  /** The context the engine uses for a meeting: evaluated on its cut-off date. */
  static EvaluationContext forMeeting(LocalDate meetingDate, AuthoritySettings settings) {
    Panel panel = panel(settings);
    ScheduledMeeting meeting =
        panel.schedule().meetings(meetingDate, meetingDate.plusDays(1)).get(0);
    LocalDate cutOff = panel.referralCutOff().dateFor(meeting.date(), CALENDAR);
    return EvaluationContext.of(cutOff, CALENDAR, settings).forMeeting(cutOff, meeting);
  }

  static EvaluationContext forMeeting(LocalDate meetingDate) {
    return forMeeting(meetingDate, settings());
  }

  static EvaluationContext on(LocalDate asOf, AuthoritySettings settings) {
    return EvaluationContext.of(asOf, CALENDAR, settings);
  }

  static EvaluationContext on(LocalDate asOf) {
    return on(asOf, settings());
  }

  static Scenario child(String id) {
    return Scenario.child(id).inAuthority("north-somerset").bornOn(LocalDate.of(2018, 6, 1));
  }
}
