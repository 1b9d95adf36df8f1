package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A cohort of §5.1 as a remit: met only at a meeting whose rotation cohort it is (§5 ¶1), for a
 * child in care on the evaluation date who matches the cohort's test.
 *
 * <p>The referral's window is that one meeting: the cohort comes round again five weeks later and
 * the child is judged afresh then. Without a meeting in the context (explanations), the next
 * meeting of the cohort on or after the date is used.
 */
abstract class CohortRemit implements Remit {

  final BcpFacts facts;
  private final BcpCohort cohort;
  private final Heading heading;
  private final String name;
  private final Citation citation;
  // Per meeting of the rotation: why this cohort is not considered there, made on first use.
  private final AtomicReferenceArray<String> notConsidered;

  CohortRemit(BcpFacts facts, BcpCohort cohort, Heading heading, String name) {
    this.facts = facts;
    this.cohort = cohort;
    this.heading = heading;
    this.name = name;
    this.citation = cohort.citation();
    this.notConsidered = new AtomicReferenceArray<>(facts.rotation.size());
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final PanelId panel() {
    return facts.panel;
  }

  @Override
  public final Heading heading() {
    return heading;
  }

  @Override
  public final Citation citation() {
    return citation;
  }

  /** The cohort this remit lists. */
  public final BcpCohort cohort() {
    return cohort;
  }

  @Override
  public final RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate on = context.asOf();
    ScheduledMeeting meeting;
    if (context.meeting().isPresent()) {
      meeting = context.meeting().get();
      int index = facts.rotation.indexOf(meeting);
      if (index < 0) {
        BcpCohort considered = facts.rotation.cohortOf(meeting);
        if (considered != cohort) {
          return RemitDecision.notMet(this, notConsidered(meeting, considered));
        }
      } else if (facts.rotation.cohortAtIndex(index) != cohort) {
        String reason = notConsidered.get(index);
        if (reason == null) {
          reason = notConsidered(meeting, facts.rotation.cohortAtIndex(index));
          notConsidered.set(index, reason);
        }
        return RemitDecision.notMet(this, reason);
      }
    } else {
      Optional<ScheduledMeeting> next = facts.rotation.findNextMeetingOf(cohort, on);
      if (next.isEmpty()) {
        return RemitDecision.notMet(
            this, "no meeting considers cohort " + cohort.label() + " in the year from " + on);
      }
      meeting = next.get();
    }
    Optional<String> notInCare = facts.whyNotInCare(file, on);
    if (notInCare.isPresent()) {
      return RemitDecision.notMet(this, notInCare.get());
    }
    Finding finding = assess(file, on, meeting);
    if (!finding.met()) {
      return RemitDecision.notMet(this, finding.reason());
    }
    String reason =
        finding.reason()
            + BcpOrderOfPreference.explorationNote(BcpFacts.primaryOn(file, on))
                .map(note -> "; " + note)
                .orElse("");
    return RemitDecision.met(
        Referral.builder()
            .child(file.childId())
            .siblingGroup(file.child().siblingGroup())
            .panel(facts.panel)
            .heading(heading)
            .remit(name)
            .reason(reason)
            .citation(citation())
            .earliestMeeting(meeting.date())
            .latestMeetingExclusive(meeting.date().plusDays(1))
            .build());
  }

  private String notConsidered(ScheduledMeeting meeting, BcpCohort considered) {
    return "the meeting on "
        + BcpFacts.day(meeting.date())
        + " considers cohort "
        + considered.label()
        + ", not "
        + cohort.label()
        + " (five-weekly rotation)";
  }

  /**
   * Whether the child, in care on the date, is in the cohort.
   *
   * @param file the case file
   * @param on the evaluation date (the meeting's cut-off date)
   * @param meeting the meeting
   * @return the finding with its reason
   */
  abstract Finding assess(CaseFile file, LocalDate on, ScheduledMeeting meeting);

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{" + name + ", " + cohort.clause() + "}";
  }
}
