package io.permanence.rules.knowsley;

import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.PanelSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The remit of Part 3 (§Part 3 s1): "The Panel will review those children and young people placed
 * at home with their parents."
 *
 * <p>Looked-after children whose placement on the context's date is {@code P1}, under any legal
 * status unless {@code part3-legal-statuses} narrows it, at every meeting ({@code part3-interval},
 * I-KNO-06) or once per placement. The reason names a care order ({@code C2}), for which revocation
 * is the question (§Part 3 s2).
 */
public final class Part3Remits {

  private Part3Remits() {}

  /**
   * §Part 3 s1: children placed with parents.
   *
   * @param part3 the Part 3 heading of the panel
   * @param schedule the panel's schedule, for the previous meeting
   * @return the remit
   */
  public static Remit placedWithParents(Heading part3, PanelSchedule schedule) {
    return new KnowsleyRemit(
        "placed with parents", Knowsley.PANEL, part3, Knowsley.cite("§Part 3 s1")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        Optional<Placement> placement = file.findPlacementOn(date);
        if (!isLookedAfter(file, date)
            || placement.isEmpty()
            || !placement.get().code().isPlacedWithParents()) {
          return RemitDecision.notMet(this, "not a looked-after child placed with parents (P1)");
        }
        Optional<LegalStatusCode> status = file.findLegalStatusOn(date).map(s -> s.code());
        Set<LegalStatusCode> statuses =
            context.settings().get(KnowsleySettings.PART3_LEGAL_STATUSES);
        if (!statuses.isEmpty() && (status.isEmpty() || !statuses.contains(status.get()))) {
          return RemitDecision.notMet(
              this,
              "placed with parents under "
                  + status.map(Enum::name).orElse("no recorded legal status")
                  + ", not one of "
                  + statuses);
        }
        String reason =
            "placed with parents since "
                + Knowsley.day(placement.get().start())
                + (status.map(LegalStatusCode::isFullCareOrder).orElse(false)
                    ? " under a care order: is revocation appropriate?"
                    : "");
        return triggered(
            file,
            context,
            placement.get().start(),
            reason,
            context.settings().get(KnowsleySettings.PART3_INTERVAL),
            Optional.of(schedule),
            List.of());
      }
    };
  }
}
