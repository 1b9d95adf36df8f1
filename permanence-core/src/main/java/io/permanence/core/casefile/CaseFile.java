package io.permanence.core.casefile;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import io.permanence.core.DateSpan;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.CareLeaverOutcome;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.care.SocialWorkerEpisode;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.plan.PlanHistory;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * One child's whole record as an immutable snapshot: the aggregate every rule evaluates.
 *
 * <p>Every list is sorted on construction (stable, so records on the same day keep their given
 * order): periods by start, court orders by the day made, care proceedings by the decision to
 * issue, reviews, plans, appearances, decisions and documents by their day, actions by due day.
 *
 * <p>Invariants, checked on construction; each failure names the field, the child id and the
 * values:
 *
 * <ul>
 *   <li>periods of care do not overlap; legal status periods do not overlap; placements do not
 *       overlap (all half-open {@code [start, end)}, so one may end on the day the next starts);
 *   <li>no period ends before it starts (checked by each value);
 *   <li>for a born child, nothing that needs a born child is dated before the birth: periods of
 *       care, legal statuses, placements, reviews, court orders, missing episodes, the issue of
 *       care proceedings and the placement order, placement and adoption order dates. Planning may
 *       precede the birth: pre-proceedings, the decision to issue, plans, flags, panel records,
 *       social worker episodes and the decision to place for adoption;
 *   <li>for an unborn child (only an expected date of birth) none of those records exists;
 *   <li>panel decision ids and panel action ids are unique.
 * </ul>
 *
 * <p>Legal status periods and placements are not required to lie within a period of care: imports
 * are kept as recorded, and the SSDA903 validators report such gaps.
 *
 * <p>{@link #toString()} names the authority and child id and counts the records; it holds no date
 * of birth and no free text. Instances are immutable and thread-safe.
 *
 * <p>Construction cost: a case file is built for every child of an import (hundreds of thousands at
 * a time), and most of its nineteen lists are empty. This type therefore overrides the package's
 * {@link io.permanence.core.PermanenceStyle} with the same settings plus {@code jdkOnly}: the
 * generated builder keeps each list in a plain {@code ArrayList} (which allocates no array until
 * its first element) instead of a Guava list builder (which allocates one up front), and the built
 * lists are the JDK's unmodifiable lists (empty and one-element lists shared or minimal). The
 * public API, the invariants and their messages are those of the project style.
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = IllegalArgumentException.class,
    jdkOnly = true)
public abstract class CaseFile {

  /** The authority whose record this is. */
  public abstract AuthorityId authority();

  /** The child. */
  public abstract Child child();

  /** The legal status periods, by start. */
  public abstract List<LegalStatusPeriod> legalStatusPeriods();

  /** The court orders, by the day made. */
  public abstract List<CourtOrder> courtOrders();

  /** The pre-proceedings stages, by start. */
  public abstract List<PreProceedings> preProceedings();

  /** The care proceedings, by the day of the decision to issue. */
  public abstract List<CareProceedings> careProceedings();

  /** The periods of care, by start. */
  public abstract List<PeriodOfCare> periodsOfCare();

  /** The placements, by start. */
  public abstract List<Placement> placements();

  /** The statutory reviews, by date. */
  public abstract List<LookedAfterReview> reviews();

  /** The adoption milestones, if adoption has been considered. */
  public abstract Optional<AdoptionMilestones> adoptionMilestones();

  /** The previous permanence before this period of care, if recorded. */
  public abstract Optional<PreviousPermanence> previousPermanence();

  /** The missing and away episodes, by start. */
  public abstract List<MissingEpisode> missingEpisodes();

  /** The social worker allocations, by start. */
  public abstract List<SocialWorkerEpisode> socialWorkerEpisodes();

  /** The permanence plans, by the day recorded. */
  public abstract List<PermanencePlan> plans();

  /** The panel appearances, by meeting day. */
  public abstract List<PanelAppearance> panelAppearances();

  /** The panel decisions, by the day made. */
  public abstract List<PanelDecision> decisions();

  /** The panel actions, by due day. */
  public abstract List<PanelAction> actions();

  /** The documents on file, by the day on file. */
  public abstract List<DocumentOnFile> documents();

  /** The case flags, by start. */
  public abstract List<CaseFlag> flags();

  /** The OC2 outcomes, by collection year. */
  public abstract List<HealthOutcomes> healthOutcomes();

  /** The OC3 care leaver outcomes, by collection year. */
  public abstract List<CareLeaverOutcome> careLeaverOutcomes();

  /**
   * A builder; {@code authority} and {@code child} are required, lists may be added in any order.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link CaseFile}; single attributes may be set once, lists added to. */
  public static final class Builder extends ImmutableCaseFile.Builder {}

  /**
   * A builder holding everything in this case file, to which more records can be added (the builder
   * is strict: {@code authority}, {@code child} and the optional records are already set and cannot
   * be set again).
   *
   * @return the builder
   */
  public final Builder toBuilder() {
    Builder builder = builder();
    builder
        .authority(authority())
        .child(child())
        .addAllLegalStatusPeriods(legalStatusPeriods())
        .addAllCourtOrders(courtOrders())
        .addAllPreProceedings(preProceedings())
        .addAllCareProceedings(careProceedings())
        .addAllPeriodsOfCare(periodsOfCare())
        .addAllPlacements(placements())
        .addAllReviews(reviews())
        .adoptionMilestones(adoptionMilestones())
        .previousPermanence(previousPermanence())
        .addAllMissingEpisodes(missingEpisodes())
        .addAllSocialWorkerEpisodes(socialWorkerEpisodes())
        .addAllPlans(plans())
        .addAllPanelAppearances(panelAppearances())
        .addAllDecisions(decisions())
        .addAllActions(actions())
        .addAllDocuments(documents())
        .addAllFlags(flags())
        .addAllHealthOutcomes(healthOutcomes())
        .addAllCareLeaverOutcomes(careLeaverOutcomes());
    return builder;
  }

  // ---------------------------------------------------------------- derived queries

  /** The child's id. */
  public final ChildId childId() {
    return child().id();
  }

  /**
   * The child's age in whole years on the date.
   *
   * @param date the date
   * @return the age
   * @throws IllegalArgumentException if the child is unborn on that date
   */
  public final int ageOn(LocalDate date) {
    return child().ageOn(date);
  }

  /**
   * Whether the child is looked after on the date: within a period of care.
   *
   * @param date the date
   * @return true if a period of care contains the date
   */
  public final boolean isLookedAfterOn(LocalDate date) {
    return findPeriodOfCareContaining(date).isPresent();
  }

  /**
   * The period of care containing the date.
   *
   * @param date the date
   * @return the period, or empty if not looked after on that date
   */
  public final Optional<PeriodOfCare> findPeriodOfCareContaining(LocalDate date) {
    return findContaining(periodsOfCare(), date);
  }

  /**
   * The day the child became looked after for the period of care containing the date (the "current"
   * period as of that date).
   *
   * @param asOf the date
   * @return the start of the period, or empty if not looked after on that date
   */
  public final Optional<LocalDate> findBecameLookedAfterOn(LocalDate asOf) {
    return findPeriodOfCareContaining(asOf).map(PeriodOfCare::start);
  }

  /**
   * The latest period of care that started on or before the date, whether or not it has ended.
   *
   * @param date the date
   * @return the period, or empty if none started by then
   */
  public final Optional<PeriodOfCare> findLatestPeriodOfCareStartedBy(LocalDate date) {
    List<PeriodOfCare> periods = periodsOfCare();
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (!periods.get(i).start().isAfter(date)) {
        return Optional.of(periods.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The legal status period containing the date.
   *
   * @param date the date
   * @return the period, or empty if no legal status is recorded for that date
   */
  public final Optional<LegalStatusPeriod> findLegalStatusOn(LocalDate date) {
    return findContaining(legalStatusPeriods(), date);
  }

  /**
   * The first day of the unbroken run of legal status periods, each satisfying the test, that
   * contains the date: for example since when a child has been accommodated under section 20
   * ({@code LegalStatusCode::isSection20}) across V2 episodes that follow each other without a gap.
   *
   * @param asOf the date
   * @param test which legal statuses count
   * @return the first day of the run, or empty if the status on that date does not satisfy the test
   */
  public final Optional<LocalDate> findContinuousLegalStatusSince(
      LocalDate asOf, Predicate<LegalStatusCode> test) {
    return findRunStart(legalStatusPeriods(), asOf, period -> test.test(period.code()));
  }

  /**
   * The placement containing the date.
   *
   * @param date the date
   * @return the placement, or empty if none is recorded for that date
   */
  public final Optional<Placement> findPlacementOn(LocalDate date) {
    return findContaining(placements(), date);
  }

  /**
   * The first day of the unbroken run of placements, each of a type satisfying the test, that
   * contains the date: for example since when a child has been in residential or semi-independent
   * placements (Barnet ToR remit 3: "longer than 12 months").
   *
   * @param asOf the date
   * @param test which placement types count
   * @return the first day of the run, or empty if the placement on that date does not satisfy it
   */
  public final Optional<LocalDate> findContinuousPlacementSince(
      LocalDate asOf, Predicate<PlacementCode> test) {
    return findRunStart(placements(), asOf, placement -> test.test(placement.code()));
  }

  /**
   * The placements that share at least one day with {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day
   * @return the placements, by start
   */
  public final List<Placement> placementsBetween(LocalDate startInclusive, LocalDate endExclusive) {
    ImmutableList.Builder<Placement> between = ImmutableList.builder();
    for (Placement placement : placements()) {
      if (placement.overlaps(startInclusive, endExclusive)) {
        between.add(placement);
      }
    }
    return between.build();
  }

  /** The plan history. */
  @Value.Lazy
  public PlanHistory planHistory() {
    return PlanHistory.of(plans());
  }

  /**
   * The permanence plan in force on the date: the last recorded on or before it.
   *
   * @param date the date
   * @return the plan, or empty if none was recorded by then
   */
  public final Optional<PermanencePlan> findPlanInForceOn(LocalDate date) {
    return planHistory().findInForceOn(date);
  }

  /**
   * The reviews held in {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day
   * @return the reviews, by date
   */
  public final List<LookedAfterReview> reviewsBetween(
      LocalDate startInclusive, LocalDate endExclusive) {
    checkArgument(
        !endExclusive.isBefore(startInclusive),
        "endExclusive must not be before startInclusive but was %s < %s",
        endExclusive,
        startInclusive);
    ImmutableList.Builder<LookedAfterReview> between = ImmutableList.builder();
    for (LookedAfterReview review : reviews()) {
      if (!review.date().isBefore(startInclusive) && review.date().isBefore(endExclusive)) {
        between.add(review);
      }
    }
    return between.build();
  }

  /**
   * The latest review held strictly before the date.
   *
   * @param date the date
   * @return the review, or empty if none was held before it
   */
  public final Optional<LookedAfterReview> findLatestReviewBefore(LocalDate date) {
    List<LookedAfterReview> reviews = reviews();
    for (int i = reviews.size() - 1; i >= 0; i--) {
      if (reviews.get(i).date().isBefore(date)) {
        return Optional.of(reviews.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The court orders in force on the date.
   *
   * @param date the date
   * @return the orders, by the day made
   */
  public final List<CourtOrder> courtOrdersInForceOn(LocalDate date) {
    ImmutableList.Builder<CourtOrder> inForce = ImmutableList.builder();
    for (CourtOrder order : courtOrders()) {
      if (order.contains(date)) {
        inForce.add(order);
      }
    }
    return inForce.build();
  }

  /**
   * The pre-proceedings stage under way on the date.
   *
   * @param date the date
   * @return the latest stage containing the date, or empty
   */
  public final Optional<PreProceedings> findPreProceedingsOn(LocalDate date) {
    return findContaining(preProceedings(), date);
  }

  /**
   * The care proceedings before the court on the date (issued and not concluded before it).
   *
   * @param date the date
   * @return the latest such proceedings, or empty
   */
  public final Optional<CareProceedings> findCareProceedingsOn(LocalDate date) {
    List<CareProceedings> proceedings = careProceedings();
    for (int i = proceedings.size() - 1; i >= 0; i--) {
      if (proceedings.get(i).isInProceedingsOn(date)) {
        return Optional.of(proceedings.get(i));
      }
    }
    return Optional.empty();
  }

  /** The actions still open, by due day. */
  public final List<PanelAction> openActions() {
    ImmutableList.Builder<PanelAction> open = ImmutableList.builder();
    for (PanelAction action : actions()) {
      if (action.isOpen()) {
        open.add(action);
      }
    }
    return open.build();
  }

  /**
   * The open actions past their due day on the date.
   *
   * @param date the date
   * @return the overdue actions, by due day
   */
  public final List<PanelAction> overdueActionsOn(LocalDate date) {
    ImmutableList.Builder<PanelAction> overdue = ImmutableList.builder();
    for (PanelAction action : actions()) {
      if (action.isOverdueOn(date)) {
        overdue.add(action);
      }
    }
    return overdue.build();
  }

  /**
   * The documents of a type, by the day on file.
   *
   * @param type the type
   * @return the documents
   */
  public final List<DocumentOnFile> documentsOfType(DocumentType type) {
    ImmutableList.Builder<DocumentOnFile> ofType = ImmutableList.builder();
    for (DocumentOnFile document : documents()) {
      if (document.type().equals(type)) {
        ofType.add(document);
      }
    }
    return ofType.build();
  }

  /**
   * The latest document of a type on file on or before the date.
   *
   * @param type the type
   * @param asOf the date
   * @return the document, or empty if none was on file by then
   */
  public final Optional<DocumentOnFile> findLatestDocument(DocumentType type, LocalDate asOf) {
    List<DocumentOnFile> documents = documents();
    for (int i = documents.size() - 1; i >= 0; i--) {
      DocumentOnFile document = documents.get(i);
      if (document.type().equals(type) && !document.dateOnFile().isAfter(asOf)) {
        return Optional.of(document);
      }
    }
    return Optional.empty();
  }

  /**
   * The flags that apply on the date.
   *
   * @param date the date
   * @return the flags, by start
   */
  public final List<CaseFlag> flagsOn(LocalDate date) {
    ImmutableList.Builder<CaseFlag> on = ImmutableList.builder();
    for (CaseFlag flag : flags()) {
      if (flag.contains(date)) {
        on.add(flag);
      }
    }
    return on.build();
  }

  /**
   * Whether a flag of the type applies on the date.
   *
   * @param type the type
   * @param date the date
   * @return true if such a flag applies
   */
  public final boolean hasFlagOn(CaseFlagType type, LocalDate date) {
    return findFlagOn(type, date).isPresent();
  }

  /**
   * The latest-starting flag of the type that applies on the date.
   *
   * @param type the type
   * @param date the date
   * @return the flag, or empty
   */
  public final Optional<CaseFlag> findFlagOn(CaseFlagType type, LocalDate date) {
    List<CaseFlag> flags = flags();
    for (int i = flags.size() - 1; i >= 0; i--) {
      CaseFlag flag = flags.get(i);
      if (flag.type() == type && flag.contains(date)) {
        return Optional.of(flag);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest appearance at a panel strictly before the date.
   *
   * @param panel the panel
   * @param date the date
   * @return the appearance, or empty if the child had not appeared at that panel before then
   */
  public final Optional<PanelAppearance> findLatestAppearanceBefore(PanelId panel, LocalDate date) {
    List<PanelAppearance> appearances = panelAppearances();
    for (int i = appearances.size() - 1; i >= 0; i--) {
      PanelAppearance appearance = appearances.get(i);
      if (appearance.panel().equals(panel) && appearance.meetingOn().isBefore(date)) {
        return Optional.of(appearance);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- invariants

  @Value.Check
  final CaseFile normalize() {
    if (!isSorted()) {
      return sortedCopy();
    }
    checkNoOverlap("periodsOfCare", periodsOfCare());
    checkNoOverlap("legalStatusPeriods", legalStatusPeriods());
    checkNoOverlap("placements", placements());
    checkBirth();
    checkUnique("decisions", decisions(), d -> d.id().id());
    checkUnique("actions", actions(), a -> a.id().id());
    return this;
  }

  private static final Comparator<DateSpan> BY_START = Comparator.comparing(DateSpan::start);
  private static final Comparator<CourtOrder> ORDER_BY_MADE =
      Comparator.comparing(CourtOrder::madeOn);
  private static final Comparator<CareProceedings> PROCEEDINGS_BY_DECISION =
      Comparator.comparing(CareProceedings::decisionToIssueOn);
  private static final Comparator<LookedAfterReview> REVIEW_BY_DATE =
      Comparator.comparing(LookedAfterReview::date);
  private static final Comparator<PermanencePlan> PLAN_BY_RECORDED =
      Comparator.comparing(PermanencePlan::recordedOn);
  private static final Comparator<PanelAppearance> APPEARANCE_BY_MEETING =
      Comparator.comparing(PanelAppearance::meetingOn);
  private static final Comparator<PanelDecision> DECISION_BY_MADE =
      Comparator.comparing(PanelDecision::madeOn);
  private static final Comparator<PanelAction> ACTION_BY_DUE =
      Comparator.comparing(PanelAction::dueOn);
  private static final Comparator<DocumentOnFile> DOCUMENT_BY_DATE =
      Comparator.comparing(DocumentOnFile::dateOnFile);
  private static final Comparator<HealthOutcomes> HEALTH_BY_YEAR =
      Comparator.comparing(HealthOutcomes::year);
  private static final Comparator<CareLeaverOutcome> LEAVER_BY_YEAR =
      Comparator.comparing(CareLeaverOutcome::year);

  private boolean isSorted() {
    return isInOrder(legalStatusPeriods(), BY_START)
        && isInOrder(courtOrders(), ORDER_BY_MADE)
        && isInOrder(preProceedings(), BY_START)
        && isInOrder(careProceedings(), PROCEEDINGS_BY_DECISION)
        && isInOrder(periodsOfCare(), BY_START)
        && isInOrder(placements(), BY_START)
        && isInOrder(reviews(), REVIEW_BY_DATE)
        && isInOrder(missingEpisodes(), BY_START)
        && isInOrder(socialWorkerEpisodes(), BY_START)
        && isInOrder(plans(), PLAN_BY_RECORDED)
        && isInOrder(panelAppearances(), APPEARANCE_BY_MEETING)
        && isInOrder(decisions(), DECISION_BY_MADE)
        && isInOrder(actions(), ACTION_BY_DUE)
        && isInOrder(documents(), DOCUMENT_BY_DATE)
        && isInOrder(flags(), BY_START)
        && isInOrder(healthOutcomes(), HEALTH_BY_YEAR)
        && isInOrder(careLeaverOutcomes(), LEAVER_BY_YEAR);
  }

  /** Whether a list is in order; by index, as every case file checks all of its lists. */
  private static <T> boolean isInOrder(List<T> list, Comparator<? super T> order) {
    int size = list.size();
    if (size < 2) {
      return true;
    }
    T previous = list.get(0);
    for (int i = 1; i < size; i++) {
      T next = list.get(i);
      if (order.compare(previous, next) > 0) {
        return false;
      }
      previous = next;
    }
    return true;
  }

  private CaseFile sortedCopy() {
    return builder()
        .authority(authority())
        .child(child())
        .addAllLegalStatusPeriods(sorted(legalStatusPeriods(), BY_START))
        .addAllCourtOrders(sorted(courtOrders(), ORDER_BY_MADE))
        .addAllPreProceedings(sorted(preProceedings(), BY_START))
        .addAllCareProceedings(sorted(careProceedings(), PROCEEDINGS_BY_DECISION))
        .addAllPeriodsOfCare(sorted(periodsOfCare(), BY_START))
        .addAllPlacements(sorted(placements(), BY_START))
        .addAllReviews(sorted(reviews(), REVIEW_BY_DATE))
        .adoptionMilestones(adoptionMilestones())
        .previousPermanence(previousPermanence())
        .addAllMissingEpisodes(sorted(missingEpisodes(), BY_START))
        .addAllSocialWorkerEpisodes(sorted(socialWorkerEpisodes(), BY_START))
        .addAllPlans(sorted(plans(), PLAN_BY_RECORDED))
        .addAllPanelAppearances(sorted(panelAppearances(), APPEARANCE_BY_MEETING))
        .addAllDecisions(sorted(decisions(), DECISION_BY_MADE))
        .addAllActions(sorted(actions(), ACTION_BY_DUE))
        .addAllDocuments(sorted(documents(), DOCUMENT_BY_DATE))
        .addAllFlags(sorted(flags(), BY_START))
        .addAllHealthOutcomes(sorted(healthOutcomes(), HEALTH_BY_YEAR))
        .addAllCareLeaverOutcomes(sorted(careLeaverOutcomes(), LEAVER_BY_YEAR))
        .build();
  }

  private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    return ImmutableList.sortedCopyOf(order, list);
  }

  private void checkNoOverlap(String field, List<? extends DateSpan> spans) {
    // Sorted by start, so a non-empty span overlaps the latest non-empty one before it unless that
    // one ended by the span's start (DateSpan.overlaps for sorted spans, reading each end once).
    DateSpan latest = null;
    LocalDate latestEnd = null;
    for (int i = 0, n = spans.size(); i < n; i++) {
      DateSpan span = spans.get(i);
      Optional<LocalDate> end = span.end();
      LocalDate start = span.start();
      if (end.isPresent() && end.get().equals(start)) {
        continue;
      }
      if (latest != null && (latestEnd == null || start.isBefore(latestEnd))) {
        throw new IllegalArgumentException(
            "case file of child "
                + childId()
                + ": "
                + field
                + " must not overlap but "
                + describe(latest)
                + " overlaps "
                + describe(span));
      }
      latest = span;
      latestEnd = end.orElse(null);
    }
  }

  private static String describe(DateSpan span) {
    String what =
        span instanceof Placement
            ? ((Placement) span).code() + " "
            : span instanceof LegalStatusPeriod ? ((LegalStatusPeriod) span).code() + " " : "";
    return what + "[" + span.start() + ", " + span.end().map(Object::toString).orElse("open") + ")";
  }

  /**
   * Checks the records that need a born child, field by field in a fixed order, each by its
   * earliest date. It runs only on sorted lists (see {@link #normalize}), so the earliest date of a
   * list sorted by that date is its first element's; only the dates a list is not sorted by (issue
   * of care proceedings, the adoption milestones) are looked for.
   */
  private void checkBirth() {
    Optional<LocalDate> born = child().dateOfBirth();
    checkBorn("periodsOfCare", earliestStart(periodsOfCare()), born);
    checkBorn("legalStatusPeriods", earliestStart(legalStatusPeriods()), born);
    checkBorn("placements", earliestStart(placements()), born);
    List<LookedAfterReview> reviews = reviews();
    checkBorn("reviews", reviews.isEmpty() ? null : reviews.get(0).date(), born);
    List<CourtOrder> orders = courtOrders();
    checkBorn("courtOrders", orders.isEmpty() ? null : orders.get(0).madeOn(), born);
    checkBorn("missingEpisodes", earliestStart(missingEpisodes()), born);
    LocalDate earliest = null;
    for (CareProceedings proceedings : careProceedings()) {
      Optional<LocalDate> issued = proceedings.issuedOn();
      if (issued.isPresent()) {
        earliest = earlier(earliest, issued.get());
      }
    }
    checkBorn("careProceedings.issuedOn", earliest, born);
    earliest = null;
    Optional<AdoptionMilestones> adoption = adoptionMilestones();
    if (adoption.isPresent()) {
      AdoptionMilestones milestones = adoption.get();
      earliest = earlier(earliest, milestones.placementOrderOn());
      earliest = earlier(earliest, milestones.placedOn());
      earliest = earlier(earliest, milestones.adoptionOrderOn());
    }
    checkBorn("adoptionMilestones", earliest, born);
  }

  /** The earliest start of spans sorted by start (null if none): the first one's. */
  private static LocalDate earliestStart(List<? extends DateSpan> spans) {
    return spans.isEmpty() ? null : spans.get(0).start();
  }

  /** The earlier of a date (null for none yet) and another. */
  private static LocalDate earlier(LocalDate earliest, LocalDate date) {
    return earliest == null || date.isBefore(earliest) ? date : earliest;
  }

  private static LocalDate earlier(LocalDate earliest, Optional<LocalDate> date) {
    return date.isPresent() ? earlier(earliest, date.get()) : earliest;
  }

  /** Checks the earliest date (null if none) of a field that needs a born child. */
  private void checkBorn(String field, LocalDate earliest, Optional<LocalDate> born) {
    if (earliest == null) {
      return;
    }
    if (born.isEmpty()) {
      throw new IllegalArgumentException(
          "case file of child "
              + childId()
              + ": "
              + field
              + " requires a born child but the child is unborn (first date "
              + earliest
              + ")");
    }
    // The message does not print the date of birth: it is personal data.
    checkArgument(
        !earliest.isBefore(born.get()),
        "case file of child %s: %s must not be before the date of birth but %s was",
        childId(),
        field,
        earliest);
  }

  private <T> void checkUnique(String field, List<T> items, Function<T, String> id) {
    if (items.size() < 2) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      checkArgument(
          seen.add(id.apply(item)),
          "case file of child %s: %s ids must be unique but %s appears twice",
          childId(),
          field,
          id.apply(item));
    }
  }

  private static <T extends DateSpan> Optional<T> findContaining(List<T> spans, LocalDate date) {
    for (int i = spans.size() - 1; i >= 0; i--) {
      T span = spans.get(i);
      if (span.contains(date)) {
        return Optional.of(span);
      }
    }
    return Optional.empty();
  }

  private static <T extends DateSpan> Optional<LocalDate> findRunStart(
      List<T> spans, LocalDate asOf, Predicate<T> test) {
    int index = -1;
    for (int i = spans.size() - 1; i >= 0; i--) {
      if (spans.get(i).contains(asOf)) {
        index = i;
        break;
      }
    }
    if (index < 0 || !test.test(spans.get(index))) {
      return Optional.empty();
    }
    LocalDate start = spans.get(index).start();
    for (int i = index - 1; i >= 0; i--) {
      T previous = spans.get(i);
      if (previous.isEmpty()) {
        continue;
      }
      if (!previous.end().map(start::equals).orElse(false) || !test.test(previous)) {
        break;
      }
      start = previous.start();
    }
    return Optional.of(start);
  }

  /** The authority, the child (redacted) and the number of records of each kind. */
  @Override
  public final String toString() {
    return "CaseFile{authority="
        + authority()
        + ", child="
        + child()
        + ", periodsOfCare="
        + periodsOfCare().size()
        + ", legalStatusPeriods="
        + legalStatusPeriods().size()
        + ", placements="
        + placements().size()
        + ", reviews="
        + reviews().size()
        + ", plans="
        + plans().size()
        + ", courtOrders="
        + courtOrders().size()
        + ", preProceedings="
        + preProceedings().size()
        + ", careProceedings="
        + careProceedings().size()
        + ", panelAppearances="
        + panelAppearances().size()
        + ", actions="
        + actions().size()
        + ", flags="
        + flags().size()
        + "}";
  }
}
