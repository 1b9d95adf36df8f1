package io.permanence.rules.barnet;

import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Barnet remit 3(c): "children and young people in residential and semi-independent placements
 * longer than 12 months" (§Remit 3(c)).
 *
 * <p>Cohort: looked after, placed on the context's date in a residential ({@code K1, K2, R1, S1})
 * or semi-independent ({@code H5, K3}) placement (I-COM-08). Time runs from the first such
 * placement of the unbroken run, moves between such placements and temporary moves ({@code
 * T0}-{@code T4}) not breaking it (I-BAR-07); the child is eligible once strictly longer than 12
 * months, that is from run start + 12 months + 1 day. Listed once per run, until heard ({@link
 * BarnetSettings#RESIDENTIAL_RE_REVIEW_INTERVAL} re-lists).
 */
public final class ResidentialPlacementRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Residential or semi-independent over 12 months";

  private final Set<PlacementCode> codes;
  private final Period threshold;
  private final boolean spansMoves;
  private final Optional<Period> reReview;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public ResidentialPlacementRemit(Panel panel, AuthoritySettings settings) {
    super(NAME, panel, BarnetPanels.REMIT_3C, Barnet.cite("§Remit 3(c)"));
    Set<PlacementCode> all = EnumSet.noneOf(PlacementCode.class);
    all.addAll(settings.get(BarnetSettings.RESIDENTIAL_CODES));
    all.addAll(settings.get(BarnetSettings.SEMI_INDEPENDENT_CODES));
    this.codes = all;
    this.threshold = settings.get(BarnetSettings.RESIDENTIAL_THRESHOLD);
    this.spansMoves = settings.get(BarnetSettings.RESIDENTIAL_RUN_SPANS_MOVES);
    this.reReview = settings.get(BarnetSettings.RESIDENTIAL_RE_REVIEW_INTERVAL);
  }

  /**
   * Since when the child has been in residential or semi-independent placements on a date.
   *
   * @param file the case file
   * @param asOf the date
   * @return the first day of the run, or empty if not so placed on that date
   */
  public Optional<LocalDate> findRunStart(CaseFile file, LocalDate asOf) {
    if (!spansMoves) {
      return file.findPlacementOn(asOf).filter(p -> codes.contains(p.code())).map(Placement::start);
    }
    Optional<LocalDate> run =
        file.findContinuousPlacementSince(asOf, code -> codes.contains(code) || code.isTemporary());
    if (run.isEmpty()) {
      return run;
    }
    LocalDate start = run.get();
    for (Placement p : file.placements()) {
      if (!p.start().isBefore(start) && !p.start().isAfter(asOf) && codes.contains(p.code())) {
        return Optional.of(p.start());
      }
    }
    return Optional.empty();
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    if (!file.isLookedAfterOn(asOf)) {
      return notMet("Not looked after");
    }
    Optional<LocalDate> start = findRunStart(file, asOf);
    if (start.isEmpty()) {
      return notMet("Not in a residential or semi-independent placement");
    }
    LocalDate eligible = start.get().plus(threshold).plusDays(1);
    if (eligible.isAfter(asOf)) {
      return notMet(
          "In residential or semi-independent placements since "
              + Text.date(start.get())
              + ": not longer than "
              + threshold.toTotalMonths()
              + " months until "
              + Text.date(eligible));
    }
    String reason =
        "In residential or semi-independent placements since "
            + Text.date(start.get())
            + ", longer than "
            + threshold.toTotalMonths()
            + " months from "
            + Text.date(eligible);
    Optional<LocalDate> pending = pendingSince(file, eligible, reReview, context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already reviewed since");
    }
    return refer(file, context, reason, pending.get(), OPEN);
  }
}
