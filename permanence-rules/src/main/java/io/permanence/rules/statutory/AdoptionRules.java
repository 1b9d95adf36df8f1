package io.permanence.rules.statutory;

import io.permanence.core.Citation;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Adoption timescales: the reviews of the Adoption Agencies Regulations 2005 reg 36 and the
 * adoption scorecard thresholds A1 and A2 (early warnings, not statutory deadlines).
 */
final class AdoptionRules {

  static final String AAR = "Adoption Agencies Regulations 2005";
  static final String SCORECARD =
      "DfE adoption scorecard threshold 2013-16 (early warning, not a statutory deadline)";

  static final Citation REG_36 = Citation.of(AAR, "reg 36(1), (3)");
  static final Citation REG_36_1 = Citation.of(AAR, "reg 36(1)");
  static final Citation REG_36_3 = Citation.of(AAR, "reg 36(3)");
  static final Citation A1 = Citation.of(SCORECARD, "A1: 426 days");
  static final Citation A2 = Citation.of(SCORECARD, "A2: 121 days");

  static final DeadlineRule SCORECARD_A1 =
      DeadlineRule.of(
          "Adoption scorecard A1: moved in with the adoptive family",
          "Entered care",
          Timescale.days(426),
          A1);
  static final DeadlineRule SCORECARD_A2 =
      DeadlineRule.of(
          "Adoption scorecard A2: matched with adopters",
          "Placement order made",
          Timescale.days(121),
          A2);

  private AdoptionRules() {}

  static DeadlineRule reviewNotPlaced(int index) {
    return index == 0
        ? DeadlineRule.of(
            "Adoption review 1 (authorised, not placed)",
            "Authorised to place for adoption",
            Timescale.months(3),
            REG_36_1)
        : DeadlineRule.of(
            "Adoption review " + (index + 1) + " (authorised, not placed)",
            "Previous review held",
            Timescale.months(6),
            REG_36_1);
  }

  static DeadlineRule reviewPlaced(int index) {
    if (index == 0) {
      return DeadlineRule.of(
          "Adoption review 1 (placed)", "Placed for adoption", Timescale.weeks(4), REG_36_3);
    }
    return DeadlineRule.of(
        "Adoption review " + (index + 1) + " (placed)",
        "Previous review held",
        index == 1 ? Timescale.months(3) : Timescale.months(6),
        REG_36_3);
  }

  /**
   * AAR 2005 reg 36: from the placement order until placed (3 months, then 6 months), and from the
   * placement until the adoption order (4 weeks, 3 months, then 6 months); both end at a reversal.
   */
  static List<TrackedDeadline> adoptionReviews(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> deadlines = new ArrayList<>();
    Optional<AdoptionMilestones> milestones = file.adoptionMilestones();
    if (milestones.isEmpty()) {
      return deadlines;
    }
    AdoptionMilestones adoption = milestones.get();
    LocalDate asOf = context.asOf();
    Optional<LocalDate> authorised = Tracking.knownOn(adoption.placementOrderOn(), asOf);
    Optional<LocalDate> placed = Tracking.knownOn(adoption.placedOn(), asOf);
    Optional<LocalDate> ended =
        earliest(
            Tracking.knownOn(adoption.adoptionOrderOn(), asOf),
            Tracking.knownOn(adoption.reversedOn(), asOf));
    if (authorised.isPresent() && placed.map(day -> day.isAfter(authorised.get())).orElse(true)) {
      Optional<LocalDate> limit = earliest(placed, ended);
      deadlines.addAll(
          Tracking.chain(
              AdoptionRules::reviewNotPlaced,
              authorised.get(),
              limit,
              LookedAfterRules.reviewsHeld(file, authorised.get(), limit, asOf),
              context));
    }
    if (placed.isPresent() && ended.map(day -> day.isAfter(placed.get())).orElse(true)) {
      deadlines.addAll(
          Tracking.chain(
              AdoptionRules::reviewPlaced,
              placed.get(),
              ended,
              LookedAfterRules.reviewsHeld(file, placed.get(), ended, asOf),
              context));
    }
    return deadlines;
  }

  /** A1: 426 days from entering care to moving in with the adoptive family. */
  static List<TrackedDeadline> scorecardA1(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    return file
        .adoptionMilestones()
        .filter(adoption -> isOnAdoptionPath(adoption, asOf))
        .flatMap(
            adoption ->
                earliest(adoption.decisionToPlaceOn(), adoption.placementOrderOn())
                    .or(adoption::placedOn)
                    .flatMap(file::findLatestPeriodOfCareStartedBy)
                    .map(PeriodOfCare::start)
                    .filter(entered -> !entered.isAfter(asOf))
                    .map(
                        entered ->
                            Tracking.tracked(
                                SCORECARD_A1.deadlineFrom(entered, context.calendar()),
                                adoption.placedOn(),
                                asOf)))
        .stream()
        .toList();
  }

  /** A2: 121 days from the placement order to the match (a match before it counts as met). */
  static List<TrackedDeadline> scorecardA2(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    return file
        .adoptionMilestones()
        .filter(adoption -> isOnAdoptionPath(adoption, asOf))
        .flatMap(
            adoption ->
                Tracking.knownOn(adoption.placementOrderOn(), asOf)
                    .map(
                        order ->
                            Tracking.tracked(
                                SCORECARD_A2.deadlineFrom(order, context.calendar()),
                                adoption.matchedOn(),
                                asOf)))
        .stream()
        .toList();
  }

  /** Not reversed by {@code asOf}, unless the child had already been placed by then. */
  private static boolean isOnAdoptionPath(AdoptionMilestones adoption, LocalDate asOf) {
    Optional<LocalDate> reversed = Tracking.knownOn(adoption.reversedOn(), asOf);
    return reversed.isEmpty()
        || adoption.placedOn().map(placed -> !placed.isAfter(reversed.get())).orElse(false);
  }

  @SafeVarargs
  private static Optional<LocalDate> earliest(Optional<LocalDate>... dates) {
    return Stream.of(dates).flatMap(Optional::stream).min(LocalDate::compareTo);
  }
}
