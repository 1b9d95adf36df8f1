package io.permanence.rules.barnet;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.util.List;
import java.util.Optional;

/**
 * Supplies the Barnet authority ({@code barnet}): the Permanency Planning Panel terms of reference,
 * found with {@link java.util.ServiceLoader}.
 *
 * <p>{@link #create()} uses every default of {@link BarnetSettings}. Two of them are not in the
 * document and must be reviewed by an embedder: the panel's time of day (the default 10:00 for 2
 * hours in {@link BarnetSettings#SCHEDULE} is an example; dates, cut-offs and windows do not depend
 * on it), and the Permanency Tracking Meeting's schedule, which has no default ({@link
 * BarnetSettings#PTM_SCHEDULE}): until it is set the authority has no tracking-meeting panel.
 *
 * <p>Deadline rules: the statutory catalogue's {@link
 * io.permanence.rules.statutory.StatutoryTimescales#standard()} rules (the terms of reference
 * restate none of them), then Barnet's own: {@link BlaPresentationRule}, {@link
 * PloReviewDeadlineRule}, {@link IssueDelayRule}, {@link DecisionSignOffRule}.
 */
public final class BarnetAuthorityProvider implements AuthorityProvider {

  /** For {@link java.util.ServiceLoader}. */
  public BarnetAuthorityProvider() {}

  @Override
  public AuthorityId id() {
    return Barnet.ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return BarnetSettings.all();
  }

  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    Panel planning = BarnetPanels.planningPanel(settings, calendar);
    Optional<Panel> tracking = BarnetPanels.trackingMeeting(settings, calendar);
    BecameLookedAfterRemit bla = new BecameLookedAfterRemit(planning, settings);
    Authority.Builder authority = Authority.builder();
    authority
        .id(Barnet.ID)
        .name(Barnet.NAME)
        .calendar(calendar)
        .settings(settings)
        .addPanels(planning)
        .addRemits(
            bla,
            new AtRiskRemit(planning),
            new PreProceedingsConsideredRemit(planning, settings),
            new CareProceedingsConsideredRemit(planning, settings),
            new RemandRemit(planning, settings),
            new PloReviewRemit(planning, settings),
            new DelayedIssueRemit(planning, settings),
            new ResidentialPlacementRemit(planning, settings),
            new ScrutinyRemit(planning))
        .addExclusions(new ShortBreaksExclusion(bla, settings))
        .addAllDeadlineRules(StatutoryTimescales.standard())
        .addDeadlineRules(
            new BlaPresentationRule(bla, settings),
            new PloReviewDeadlineRule(settings),
            new IssueDelayRule(settings),
            new DecisionSignOffRule(settings))
        .trackerScope(new BarnetTrackerScope())
        .escalation(Role.HEAD_OF_SERVICE);
    tracking.ifPresent(
        panel -> authority.addPanels(panel).addRemits(new TrackingMeetingRemit(panel, settings)));
    return authority.build();
  }
}
