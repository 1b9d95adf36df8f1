package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.Knowsley.day;

import io.permanence.core.care.Placement;
import io.permanence.core.care.PlacementArrangement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Heading;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.time.PanelSchedule;
import io.permanence.rules.knowsley.KnowsleySettings.Listing;
import io.permanence.rules.knowsley.KnowsleySettings.RequestType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The remit of Part 2, matching and approval of placements requested by social workers (§Part 2 s2,
 * functions F1 and F2).
 *
 * <p>A request is a flag on the case file: {@link CaseFlagType#MATCH_APPROVAL_REQUESTED}, {@link
 * CaseFlagType#SGO_SUPPORT_PLAN_FOR_APPROVAL} (an SGO and its support plan, F1) or {@link
 * CaseFlagType#PRIVATE_FOSTERING} (F2), applying on the context's date; its start is the request
 * date. The type of a match or approval request is read from the plan in force (long-term
 * residential, special guardianship, Staying Put, Staying Close), else the placement's arrangement
 * (Staying Put, Staying Close), else a private fostering flag, else "other placement" (I-KNO-05,
 * {@code part2-request-types}). Each request is listed once, at the first meeting after it
 * (I-COM-11), whether or not the child is looked after (I-KNO-16). An SGO request needs the SGO
 * support plan ({@code sgo-support-plan-required-for}, I-KNO-12). The model does not record what a
 * review agreed: a request with no looked-after review on or before its date is flagged "not
 * recorded as agreed at review" (I-KNO-15; {@link ReviewAgreementExclusion} excludes it instead
 * when so configured).
 */
public final class Part2Remits {

  /** The flag text of a request with no review before it (I-KNO-15). */
  static final String NOT_AGREED_AT_REVIEW = "not recorded as agreed at review";

  private Part2Remits() {}

  /**
   * §Part 2 s2: matching and approval requests.
   *
   * @param part2 the Part 2 heading of the panel
   * @param schedule the panel's schedule, for the previous meeting
   * @return the remit
   */
  public static Remit matchingRequest(Heading part2, PanelSchedule schedule) {
    return new KnowsleyRemit(
        "matching and approval request", Knowsley.PANEL, part2, Knowsley.cite("§Part 2 s2")) {
      @Override
      public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
        LocalDate date = context.asOf();
        Optional<CaseFlag> request = findRequest(file, date);
        if (request.isEmpty()) {
          return RemitDecision.notMet(this, "no matching or approval request");
        }
        LocalDate on = request.get().start();
        RequestType type = typeOf(file, request.get());
        if (!context.settings().get(KnowsleySettings.PART2_REQUEST_TYPES).contains(type)) {
          return RemitDecision.notMet(
              this, "request of type " + label(type) + " is not heard at this panel");
        }
        String reason = "request for " + label(type) + " made on " + day(on);
        if (!isAgreedAtReview(file, on)) {
          reason += " (" + NOT_AGREED_AT_REVIEW + ")";
        }
        List<DocumentType> extra =
            context.settings().get(KnowsleySettings.SGO_SUPPORT_PLAN_REQUIRED_FOR).contains(type)
                ? List.of(DocumentType.SGO_SUPPORT_PLAN)
                : List.of();
        return triggered(
            file, context, on, reason, Listing.ONCE_PER_TRIGGER, Optional.of(schedule), extra);
      }
    };
  }

  /** The latest-starting request flag applying on the date. */
  static Optional<CaseFlag> findRequest(CaseFile file, LocalDate date) {
    Optional<CaseFlag> latest = Optional.empty();
    for (CaseFlag flag : file.flagsOn(date)) {
      if (flag.type() == CaseFlagType.MATCH_APPROVAL_REQUESTED
          || flag.type() == CaseFlagType.SGO_SUPPORT_PLAN_FOR_APPROVAL
          || flag.type() == CaseFlagType.PRIVATE_FOSTERING) {
        if (latest.isEmpty() || !flag.start().isBefore(latest.get().start())) {
          latest = Optional.of(flag);
        }
      }
    }
    return latest;
  }

  /** Whether a looked-after review was held on or before the request date (I-KNO-15). */
  static boolean isAgreedAtReview(CaseFile file, LocalDate requestedOn) {
    return file.findLatestReviewBefore(requestedOn.plusDays(1)).isPresent();
  }

  /** The type of a request (I-KNO-05). */
  static RequestType typeOf(CaseFile file, CaseFlag request) {
    if (request.type() == CaseFlagType.SGO_SUPPORT_PLAN_FOR_APPROVAL) {
      return RequestType.SGO;
    }
    if (request.type() == CaseFlagType.PRIVATE_FOSTERING) {
      return RequestType.PRIVATE_FOSTERING;
    }
    LocalDate on = request.start();
    Optional<PermanenceOption> primary = file.findPlanInForceOn(on).map(PermanencePlan::primary);
    if (primary.isPresent()) {
      switch (primary.get()) {
        case LONG_TERM_RESIDENTIAL:
          return RequestType.LONG_TERM_RESIDENTIAL;
        case KINSHIP_OR_SPECIAL_GUARDIANSHIP:
          return RequestType.SGO;
        case STAYING_PUT:
          return RequestType.STAYING_PUT;
        case STAYING_CLOSE:
          return RequestType.STAYING_CLOSE;
        default:
          break;
      }
    }
    Optional<PlacementArrangement> arrangement =
        file.findPlacementOn(on).map(Placement::arrangement);
    if (arrangement.isPresent() && arrangement.get() == PlacementArrangement.STAYING_PUT) {
      return RequestType.STAYING_PUT;
    }
    if (arrangement.isPresent() && arrangement.get() == PlacementArrangement.STAYING_CLOSE) {
      return RequestType.STAYING_CLOSE;
    }
    if (file.hasFlagOn(CaseFlagType.PRIVATE_FOSTERING, on)) {
      return RequestType.PRIVATE_FOSTERING;
    }
    return RequestType.OTHER_PLACEMENT;
  }

  static String label(RequestType type) {
    return type == RequestType.SGO
        ? "SGO and support plan"
        : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
