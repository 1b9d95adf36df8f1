package io.permanence.rules.barnet;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.panel.Panel;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Barnet: "all children coming into care or subject to care proceedings will be reviewed at the
 * Permanency Tracking Meeting" (§Process.Decision(4)).
 *
 * <p>Cohort: looked after, or in care proceedings (issued, not concluded), on the context's date.
 * The trigger is the later of becoming looked after (current period) and the issue of proceedings;
 * the child is listed at the first tracking meeting after it, once, until heard (I-BAR-11, {@link
 * BarnetSettings#PTM_RE_REVIEW_INTERVAL} re-lists).
 */
public final class TrackingMeetingRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Permanency Tracking Meeting";

  private final Optional<Period> reReview;

  /**
   * The remit for the Permanency Tracking Meeting.
   *
   * @param trackingMeeting the Permanency Tracking Meeting
   * @param settings the Barnet settings
   */
  public TrackingMeetingRemit(Panel trackingMeeting, AuthoritySettings settings) {
    super(NAME, trackingMeeting, BarnetPanels.TRACKING, Barnet.cite("§Process.Decision(4)"));
    this.reReview = settings.get(BarnetSettings.PTM_RE_REVIEW_INTERVAL);
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<LocalDate> cameIntoCare = file.findBecameLookedAfterOn(asOf);
    Optional<LocalDate> issued =
        file.findCareProceedingsOn(asOf).flatMap(CareProceedings::issuedOn);
    if (cameIntoCare.isEmpty() && issued.isEmpty()) {
      return notMet("Neither looked after nor subject to care proceedings");
    }
    boolean byIssue =
        issued.isPresent() && (cameIntoCare.isEmpty() || issued.get().isAfter(cameIntoCare.get()));
    LocalDate trigger = byIssue ? issued.get() : cameIntoCare.get();
    String reason =
        (byIssue ? "Care proceedings issued on " : "Came into care on ") + Text.date(trigger);
    Optional<LocalDate> pending = pendingSince(file, trigger, reReview, context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already reviewed since");
    }
    return refer(file, context, reason, pending.get(), OPEN);
  }
}
