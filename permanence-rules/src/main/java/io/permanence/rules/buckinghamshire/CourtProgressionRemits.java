package io.permanence.rules.buckinghamshire;

import static io.permanence.rules.buckinghamshire.LegalPlanningRemits.openUntil;
import static io.permanence.rules.buckinghamshire.TriggeredRemit.day;

import com.google.common.collect.ImmutableList;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The remits of the Court Progression Panel (§7 "This Panel will consider"), one factory per
 * clause. Only children in care proceedings on the cut-off date (issued, no final order before it)
 * are heard at the checkpoints (§1(c)).
 */
public final class CourtProgressionRemits {

  private CourtProgressionRemits() {}

  /**
   * §7 consider(a): "Care Proceedings, checkpoint 1 – following Case Management Hearing,
   * approximately week 4" — at the first Court Progression Panel after the day of the CMH
   * (I-BUC-24), unless a checkpoint on or after the CMH is recorded.
   *
   * @param panel the Court Progression Panel
   * @return the remit
   */
  public static Remit checkpoint1(Panel panel) {
    return new TriggeredRemit(
        "care proceedings checkpoint 1",
        panel,
        "checkpoint-1",
        "not in care proceedings with a case management hearing held and checkpoint 1 to come",
        (file, context) -> {
          Optional<CareProceedings> proceedings = file.findCareProceedingsOn(context.asOf());
          if (proceedings.isEmpty() || proceedings.get().caseManagementHearingOn().isEmpty()) {
            return List.of();
          }
          LocalDate hearing = proceedings.get().caseManagementHearingOn().get();
          if (proceedings.get().checkpoints().stream().anyMatch(d -> !d.isBefore(hearing))) {
            return List.of();
          }
          LocalDate after = hearing.plusDays(1);
          return List.of(
              new Trigger(
                  hearing,
                  after,
                  openUntil(after, context),
                  () -> "case management hearing held " + day(hearing) + ": checkpoint 1",
                  List.of()));
        });
  }

  /**
   * §7 consider(b): "Care Proceedings, checkpoint 2 – approximately 3 weeks prior to filing final
   * evidence, date set at checkpoint 1". The target date is, in order (I-BUC-14): the date set at
   * checkpoint 1 (a second recorded checkpoint), else final evidence less 21 days, else the last
   * day of proceedings week 11 (issue + 76 days, App1 CPP(2)); the child goes to the meeting in the
   * 7 days ending on it.
   *
   * @param panel the Court Progression Panel
   * @return the remit
   */
  public static Remit checkpoint2(Panel panel) {
    return new TriggeredRemit(
        "care proceedings checkpoint 2",
        panel,
        "checkpoint-2",
        "not in issued care proceedings",
        (file, context) -> {
          Optional<CareProceedings> found = file.findCareProceedingsOn(context.asOf());
          if (found.isEmpty()) {
            return List.of();
          }
          CareProceedings proceedings = found.get();
          LocalDate issued = proceedings.issuedOn().orElseThrow();
          LocalDate target;
          String basis;
          if (proceedings.checkpoints().size() >= 2) {
            target = proceedings.checkpoints().get(1);
            basis = "date set at checkpoint 1";
          } else if (proceedings.finalEvidenceDueOn().isPresent()) {
            target = proceedings.finalEvidenceDueOn().get().minusDays(21);
            basis =
                "3 weeks before final evidence due " + day(proceedings.finalEvidenceDueOn().get());
          } else {
            target = issued.plusDays(76);
            basis = "end of week 11 of proceedings issued " + day(issued);
          }
          return List.of(
              new Trigger(
                  issued,
                  target.minusDays(6),
                  target.plusDays(1),
                  () -> "checkpoint 2 by " + day(target) + " (" + basis + ")",
                  List.of()));
        });
  }

  /**
   * §7 consider(c): "Deprivation of Liberty Orders" — when an order is made, and again in the 4
   * weeks before it ends (I-BUC-15).
   *
   * @param panel the Court Progression Panel
   * @return the remit
   */
  public static Remit deprivationOfLiberty(Panel panel) {
    return new TriggeredRemit(
        "deprivation of liberty order",
        panel,
        "deprivation-of-liberty",
        "no deprivation of liberty order recorded",
        (file, context) -> {
          Period lead = null;
          List<Trigger> triggers = new ArrayList<>();
          for (CourtOrder order : file.courtOrders()) {
            if (order.type() != CourtOrderType.DEPRIVATION_OF_LIBERTY) {
              continue;
            }
            if (lead == null) {
              lead = context.settings().get(BuckinghamshireSettings.DOL_REVIEW_LEAD);
            }
            LocalDate made = order.madeOn();
            triggers.add(
                Trigger.event(
                    made,
                    openUntil(made, context),
                    () -> "deprivation of liberty order made " + day(made)));
            if (order.end().isPresent()) {
              LocalDate end = order.end().get();
              LocalDate from = end.minus(lead).isAfter(made) ? end.minus(lead) : made.plusDays(1);
              if (from.isBefore(end)) {
                triggers.add(
                    new Trigger(
                        from,
                        from,
                        end,
                        () -> "deprivation of liberty order ends " + day(end) + ": renew or end?",
                        List.of()));
              }
            }
          }
          return triggers;
        });
  }

  /** Every Court Progression remit, in the document's order. */
  static ImmutableList<Remit> all(Panel panel) {
    return ImmutableList.of(checkpoint1(panel), checkpoint2(panel), deprivationOfLiberty(panel));
  }
}
