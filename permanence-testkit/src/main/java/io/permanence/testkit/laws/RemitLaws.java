package io.permanence.testkit.laws;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The laws every {@link Remit} must satisfy on every case file: plain Java, usable from any
 * property-testing engine.
 *
 * <ul>
 *   <li>it does not throw on a well-formed case file (the SPI's contract);
 *   <li>it is pure: evaluated twice on the same file and context, it decides the same;
 *   <li>the decision names the remit, and has a reason and a citation;
 *   <li>a met decision refers the file's child, with its sibling group, to the remit's panel under
 *       the remit's heading, naming the remit.
 * </ul>
 *
 * <p>Each law returns its violations, one readable line each (ids only); empty means it holds.
 */
public final class RemitLaws {

  private RemitLaws() {}

  /**
   * The laws for one remit, case file and context.
   *
   * @param remit the remit
   * @param file the case file
   * @param context the context
   * @return the violations
   */
  public static List<String> decisionIsWellFormed(
      Remit remit, CaseFile file, EvaluationContext context) {
    List<String> violations = new ArrayList<>();
    String where =
        "remit '" + remit.name() + "' on child " + file.childId() + " at " + context.asOf();
    RemitDecision first;
    RemitDecision second;
    try {
      first = remit.evaluate(file, context);
      second = remit.evaluate(file, context);
    } catch (RuntimeException e) {
      violations.add(where + " throws " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return violations;
    }
    if (!first.equals(second)) {
      violations.add(where + " is not pure: " + first + " then " + second);
    }
    if (!first.remit().equals(remit.name())) {
      violations.add(where + " names remit '" + first.remit() + "'");
    }
    if (first.reason().isBlank()) {
      violations.add(where + " gives no reason");
    }
    if (first.isMet()) {
      Referral referral = first.getReferral();
      if (!referral.child().equals(file.childId())) {
        violations.add(where + " refers child " + referral.child());
      }
      if (!referral.siblingGroup().equals(file.child().siblingGroup())) {
        violations.add(where + " gives the sibling group " + referral.siblingGroup());
      }
      if (!referral.panel().equals(remit.panel())) {
        violations.add(where + " refers to panel " + referral.panel());
      }
      if (!referral.heading().equals(remit.heading())) {
        violations.add(where + " lists under heading '" + referral.heading().id() + "'");
      }
      if (!referral.remit().equals(remit.name())) {
        violations.add(where + " names remit '" + referral.remit() + "' on its referral");
      }
    }
    return violations;
  }

  /**
   * The laws for every remit of an authority on every case file, each evaluated for the first
   * meeting of its panel whose referral cut-off date is on or after the date, on that cut-off date.
   *
   * @param authority the authority
   * @param cohort the case files
   * @param asOf the date
   * @return the violations
   */
  public static List<String> check(
      Authority authority, Collection<CaseFile> cohort, LocalDate asOf) {
    EvaluationContext base = EvaluationContext.of(asOf, authority.calendar(), authority.settings());
    List<String> violations = new ArrayList<>();
    for (Remit remit : authority.remits()) {
      Panel panel = authority.getPanel(remit.panel());
      Optional<ScheduledMeeting> meeting =
          panel
              .schedule()
              .findNextAvailableMeeting(
                  asOf.atStartOfDay(WorkingCalendars.LONDON).toInstant(), panel.referralCutOff());
      EvaluationContext context =
          meeting
              .map(
                  m ->
                      base.forMeeting(
                          panel.schedule().cutOffFor(m, panel.referralCutOff()).toLocalDate(), m))
              .orElse(base);
      for (CaseFile file : cohort) {
        violations.addAll(decisionIsWellFormed(remit, file, context));
      }
    }
    return violations;
  }
}
