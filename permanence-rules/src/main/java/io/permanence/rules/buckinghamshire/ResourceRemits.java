package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.LegalPlanningRemits.flags;
import static io.permanence.rules.buckinghamshire.LegalPlanningRemits.openUntil;
import static io.permanence.rules.buckinghamshire.TriggeredRemit.day;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.panel.Panel;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The remits of the Resource Panel (§Resource function and "This Panel will consider") and the
 * Complex Needs Panel (§ComplexNeeds "This Panel will consider the following when").
 */
public final class ResourceRemits {

  private ResourceRemits() {}

  /** Residential placements (I-COM-08): K1, K2, R1, S1. */
  static final Set<PlacementCode> RESIDENTIAL =
      Sets.immutableEnumSet(PlacementCode.K1, PlacementCode.K2, PlacementCode.R1, PlacementCode.S1);

  /**
   * §Resource fn and consider(b): financial requests for residential placements, staffing ratios,
   * therapeutic assessments or support, and additional costs of a placement (solo placement,
   * staffing, bed blocking). The case file records the request without its kind, so both clauses
   * are one remit.
   *
   * @param panel the Resource Panel
   * @return the remit
   */
  public static Remit financialRequest(Panel panel) {
    return new TriggeredRemit(
        "resource panel financial request",
        panel,
        "financial-requests",
        "no funding request recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.FUNDING_REQUESTED)) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "funding request made " + day(flag.start())));
          }
          return triggers;
        });
  }

  /**
   * §Resource consider(a): "All placements made since the last panel" — every placement that is not
   * a temporary move (T0 to T4), or only residential ones (the setting, I-BUC-18), that began after
   * the cut-off date of the previous meeting and not after this meeting's.
   *
   * @param panel the Resource Panel
   * @return the remit
   */
  /**
   * The cut-off date of the panel's last meeting in the 31 days before a date, else the date 31
   * days before.
   */
  private static LocalDate previousCutOffDate(Panel panel, LocalDate date) {
    List<ScheduledMeeting> before = panel.schedule().meetings(date.minusDays(31), date);
    return before.isEmpty()
        ? date.minusDays(31)
        : panel
            .referralCutOff()
            .dateFor(before.get(before.size() - 1).date(), panel.schedule().calendar());
  }

  public static Remit placementsSinceLastPanel(Panel panel) {
    // The previous meeting's cut-off depends on the meeting only: worked out once per meeting
    // rather than once per child (each works the schedule's recurrence rule out from its start).
    Map<LocalDate, LocalDate> previousCutOff = new ConcurrentHashMap<>();
    return new TriggeredRemit(
        "placement made since the last resource panel",
        panel,
        "placements-since-last-panel",
        "no new placement since the last Resource Panel",
        (file, context) -> {
          Optional<ScheduledMeeting> meeting = TriggeredRemit.findMeeting(panel, context);
          if (meeting.isEmpty()) {
            return List.of();
          }
          // The previous cut-off is looked up once per call, for the first placement by the
          // cut-off date.
          LocalDate after = null;
          List<Trigger> triggers = new ArrayList<>();
          for (Placement p : file.placements()) {
            if (p.start().isAfter(context.asOf()) || p.code().isTemporary()) {
              continue;
            }
            if (after == null) {
              after =
                  previousCutOff.computeIfAbsent(
                      meeting.get().date(), date -> previousCutOffDate(panel, date));
            }
            if (p.start().isAfter(after)
                && (context.settings().get(BuckinghamshireSettings.RESOURCE_PLACEMENT_SCOPE)
                        == PlacementScope.ALL
                    || RESIDENTIAL.contains(p.code()))) {
              triggers.add(
                  Trigger.event(
                      p.start(),
                      openUntil(p.start(), context),
                      () -> "placement (" + p.code() + ") made " + day(p.start())));
            }
          }
          return triggers;
        });
  }

  /**
   * §ComplexNeeds consider(a) and (b): a request for joint funding by the Council or the health
   * commissioner (CCG, now ICB) for a package of care, or for a placement outside Buckinghamshire;
   * the child need not be looked after (I-BUC-22). The case file records the request without saying
   * which, so both are one remit.
   *
   * @param panel the Complex Needs Panel
   * @return the remit
   */
  public static Remit jointFundingRequest(Panel panel) {
    return new TriggeredRemit(
        "joint funding request",
        panel,
        "joint-funding",
        "no joint funding request recorded",
        (file, context) -> {
          List<Trigger> triggers = new ArrayList<>();
          for (CaseFlag flag : flags(file, CaseFlagType.JOINT_FUNDING_REQUESTED)) {
            triggers.add(
                Trigger.event(
                    flag.start(),
                    openUntil(flag.start(), context),
                    () -> "joint funding request made " + day(flag.start())));
          }
          return triggers;
        });
  }

  /** The Resource Panel's remits, in the document's order. */
  static ImmutableList<Remit> resource(Panel panel) {
    return ImmutableList.of(financialRequest(panel), placementsSinceLastPanel(panel));
  }
}
