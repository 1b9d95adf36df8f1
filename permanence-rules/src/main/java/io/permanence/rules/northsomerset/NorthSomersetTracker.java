package io.permanence.rules.northsomerset;

import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.TrackerScope;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.rules.northsomerset.NorthSomersetSettings.TrackerExit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Permanency Planning Tracker's scope (NSomerset §7, with §5 lead and §5(f)): every
 * looked-after child until permanence is ratified through fostering, adoption or special
 * guardianship, and every child in pre-proceedings or care proceedings who is not looked after.
 *
 * <p>Readings (I-NSO-09, I-COM-02, I-COM-05):
 *
 * <ul>
 *   <li>Looked after: within a period of care whose legal status that day is not a short break
 *       ({@code V3}/{@code V4}).
 *   <li>Ratified: long-term fostering = the current placement is long-term matched; adoption = an
 *       adoption order made; special guardianship = an SGO made — each on or after the child
 *       entered the tracker.
 *   <li>With {@link TrackerExit#RATIFIED_AND_LIFE_STORY} (default) tracking stops only once life
 *       story work is on file (for the routes of {@code life-story-required-for}) and a later-life
 *       letter is on file (for {@code later-life-letter-required-for}); a child who left care by
 *       adoption or special guardianship stays on the tracker until then.
 *   <li>In proceedings: issued and not disposed of, or legal status {@code C1}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class NorthSomersetTracker implements TrackerScope {

  /** The tracker scope. */
  public NorthSomersetTracker() {}

  @Override
  public boolean includes(CaseFile file, EvaluationContext context) {
    LocalDate date = context.asOf();
    AuthoritySettings settings = context.settings();
    if (isLookedAfter(file, date)) {
      return !hasExited(file, date, settings);
    }
    if (isInPreProceedings(file, date) || isInProceedings(file, date)) {
      return true;
    }
    return settings.get(NorthSomersetSettings.TRACKER_EXIT) == TrackerExit.RATIFIED_AND_LIFE_STORY
        && hasLeftCareWithWorkOutstanding(file, date, settings);
  }

  /**
   * Whether the child is looked after on the date, short breaks aside (I-COM-02).
   *
   * @param file the case file
   * @param date the date
   * @return true if within a period of care and not on a short break that day
   */
  public static boolean isLookedAfter(CaseFile file, LocalDate date) {
    if (!file.isLookedAfterOn(date)) {
      return false;
    }
    return file.findLegalStatusOn(date).map(s -> !s.code().isShortBreaks()).orElse(true);
  }

  /**
   * Whether the child is in pre-proceedings (PLO) on the date.
   *
   * @param file the case file
   * @param date the date
   * @return true if a pre-proceedings stage contains the date
   */
  public static boolean isInPreProceedings(CaseFile file, LocalDate date) {
    return file.findPreProceedingsOn(date).isPresent();
  }

  /**
   * Whether the child is subject to care proceedings on the date (I-COM-05): issued and not
   * disposed of, or an interim care order ({@code C1}) in force.
   *
   * @param file the case file
   * @param date the date
   * @return true if in proceedings
   */
  public static boolean isInProceedings(CaseFile file, LocalDate date) {
    return file.findCareProceedingsOn(date).isPresent()
        || file.findLegalStatusOn(date).map(s -> s.code().isInterimCareOrder()).orElse(false);
  }

  /**
   * The day the child entered the tracker for the involvement that includes the date: the earliest
   * start of the unbroken chain of periods of care (not short breaks), pre-proceedings and
   * proceedings that contains the date (§5 lead: "from the point they become looked after or enter
   * pre-proceedings/care proceedings").
   *
   * @param file the case file
   * @param date the date
   * @return the entry date, or empty if the child is in none of these on the date
   */
  public static Optional<LocalDate> findEntryDate(CaseFile file, LocalDate date) {
    for (LocalDate[] chain : chains(file)) {
      if (!chain[0].isAfter(date) && date.isBefore(chain[1])) {
        return Optional.of(chain[0]);
      }
    }
    return Optional.empty();
  }

  /**
   * The day the child last entered the tracker on or before the date, whether or not the
   * involvement has ended since.
   *
   * @param file the case file
   * @param date the date
   * @return the latest entry date on or before the date, or empty if none
   */
  public static Optional<LocalDate> findLatestEntryDate(CaseFile file, LocalDate date) {
    Optional<LocalDate> latest = Optional.empty();
    for (LocalDate[] chain : chains(file)) {
      if (!chain[0].isAfter(date)) {
        latest = Optional.of(chain[0]);
      }
    }
    return latest;
  }

  // Unbroken chains [start, endExclusive) of care (not short breaks), PLO and proceedings.
  private static List<LocalDate[]> chains(CaseFile file) {
    List<LocalDate[]> spans = new ArrayList<>();
    for (PeriodOfCare period : file.periodsOfCare()) {
      boolean shortBreak =
          file.findLegalStatusOn(period.start()).map(s -> s.code().isShortBreaks()).orElse(false);
      if (!shortBreak) {
        spans.add(span(period.start(), period.end()));
      }
    }
    for (PreProceedings plo : file.preProceedings()) {
      spans.add(span(plo.start(), plo.end()));
    }
    for (CareProceedings proceedings : file.careProceedings()) {
      proceedings
          .issuedOn()
          .ifPresent(
              issued ->
                  spans.add(span(issued, proceedings.finalOrderOn().map(d -> d.plusDays(1)))));
    }
    spans.sort(Comparator.comparing(s -> s[0]));
    List<LocalDate[]> chains = new ArrayList<>();
    for (LocalDate[] span : spans) {
      LocalDate[] last = chains.isEmpty() ? null : chains.get(chains.size() - 1);
      if (last == null || span[0].isAfter(last[1])) {
        chains.add(new LocalDate[] {span[0], span[1]});
      } else if (span[1].isAfter(last[1])) {
        last[1] = span[1];
      }
    }
    return chains;
  }

  /**
   * The permanence route ratified on or before the date within the involvement that includes it, if
   * any: adoption order, special guardianship order, or long-term match of the current placement
   * (§7, I-NSO-09).
   *
   * @param file the case file
   * @param date the date
   * @return {@code ADOPTION}, {@code KINSHIP_OR_SPECIAL_GUARDIANSHIP} or {@code
   *     LONG_TERM_FOSTERING}, or empty
   */
  public static Optional<PermanenceOption> findRatifiedRoute(CaseFile file, LocalDate date) {
    LocalDate since = findEntryDate(file, date).orElse(LocalDate.MIN);
    if (orderMadeBetween(file, CourtOrderType.ADOPTION, since, date)
        || file.adoptionMilestones()
            .flatMap(a -> a.adoptionOrderOn())
            .filter(d -> !d.isBefore(since) && !d.isAfter(date))
            .isPresent()) {
      return Optional.of(PermanenceOption.ADOPTION);
    }
    if (orderMadeBetween(file, CourtOrderType.SPECIAL_GUARDIANSHIP, since, date)) {
      return Optional.of(PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP);
    }
    Optional<Placement> placement = file.findPlacementOn(date);
    if (placement.isPresent()
        && placement.get().code().isFostering()
        && placement.get().isLongTermMatchedOn(date)) {
      return Optional.of(PermanenceOption.LONG_TERM_FOSTERING);
    }
    return Optional.empty();
  }

  /**
   * Whether tracking of a looked-after child has ended on the date (§7, §5(f), I-NSO-09).
   *
   * @param file the case file
   * @param date the date
   * @param settings the authority's settings
   * @return true if permanence is ratified (and, by default, the life story work done)
   */
  public static boolean hasExited(CaseFile file, LocalDate date, AuthoritySettings settings) {
    Optional<PermanenceOption> route = findRatifiedRoute(file, date);
    if (route.isEmpty()) {
      return false;
    }
    return settings.get(NorthSomersetSettings.TRACKER_EXIT) == TrackerExit.RATIFIED
        || findOutstandingWork(file, date, route.get(), settings).isEmpty();
  }

  /**
   * The life story work and later-life letter still to be put on file for a permanence route (§5(f)
   * s2, I-NSO-09).
   *
   * @param file the case file
   * @param date the date
   * @param route the permanence route
   * @param settings the authority's settings
   * @return the document types required and not on file by the date
   */
  public static List<DocumentType> findOutstandingWork(
      CaseFile file, LocalDate date, PermanenceOption route, AuthoritySettings settings) {
    List<DocumentType> outstanding = new ArrayList<>();
    if (settings.get(NorthSomersetSettings.LIFE_STORY_REQUIRED_FOR).contains(route)
        && file.findLatestDocument(DocumentType.LIFE_STORY_WORK, date).isEmpty()) {
      outstanding.add(DocumentType.LIFE_STORY_WORK);
    }
    if (settings.get(NorthSomersetSettings.LATER_LIFE_LETTER_REQUIRED_FOR).contains(route)
        && file.findLatestDocument(DocumentType.LATER_LIFE_LETTER, date).isEmpty()) {
      outstanding.add(DocumentType.LATER_LIFE_LETTER);
    }
    return List.copyOf(outstanding);
  }

  private static boolean hasLeftCareWithWorkOutstanding(
      CaseFile file, LocalDate date, AuthoritySettings settings) {
    Optional<PeriodOfCare> last = file.findLatestPeriodOfCareStartedBy(date);
    if (last.isEmpty() || last.get().end().isEmpty() || last.get().reasonCeased().isEmpty()) {
      return false;
    }
    ReasonEpisodeCeasedCode reason = last.get().reasonCeased().get();
    PermanenceOption route;
    if (reason.isAdoption()) {
      route = PermanenceOption.ADOPTION;
    } else if (reason.isSpecialGuardianship()) {
      route = PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP;
    } else {
      return false;
    }
    return !findOutstandingWork(file, date, route, settings).isEmpty();
  }

  private static boolean orderMadeBetween(
      CaseFile file, CourtOrderType type, LocalDate startInclusive, LocalDate endInclusive) {
    for (CourtOrder order : file.courtOrders()) {
      if (order.type() == type
          && !order.madeOn().isBefore(startInclusive)
          && !order.madeOn().isAfter(endInclusive)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate[] span(LocalDate start, Optional<LocalDate> endExclusive) {
    return new LocalDate[] {start, endExclusive.orElse(LocalDate.MAX)};
  }

  /** The scope as text. */
  @Override
  public String toString() {
    return "NorthSomersetTracker{looked after until permanence ratified (NSomerset §7), PLO and"
        + " proceedings when not looked after}";
  }
}
