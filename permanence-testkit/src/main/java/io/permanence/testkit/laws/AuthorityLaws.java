package io.permanence.testkit.laws;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluation;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The laws every authority must satisfy when its agendas and drift report are computed by the
 * engine over a cohort: plain Java, usable from any property-testing engine or a plain test.
 *
 * <p>Each law returns the violations it finds, one readable line each naming the panel, meeting and
 * child (ids only); an empty list means the law holds. {@link #check} runs them all over an
 * authority, a cohort and a range of meeting dates.
 *
 * <ul>
 *   <li>{@link #agendaDatesAreScheduledMeetings}: every agenda is a scheduled meeting of its panel;
 *   <li>{@link #listedChildrenMeetTheirRemitsAtTheCutOff}: every referral on an agenda is met again
 *       when its remit is re-evaluated on the meeting's cut-off date, for that child, panel and
 *       heading, with a window containing the meeting date;
 *   <li>{@link #referralsArePlacedOnce}: the same child, remit and window are listed at one meeting
 *       only;
 *   <li>{@link #noChildTwiceUnderOneHeading} and {@link #noChildIncludedAndExcluded};
 *   <li>{@link #everyResultCarriesACitation}: referrals, exclusions and drift items;
 *   <li>{@link #evaluationEqualsTheSeparateReports}: the one-pass {@link Evaluator#evaluate} gives
 *       the same agendas, drift report and tracker as the three separate calls.
 * </ul>
 */
public final class AuthorityLaws {

  private AuthorityLaws() {}

  /**
   * Runs every law: evaluates the agendas of {@code [startInclusive, endExclusive)}, the drift
   * report and the tracker on {@code startInclusive} in one pass, and each separately.
   *
   * @param authority the authority
   * @param cohort the children's case files
   * @param startInclusive the first meeting date
   * @param endExclusive the day after the last meeting date
   * @return the violations; empty if every law holds
   */
  public static List<String> check(
      Authority authority,
      Collection<CaseFile> cohort,
      LocalDate startInclusive,
      LocalDate endExclusive) {
    Evaluator engine = Evaluator.of(authority);
    Evaluation evaluation = engine.evaluate(cohort, startInclusive, endExclusive);
    AgendaPlan plan = evaluation.agendas();
    DriftReport drift = evaluation.drift();
    List<String> violations = new ArrayList<>();
    violations.addAll(evaluationEqualsTheSeparateReports(engine, cohort, evaluation));
    violations.addAll(agendaDatesAreScheduledMeetings(authority, plan));
    violations.addAll(listedChildrenMeetTheirRemitsAtTheCutOff(authority, cohort, plan));
    violations.addAll(referralsArePlacedOnce(plan));
    violations.addAll(noChildTwiceUnderOneHeading(plan));
    violations.addAll(noChildIncludedAndExcluded(plan));
    violations.addAll(everyResultCarriesACitation(plan, drift));
    return violations;
  }

  /**
   * The one-pass evaluation equals the agendas, drift report and tracker computed separately for
   * the same cohort and dates, findings and drift details included.
   *
   * @param engine the engine
   * @param cohort the children's case files
   * @param evaluation {@code engine.evaluate(cohort, asOf, agendasEndExclusive)}
   * @return the violations: each report that differs, with its first difference
   */
  public static List<String> evaluationEqualsTheSeparateReports(
      Evaluator engine, Collection<CaseFile> cohort, Evaluation evaluation) {
    LocalDate asOf = evaluation.drift().asOf();
    List<String> violations = new ArrayList<>();
    AgendaPlan agendas = engine.agendas(cohort, asOf, evaluation.agendas().endExclusive());
    firstDifference("agendas", evaluation.agendas().agendas(), agendas.agendas(), Agenda::toString)
        .ifPresent(violations::add);
    firstDifference(
            "agenda findings",
            evaluation.agendas().findings(),
            agendas.findings(),
            DataQualityFinding::toString)
        .ifPresent(violations::add);
    DriftReport drift = engine.drift(cohort, asOf);
    firstDifference(
            "drift items",
            evaluation.drift().items(),
            drift.items(),
            item -> item + " " + item.detail())
        .ifPresent(violations::add);
    firstDifference(
            "drift history",
            evaluation.drift().history(),
            drift.history(),
            item -> item + " " + item.detail())
        .ifPresent(violations::add);
    firstDifference(
            "drift findings",
            evaluation.drift().findings(),
            drift.findings(),
            DataQualityFinding::toString)
        .ifPresent(violations::add);
    Tracker tracker = engine.tracker(cohort, asOf);
    firstDifference("tracker rows", evaluation.tracker().rows(), tracker.rows(), Object::toString)
        .ifPresent(violations::add);
    firstDifference(
            "tracker findings",
            evaluation.tracker().findings(),
            tracker.findings(),
            DataQualityFinding::toString)
        .ifPresent(violations::add);
    return violations;
  }

  /**
   * The first position where the lists differ (by equality, or by the text when equal values
   * explain themselves differently), as a violation.
   */
  private static <T> Optional<String> firstDifference(
      String what, List<T> together, List<T> separate, Function<T, String> text) {
    for (int i = 0; i < Math.min(together.size(), separate.size()); i++) {
      T a = together.get(i);
      T b = separate.get(i);
      if (!a.equals(b) || !text.apply(a).equals(text.apply(b))) {
        return Optional.of(
            "evaluate: "
                + what
                + " differ at "
                + i
                + ": "
                + text.apply(a)
                + " in one pass, "
                + text.apply(b)
                + " separately");
      }
    }
    return together.size() == separate.size()
        ? Optional.empty()
        : Optional.of(
            "evaluate: "
                + what
                + ": "
                + together.size()
                + " in one pass, "
                + separate.size()
                + " separately");
  }

  /**
   * Every agenda's meeting is a meeting of its panel's schedule on that date.
   *
   * @param authority the authority
   * @param plan the agendas
   * @return the violations
   */
  public static List<String> agendaDatesAreScheduledMeetings(Authority authority, AgendaPlan plan) {
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      Panel panel = authority.getPanel(agenda.panel());
      List<ScheduledMeeting> scheduled =
          panel.schedule().meetings(agenda.meetingDate(), agenda.meetingDate().plusDays(1));
      if (!scheduled.contains(agenda.meeting())) {
        violations.add(
            "agenda of "
                + agenda.panel()
                + " on "
                + agenda.meeting()
                + " is not a scheduled meeting");
      }
      if (agenda.meetingDate().isBefore(plan.startInclusive())
          || !agenda.meetingDate().isBefore(plan.endExclusive())) {
        violations.add(
            "agenda of " + agenda.panel() + " on " + agenda.meetingDate() + " is outside the plan");
      }
    }
    return violations;
  }

  /**
   * Every referral listed is met again when its remit is re-evaluated for the child on the
   * meeting's cut-off date, and the meeting falls in its window.
   *
   * @param authority the authority
   * @param cohort the case files the plan was made from
   * @param plan the agendas
   * @return the violations
   */
  public static List<String> listedChildrenMeetTheirRemitsAtTheCutOff(
      Authority authority, Collection<CaseFile> cohort, AgendaPlan plan) {
    Map<ChildId, CaseFile> files = new HashMap<>();
    cohort.forEach(file -> files.putIfAbsent(file.childId(), file));
    Map<String, Remit> remits = new HashMap<>();
    authority.remits().forEach(remit -> remits.put(remit.name(), remit));
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      LocalDate cutOff = agenda.referralCutOffDate();
      EvaluationContext context =
          EvaluationContext.of(cutOff, authority.calendar(), authority.settings())
              .forMeeting(cutOff, agenda.meeting());
      for (AgendaItem item : agenda.items()) {
        String where = agenda.panel() + " on " + agenda.meetingDate() + ": child " + item.child();
        CaseFile file = files.get(item.child());
        if (file == null) {
          violations.add(where + " is listed but not in the cohort");
          continue;
        }
        for (Referral referral : item.referrals()) {
          Remit remit = remits.get(referral.remit());
          if (remit == null) {
            violations.add(where + " is listed by an unknown remit '" + referral.remit() + "'");
            continue;
          }
          RemitDecision decision = remit.evaluate(file, context);
          if (!decision.isMet()) {
            violations.add(
                where + " does not meet remit '" + remit.name() + "' on the cut-off " + cutOff);
            continue;
          }
          Referral again = decision.getReferral();
          if (!again.acceptsMeetingOn(agenda.meetingDate())) {
            violations.add(
                where + ": the window of remit '" + remit.name() + "' excludes the meeting");
          }
          if (!again.child().equals(item.child())
              || !again.panel().equals(agenda.panel())
              || !again.heading().equals(item.heading())) {
            violations.add(
                where + ": remit '" + remit.name() + "' refers another child, panel or heading");
          }
        }
      }
    }
    return violations;
  }

  /**
   * A referral (child, remit, window) is listed at one meeting of the plan only.
   *
   * @param plan the agendas
   * @return the violations
   */
  public static List<String> referralsArePlacedOnce(AgendaPlan plan) {
    Map<String, String> placed = new HashMap<>();
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (AgendaItem item : agenda.items()) {
        for (Referral referral : item.referrals()) {
          String key =
              item.child()
                  + "|"
                  + referral.remit()
                  + "|"
                  + referral.earliestMeeting()
                  + "|"
                  + referral.latestMeetingExclusive();
          String here = agenda.panel() + " on " + agenda.meetingDate();
          String before = placed.putIfAbsent(key, here);
          if (before != null) {
            violations.add(
                "child "
                    + item.child()
                    + " is listed by remit '"
                    + referral.remit()
                    + "' at "
                    + before
                    + " and again at "
                    + here);
          }
        }
      }
    }
    return violations;
  }

  /**
   * No child appears twice under one heading of one meeting.
   *
   * @param plan the agendas
   * @return the violations
   */
  public static List<String> noChildTwiceUnderOneHeading(AgendaPlan plan) {
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (AgendaSection section : agenda.sections()) {
        Set<ChildId> seen = new HashSet<>();
        for (AgendaItem item : section.items()) {
          if (!seen.add(item.child())) {
            violations.add(
                "child "
                    + item.child()
                    + " appears twice under '"
                    + section.heading().id()
                    + "' at "
                    + agenda.panel()
                    + " on "
                    + agenda.meetingDate());
          }
        }
      }
    }
    return violations;
  }

  /**
   * No child is both listed and excluded at one meeting.
   *
   * @param plan the agendas
   * @return the violations
   */
  public static List<String> noChildIncludedAndExcluded(AgendaPlan plan) {
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (Exclusion exclusion : agenda.exclusions()) {
        if (agenda.isListed(exclusion.child())) {
          violations.add(
              "child "
                  + exclusion.child()
                  + " is both listed and excluded at "
                  + agenda.panel()
                  + " on "
                  + agenda.meetingDate());
        }
      }
    }
    return violations;
  }

  /**
   * Every referral, exclusion and drift item carries a citation with a document and a clause.
   *
   * @param plan the agendas
   * @param drift the drift report
   * @return the violations
   */
  public static List<String> everyResultCarriesACitation(AgendaPlan plan, DriftReport drift) {
    List<String> violations = new ArrayList<>();
    for (Agenda agenda : plan.agendas()) {
      for (AgendaItem item : agenda.items()) {
        if (item.citations().isEmpty()) {
          violations.add("item of child " + item.child() + " has no citation");
        }
        item.referrals()
            .forEach(r -> cited(Optional.ofNullable(r.citation()), "referral " + r, violations));
      }
      agenda
          .exclusions()
          .forEach(e -> cited(Optional.ofNullable(e.citation()), "exclusion " + e, violations));
    }
    for (DriftItem item : drift.items()) {
      cited(Optional.ofNullable(item.citation()), "drift item " + item, violations);
    }
    for (DriftItem item : drift.history()) {
      cited(Optional.ofNullable(item.citation()), "drift history " + item, violations);
    }
    return violations;
  }

  private static void cited(Optional<Citation> citation, String what, List<String> violations) {
    if (citation.isEmpty()
        || citation.get().document().isBlank()
        || citation.get().clause().isBlank()) {
      violations.add(what + " carries no citation");
    }
  }
}
