package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetReferrals.day;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelId;
import io.permanence.rules.northsomerset.NorthSomersetSettings.FirstDiscussionAnchor;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * NSomerset §6 s1 and s3: "All children will be discussed at Panel at least every other month ...
 * At a minimum all children will be discussed at panel every 3 months."
 *
 * <p>For a child on the tracker ({@link NorthSomersetTracker}) with last discussion {@code L} (the
 * latest appearance at the panel before the meeting, not before the tracker entry; a child never
 * discussed counts from the entry date, I-NSO-03): the window opens at {@code L + 2 months − 14
 * days} (I-NSO-02, so the second monthly meeting after {@code L} qualifies) and the child is due by
 * {@code L + 3 months} (I-DES-06). A child not heard by then stays referred (window end {@code L +
 * 3 months + 1 year}) and the reason says the discussion is overdue; {@link DiscussionIntervalRule}
 * reports the drift.
 */
public final class TwoMonthlyDiscussionRemit implements Remit {

  /** How long an unheard child stays referred after the 3-month bound. */
  static final Period CARRY = Period.ofYears(1);

  private static final Citation CITATION = NorthSomerset.cite("§6 s1");
  private final NorthSomersetTracker tracker = new NorthSomersetTracker();

  /** The remit. */
  public TwoMonthlyDiscussionRemit() {}

  @Override
  public String name() {
    return "two-monthly discussion";
  }

  @Override
  public PanelId panel() {
    return NorthSomerset.PANEL;
  }

  @Override
  public Heading heading() {
    return NorthSomerset.TWO_MONTHLY;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  /**
   * The last discussion {@code L} that "every other month" counts from, before a date.
   *
   * @param file the case file
   * @param before the meeting date (exclusive) or the day after {@code asOf}
   * @param latest the day of the child's latest appearance at the panel before that date, if any
   * @param settings the authority's settings
   * @return the date and whether it is a discussion (true) or the tracker entry (false), or empty
   */
  static Optional<LocalDate> findLastDiscussion(
      CaseFile file, LocalDate before, Optional<LocalDate> latest, AuthoritySettings settings) {
    Optional<LocalDate> entry = NorthSomersetTracker.findEntryDate(file, before.minusDays(1));
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> heard = latest.filter(d -> !d.isBefore(entry.get()));
    if (heard.isPresent()) {
      return heard;
    }
    return settings.get(NorthSomersetSettings.FIRST_DISCUSSION_ANCHOR)
            == FirstDiscussionAnchor.TRACKER_ENTRY
        ? entry
        : Optional.empty();
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    if (!tracker.includes(file, context)) {
      return RemitDecision.notMet(this, "not on the Permanency Planning Tracker");
    }
    AuthoritySettings settings = context.settings();
    LocalDate reference = context.meeting().map(m -> m.date()).orElse(context.asOf());
    LocalDate before = context.meeting().map(m -> m.date()).orElse(context.asOf().plusDays(1));
    Optional<LocalDate> latest =
        file.findLatestAppearanceBefore(NorthSomerset.PANEL, before).map(a -> a.meetingOn());
    Optional<LocalDate> last = findLastDiscussion(file, before, latest, settings);
    if (last.isEmpty()) {
      return RemitDecision.notMet(
          this, "never discussed: listed first under the new heading (first-discussion-anchor)");
    }
    LocalDate atRisk =
        settings
            .get(NorthSomersetSettings.DISCUSS_AT_RISK_AFTER)
            .dueFrom(last.get(), context.calendar());
    LocalDate overdue =
        settings
            .get(NorthSomersetSettings.DISCUSS_OVERDUE_AFTER)
            .dueFrom(last.get(), context.calendar());
    LocalDate opens = atRisk.minus(settings.get(NorthSomersetSettings.BI_MONTHLY_EARLY_TOLERANCE));
    boolean heardBefore = latest.isPresent();
    String since = (heardBefore ? "last discussed " : "on the tracker since ") + day(last.get());
    if (reference.isBefore(opens)) {
      return RemitDecision.notMet(
          this, since + ": next discussion due from " + day(opens) + ", by " + day(overdue));
    }
    String reason =
        reference.isAfter(overdue)
            ? since + ": discussion overdue since " + day(overdue.plusDays(1))
            : since + ": to be discussed at least every other month, by " + day(overdue);
    return RemitDecision.met(
        NorthSomersetReferrals.referral(
            this, file, reason, opens, overdue.plus(CARRY).plusDays(1)));
  }

  @Override
  public String toString() {
    return "Remit{" + name() + ": " + CITATION + "}";
  }
}
