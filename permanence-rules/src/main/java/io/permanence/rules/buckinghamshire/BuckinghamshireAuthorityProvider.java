package io.permanence.rules.buckinghamshire;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.evaluation.TrackerScope;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.util.List;

/**
 * Buckinghamshire Council: Permanency Planning Tracking for Children in Care (seed 004), five
 * panels, their remits, exclusions, deadlines and settings.
 *
 * <p>Registered for {@link java.util.ServiceLoader}; id {@code buckinghamshire}. The tracker
 * follows every child who is looked after, in pre-proceedings or in care proceedings on the date
 * (the cohorts of the LPNAP, Court Progression and Permanency panels). Drift escalates to the Head
 * of Service: managers and social workers "will be held to account if there is a lack of
 * compliance" (§4 ¶1 s4).
 *
 * <p>Deadline rules: the statutory catalogue's {@link
 * io.permanence.rules.statutory.StatutoryTimescales#standard()} rules, then {@link
 * BuckinghamshireDeadlineRules#all()}. The Permanency Panel acting as the permanence planning
 * meeting before the second review (§8 fn(b)) is a panel hearing, not a restatement of the
 * statutory "Permanence plan by the second review", so both are kept.
 */
public final class BuckinghamshireAuthorityProvider implements AuthorityProvider {

  /** The authority's id. */
  public static final AuthorityId ID = AuthorityId.of("buckinghamshire");

  /** A provider; stateless. */
  public BuckinghamshireAuthorityProvider() {}

  @Override
  public AuthorityId id() {
    return ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return BuckinghamshireSettings.ALL;
  }

  /**
   * Assembles the authority with every setting at its default.
   *
   * <p><b>The Complex Needs Panel's schedule is then an example</b> (the third Wednesday of each
   * month, 10:00-13:00): the document gives no day (§2(e), I-DES-07). Set {@code
   * buckinghamshire.complex-needs.schedule} to the dates business support publishes before relying
   * on that panel's agenda; {@link #isExampleComplexNeedsSchedule} tells a host whether it has.
   *
   * @return the authority
   */
  @Override
  public Authority create() {
    return AuthorityProvider.super.create();
  }

  /**
   * Whether the settings still hold the example Complex Needs schedule rather than the authority's
   * dates.
   *
   * @param settings the settings
   * @return true if {@code buckinghamshire.complex-needs.schedule} was not set
   */
  public static boolean isExampleComplexNeedsSchedule(AuthoritySettings settings) {
    return settings
        .get(BuckinghamshireSettings.COMPLEX_NEEDS_SCHEDULE)
        .equals(BuckinghamshireSettings.COMPLEX_NEEDS_SCHEDULE.defaultValue());
  }

  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    Panel legalPlanning = BuckinghamshirePanels.legalPlanning(settings, calendar);
    Panel courtProgression = BuckinghamshirePanels.courtProgression(settings, calendar);
    Panel permanency = BuckinghamshirePanels.permanency(settings, calendar);
    Panel resource = BuckinghamshirePanels.resource(settings, calendar);
    Panel complexNeeds = BuckinghamshirePanels.complexNeeds(settings, calendar);
    ImmutableList<Remit> remits =
        ImmutableList.<Remit>builder()
            .addAll(LegalPlanningRemits.all(legalPlanning))
            .addAll(CourtProgressionRemits.all(courtProgression))
            .addAll(PermanencyRemits.all(permanency))
            .addAll(ResourceRemits.resource(resource))
            .add(ResourceRemits.jointFundingRequest(complexNeeds))
            .build();
    TrackerScope scope =
        (file, context) ->
            file.isLookedAfterOn(context.asOf())
                || file.findPreProceedingsOn(context.asOf()).isPresent()
                || file.findCareProceedingsOn(context.asOf()).isPresent();
    return Authority.builder()
        .id(ID)
        .name("Buckinghamshire Council")
        .calendar(calendar)
        .settings(settings)
        .addPanels(legalPlanning, courtProgression, permanency, resource, complexNeeds)
        .addAllRemits(remits)
        .addExclusions(new PreventionResourcesExclusion())
        .addAllDeadlineRules(StatutoryTimescales.standard())
        .addAllDeadlineRules(BuckinghamshireDeadlineRules.all())
        .trackerScope(scope)
        .escalation(Role.HEAD_OF_SERVICE)
        .build();
  }
}
