package io.permanence.rules.buckinghamshire;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;

/** Shared set-up: the authority with default settings and contexts for a meeting. */
final class BucksFixture {

  static final BuckinghamshireAuthorityProvider PROVIDER = new BuckinghamshireAuthorityProvider();
  static final Authority AUTHORITY = PROVIDER.create();

  private BucksFixture() {}

  static Scenario child(String id) {
    return Scenario.child(id).inAuthority("buckinghamshire").bornOn(LocalDate.of(2015, 1, 1));
  }

  static Authority authority(AuthoritySettings settings) {
    return PROVIDER.create(settings);
  }

  static AuthoritySettings defaults() {
    return AUTHORITY.settings();
  }

  static Panel panel(Authority authority, PanelId id) {
    return authority.getPanel(id);
  }

  /** The meeting of the panel on the date (which must be a meeting day). */
  static ScheduledMeeting meeting(Panel panel, LocalDate date) {
    List<ScheduledMeeting> meetings = panel.schedule().meetings(date, date.plusDays(1));
    if (meetings.isEmpty()) {
      throw new IllegalArgumentException("no meeting of " + panel.id() + " on " + date);
    }
    return meetings.get(0);
  }

  /** The context for planning the meeting on the date: evaluated on its cut-off date. */
  static EvaluationContext forMeeting(Authority authority, PanelId id, LocalDate date) {
    Panel panel = panel(authority, id);
    ScheduledMeeting meeting = meeting(panel, date);
    LocalDate cutOff = panel.referralCutOff().dateFor(date, authority.calendar());
    return EvaluationContext.of(cutOff, authority.calendar(), authority.settings())
        .forMeeting(cutOff, meeting);
  }

  /** The remit's decision for the meeting of its panel on the date. */
  static RemitDecision decide(Authority authority, String remit, CaseFile file, LocalDate date) {
    Remit found = remit(authority, remit);
    return found.evaluate(file, forMeeting(authority, found.panel(), date));
  }

  static RemitDecision decide(String remit, CaseFile file, LocalDate date) {
    return decide(AUTHORITY, remit, file, date);
  }

  static Remit remit(Authority authority, String name) {
    return authority.remits().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no remit " + name));
  }
}
