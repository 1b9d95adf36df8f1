package io.permanence.rules.buckinghamshire;

import io.permanence.core.Citation;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.time.ScheduledMeeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for an out-of-panel urgent legal planning meeting (LPM), made via the PLO Manager when
 * a case cannot wait for the next Legal Planning and New Admissions Panel (§4 ¶3).
 *
 * <p>{@link #of} accepts only a valid request:
 *
 * <ul>
 *   <li>why the matter is urgent must be stated from the outset (§4 ¶3 s3): a blank reason is
 *       rejected;
 *   <li>"requesting an urgent LPM because papers were not submitted on time for panel is not an
 *       appropriate request and will be declined" (§4 ¶3 s4): {@link UrgencyReason#LATE_PAPERS}, or
 *       a stated reason about late papers, is rejected, and the message says the case goes to the
 *       next weekly panel ({@link #findNextWeeklyPanel});
 *   <li>the meeting must be chaired by a senior manager (§4 ¶3 s2, I-BUC-20): the chair role must
 *       be {@link BuckinghamshireRoles#SENIOR_MANAGER_CHAIR}.
 * </ul>
 *
 * <p>The same paperwork as at the panel is required (§4 ¶3 s2): the LPNAP heading's checklist. The
 * stated reason is free text that may hold personal data; {@link #toString()} leaves it out.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UrgentLegalPlanningRequest {

  /** The clause that requires a stated reason of urgency. */
  public static final Citation REASON_REQUIRED = BuckinghamshirePanels.cite("§4 ¶3 s3");

  /** The clause that declines late papers as a reason. */
  public static final Citation LATE_PAPERS_DECLINED = BuckinghamshirePanels.cite("§4 ¶3 s4");

  /** The clause that requires a senior manager to chair. */
  public static final Citation SENIOR_MANAGER_CHAIRS = BuckinghamshirePanels.cite("§4 ¶3 s2");

  /** The day the request was made to the PLO Manager. */
  public abstract LocalDate requestedOn();

  /** The kind of urgency. */
  public abstract UrgencyReason reason();

  /** Why the matter is urgent, as stated (free text; may hold personal data). */
  public abstract String statedReason();

  /** The role chairing the meeting. */
  public abstract Role chair();

  /** The role the request is made through: always the PLO Manager (§4 ¶3 s1). */
  @Value.Derived
  public Role requestedVia() {
    return Role.PLO_MANAGER;
  }

  /**
   * A valid request.
   *
   * @param requestedOn the day of the request
   * @param reason the kind of urgency
   * @param statedReason why the matter is urgent, not blank
   * @param chair the chair, a senior manager
   * @return the request
   * @throws IllegalArgumentException naming the clause, if the reason is missing, is late papers,
   *     or the chair is not a senior manager
   */
  public static UrgentLegalPlanningRequest of(
      LocalDate requestedOn, UrgencyReason reason, String statedReason, Role chair) {
    if (statedReason.isBlank()) {
      throw new IllegalArgumentException(
          "an urgent legal planning meeting needs a stated reason of urgency (for instance a"
              + " significant incident which has heightened risk to the child) but none was"
              + " given ("
              + REASON_REQUIRED
              + ")");
    }
    if (reason == UrgencyReason.LATE_PAPERS || isAboutLatePapers(statedReason)) {
      throw new IllegalArgumentException(
          "papers not submitted on time for panel are not a reason for an urgent legal planning"
              + " meeting: the request is declined and the case is scheduled for the next weekly"
              + " Legal Planning and New Admissions Panel ("
              + LATE_PAPERS_DECLINED
              + ")");
    }
    if (!chair.equals(BuckinghamshireRoles.SENIOR_MANAGER_CHAIR)) {
      throw new IllegalArgumentException(
          "an out-of-panel legal planning meeting must be chaired by a senior manager but the chair"
              + " was "
              + chair
              + " ("
              + SENIOR_MANAGER_CHAIRS
              + ")");
    }
    return ImmutableUrgentLegalPlanningRequest.builder()
        .requestedOn(requestedOn)
        .reason(reason)
        .statedReason(statedReason.strip())
        .chair(chair)
        .build();
  }

  /**
   * The meeting a declined request is scheduled for: the next LPNAP whose cut-off has not passed at
   * the instant of the request (I-BUC-19).
   *
   * @param legalPlanning the Legal Planning and New Admissions Panel
   * @param at the instant the request was made
   * @return the meeting, or empty if the calendar has none
   */
  public static Optional<ScheduledMeeting> findNextWeeklyPanel(Panel legalPlanning, Instant at) {
    return legalPlanning.schedule().findNextAvailableMeeting(at, legalPlanning.referralCutOff());
  }

  // "late papers", "papers late", "papers were not submitted on time", "papers not in on time".
  private static boolean isAboutLatePapers(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("late paper")
        || lower.contains("papers late")
        || (lower.contains("paper") && lower.contains("on time"));
  }

  /** The request without the stated reason: {@code UrgentLegalPlanningRequest{2026-03-17, ...}}. */
  @Override
  public final String toString() {
    return "UrgentLegalPlanningRequest{requestedOn="
        + requestedOn()
        + ", reason="
        + reason()
        + ", statedReason=<redacted>, chair="
        + chair()
        + "}";
  }
}
