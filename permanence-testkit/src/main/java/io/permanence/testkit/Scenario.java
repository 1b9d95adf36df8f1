package io.permanence.testkit;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.care.SocialWorkerEpisode;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import io.permanence.core.reference.ReviewParticipationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fluent builder that states a child's history in a few readable lines and builds a consistent
 * {@link CaseFile}.
 *
 * <pre>{@code
 * CaseFile file =
 *     Scenario.child("C1")
 *         .bornOn(LocalDate.of(2019, 5, 4))
 *         .inAuthority("bcp")
 *         .lookedAfterFrom(LocalDate.of(2025, 6, 2), V2, U6)
 *         .legalStatusChange(LocalDate.of(2025, 9, 1), C1)
 *         .placementChange(LocalDate.of(2025, 12, 1), U4)
 *         .review(LocalDate.of(2025, 6, 30))
 *         .plan(LocalDate.of(2025, 9, 29), ADOPTION, LONG_TERM_FOSTERING)
 *         .build();
 * }</pre>
 *
 * <p>Episodes are stated as changes, like SSDA903: {@link #lookedAfterFrom} opens a period of care
 * with a legal status and a placement; {@link #legalStatusChange} and {@link #placementChange} end
 * the current one on the day given and open the next (half-open, so they never overlap); {@link
 * #ceasedToBeLookedAfter} ends all three. Changes must be stated in date order.
 *
 * <p>Defaults: authority {@code bcp}; date of birth 2015-01-01 unless {@link #bornOn} or {@link
 * #unbornExpectedOn} is called; the placement provider is empty; a PLO started with {@link
 * #preProceedingsFrom} is open. {@link #build()} may be called at any step; later steps continue
 * the same history. Misuse (a change while not looked after, a date before the previous change)
 * fails with an {@link IllegalStateException} naming the step and the dates.
 */
public final class Scenario {

  /** The date of birth used when none is stated. */
  public static final LocalDate DEFAULT_DATE_OF_BIRTH = LocalDate.of(2015, 1, 1);

  /** The authority used when none is stated. */
  public static final AuthorityId DEFAULT_AUTHORITY = AuthorityId.of("bcp");

  private final ChildId id;
  private AuthorityId authority = DEFAULT_AUTHORITY;
  private Optional<LocalDate> dateOfBirth = Optional.empty();
  private Optional<LocalDate> expectedDateOfBirth = Optional.empty();
  private boolean uasc;
  private Optional<LocalDate> uascCeasedOn = Optional.empty();
  private Optional<SiblingGroupId> siblingGroup = Optional.empty();
  private boolean disability;

  private final List<PeriodOfCare> periodsOfCare = new ArrayList<>();
  private final List<LegalStatusPeriod> legalStatuses = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private Optional<LocalDate> careStart = Optional.empty();
  private Optional<LocalDate> statusStart = Optional.empty();
  private Optional<LegalStatusCode> status = Optional.empty();
  private Optional<Placement.Builder> placement = Optional.empty();
  private Optional<LocalDate> lastChange = Optional.empty();

  private final List<LookedAfterReview> reviews = new ArrayList<>();
  private final List<PermanencePlan> plans = new ArrayList<>();
  private final List<CourtOrder> courtOrders = new ArrayList<>();
  private final List<PreProceedings> preProceedings = new ArrayList<>();
  private Optional<PreProceedings.Builder> openPreProceedings = Optional.empty();
  private Optional<LocalDate> openPreProceedingsStart = Optional.empty();
  private final List<CareProceedings> careProceedings = new ArrayList<>();
  private Optional<CareProceedingsDraft> openCareProceedings = Optional.empty();
  private final List<CaseFlag> flags = new ArrayList<>();
  private final List<PanelAppearance> appearances = new ArrayList<>();
  private final List<PanelDecision> decisions = new ArrayList<>();
  private final List<PanelAction> actions = new ArrayList<>();
  private final List<DocumentOnFile> documents = new ArrayList<>();
  private final List<MissingEpisode> missing = new ArrayList<>();
  private final List<SocialWorkerEpisode> socialWorkers = new ArrayList<>();
  private Optional<AdoptionMilestones> adoption = Optional.empty();
  private Optional<PreviousPermanence> previousPermanence = Optional.empty();

  private Scenario(ChildId id) {
    this.id = id;
  }

  /**
   * Starts a scenario for a child.
   *
   * @param id the child id
   * @return the scenario
   */
  public static Scenario child(String id) {
    return new Scenario(ChildId.of(id));
  }

  /**
   * The child's date of birth.
   *
   * @param date the date of birth
   * @return this scenario
   */
  public Scenario bornOn(LocalDate date) {
    dateOfBirth = Optional.of(date);
    expectedDateOfBirth = Optional.empty();
    return this;
  }

  /**
   * The child is unborn, expected on the date.
   *
   * @param date the expected date of birth
   * @return this scenario
   */
  public Scenario unbornExpectedOn(LocalDate date) {
    expectedDateOfBirth = Optional.of(date);
    dateOfBirth = Optional.empty();
    return this;
  }

  /**
   * The authority.
   *
   * @param authorityId the authority id, for example {@code barnet}
   * @return this scenario
   */
  public Scenario inAuthority(String authorityId) {
    authority = AuthorityId.of(authorityId);
    return this;
  }

  /** The child is an unaccompanied asylum-seeking child. */
  public Scenario uasc() {
    uasc = true;
    return this;
  }

  /**
   * The child was UASC and the status ceased on the date.
   *
   * @param date the date UASC status ceased
   * @return this scenario
   */
  public Scenario uascCeasedOn(LocalDate date) {
    uasc = true;
    uascCeasedOn = Optional.of(date);
    return this;
  }

  /**
   * The child's sibling group.
   *
   * @param groupId the group id
   * @return this scenario
   */
  public Scenario inSiblingGroup(String groupId) {
    siblingGroup = Optional.of(SiblingGroupId.of(groupId));
    return this;
  }

  /** The child has a disability. */
  public Scenario withDisability() {
    disability = true;
    return this;
  }

  // ------------------------------------------------------------------ episodes

  /**
   * The child starts to be looked after: opens a period of care, a legal status and a placement.
   *
   * @param date the day the child became looked after
   * @param legalStatus the legal status
   * @param placementType the placement type
   * @return this scenario
   */
  public Scenario lookedAfterFrom(
      LocalDate date, LegalStatusCode legalStatus, PlacementCode placementType) {
    checkState(
        careStart.isEmpty(), "lookedAfterFrom(%s): already looked after since %s", date, careStart);
    checkChronology("lookedAfterFrom", date);
    careStart = Optional.of(date);
    status = Optional.of(legalStatus);
    statusStart = Optional.of(date);
    placement = Optional.of(newPlacement(placementType, date));
    return this;
  }

  /**
   * The legal status changes on the date (the old one ends that day).
   *
   * @param date the day of the change
   * @param legalStatus the new legal status
   * @return this scenario
   */
  public Scenario legalStatusChange(LocalDate date, LegalStatusCode legalStatus) {
    checkLookedAfter("legalStatusChange", date);
    checkChronology("legalStatusChange", date);
    closeLegalStatus(date);
    status = Optional.of(legalStatus);
    statusStart = Optional.of(date);
    return this;
  }

  /**
   * The placement changes on the date (the old one ends that day).
   *
   * @param date the day of the move
   * @param placementType the new placement type
   * @return this scenario
   */
  public Scenario placementChange(LocalDate date, PlacementCode placementType) {
    return placementChange(date, placementType, Optional.empty());
  }

  /**
   * The placement changes on the date, for a recorded reason.
   *
   * @param date the day of the move
   * @param placementType the new placement type
   * @param reason why the old placement ended
   * @return this scenario
   */
  public Scenario placementChange(
      LocalDate date, PlacementCode placementType, ReasonPlaceChangeCode reason) {
    return placementChange(date, placementType, Optional.of(reason));
  }

  private Scenario placementChange(
      LocalDate date, PlacementCode placementType, Optional<ReasonPlaceChangeCode> reason) {
    checkLookedAfter("placementChange", date);
    checkChronology("placementChange", date);
    closePlacement(date, reason);
    placement = Optional.of(newPlacement(placementType, date));
    return this;
  }

  /**
   * The current placement's provider.
   *
   * @param provider the provider
   * @return this scenario
   */
  public Scenario provider(PlacementProviderCode provider) {
    checkState(placement.isPresent(), "provider(%s): no current placement", provider);
    placement.get().provider(provider);
    return this;
  }

  /**
   * The current placement was matched as the child's long-term home on the date.
   *
   * @param date the day of the match
   * @return this scenario
   */
  public Scenario longTermMatch(LocalDate date) {
    checkState(placement.isPresent(), "longTermMatch(%s): no current placement", date);
    placement.get().longTermMatchOn(date);
    return this;
  }

  /**
   * The child ceases to be looked after on the date: ends the period of care, the legal status and
   * the placement.
   *
   * @param date the first day no longer looked after
   * @param reason why (SSDA903 REC), not X1
   * @return this scenario
   */
  public Scenario ceasedToBeLookedAfter(LocalDate date, ReasonEpisodeCeasedCode reason) {
    checkLookedAfter("ceasedToBeLookedAfter", date);
    checkChronology("ceasedToBeLookedAfter", date);
    closeLegalStatus(date);
    closePlacement(date, Optional.empty());
    periodsOfCare.add(PeriodOfCare.of(careStart.orElseThrow(), date, reason));
    careStart = Optional.empty();
    return this;
  }

  // ------------------------------------------------------------------ other records

  /**
   * A statutory review on the date.
   *
   * @param date the day of the review
   * @return this scenario
   */
  public Scenario review(LocalDate date) {
    reviews.add(LookedAfterReview.of(date));
    return this;
  }

  /**
   * A statutory review with the child's participation.
   *
   * @param date the day of the review
   * @param participation how the child took part
   * @return this scenario
   */
  public Scenario review(LocalDate date, ReviewParticipationCode participation) {
    reviews.add(LookedAfterReview.of(date, participation));
    return this;
  }

  /**
   * A permanence plan recorded on the date, with no contingency.
   *
   * @param date the day recorded
   * @param primary the primary option
   * @return this scenario
   */
  public Scenario plan(LocalDate date, PermanenceOption primary) {
    plans.add(PermanencePlan.of(primary, date));
    return this;
  }

  /**
   * A permanence plan recorded on the date.
   *
   * @param date the day recorded
   * @param primary the primary option
   * @param contingency the contingency
   * @return this scenario
   */
  public Scenario plan(LocalDate date, PermanenceOption primary, PermanenceOption contingency) {
    plans.add(PermanencePlan.of(primary, contingency, date));
    return this;
  }

  /**
   * Any permanence plan, for example one ratified at a review.
   *
   * @param plan the plan
   * @return this scenario
   */
  public Scenario plan(PermanencePlan plan) {
    plans.add(plan);
    return this;
  }

  /**
   * A court order with no end.
   *
   * @param type the type
   * @param madeOn the day made
   * @return this scenario
   */
  public Scenario courtOrder(CourtOrderType type, LocalDate madeOn) {
    courtOrders.add(CourtOrder.of(type, madeOn));
    return this;
  }

  /**
   * A court order with an end (exclusive).
   *
   * @param type the type
   * @param madeOn the day made
   * @param end the first day no longer in force
   * @return this scenario
   */
  public Scenario courtOrder(CourtOrderType type, LocalDate madeOn, LocalDate end) {
    courtOrders.add(CourtOrder.of(type, madeOn, end));
    return this;
  }

  /**
   * Pre-proceedings (PLO) start on the date, with the letter before proceedings sent that day.
   *
   * @param date the day they started
   * @return this scenario
   */
  public Scenario preProceedingsFrom(LocalDate date) {
    checkState(
        openPreProceedings.isEmpty(),
        "preProceedingsFrom(%s): pre-proceedings already open since %s",
        date,
        openPreProceedingsStart);
    PreProceedings.Builder builder = PreProceedings.builder();
    builder.start(date).letterBeforeProceedingsOn(date);
    openPreProceedings = Optional.of(builder);
    openPreProceedingsStart = Optional.of(date);
    return this;
  }

  /**
   * A PLO review meeting in the open pre-proceedings.
   *
   * @param date the day of the meeting
   * @return this scenario
   */
  public Scenario preProceedingsMeeting(LocalDate date) {
    checkState(
        openPreProceedings.isPresent(), "preProceedingsMeeting(%s): no open pre-proceedings", date);
    openPreProceedings.get().addReviewMeetings(date);
    return this;
  }

  /**
   * The open pre-proceedings end on the date.
   *
   * @param date the first day no longer in pre-proceedings
   * @param outcome how they ended
   * @return this scenario
   */
  public Scenario preProceedingsEnded(LocalDate date, PreProceedingsOutcome outcome) {
    checkState(
        openPreProceedings.isPresent(), "preProceedingsEnded(%s): no open pre-proceedings", date);
    preProceedings.add(openPreProceedings.get().end(date).outcome(outcome).build());
    openPreProceedings = Optional.empty();
    openPreProceedingsStart = Optional.empty();
    return this;
  }

  /**
   * A decision to issue care proceedings.
   *
   * @param date the day of the decision
   * @param forum where it was made
   * @return this scenario
   */
  public Scenario careProceedingsDecided(LocalDate date, DecisionForum forum) {
    closeCareProceedingsDraft();
    openCareProceedings = Optional.of(new CareProceedingsDraft(date, forum));
    return this;
  }

  /**
   * Care proceedings issued on the date; if no decision was stated, the decision is taken to be on
   * the same day at a Legal Planning Meeting. Open pre-proceedings end that day with outcome
   * ISSUED_PROCEEDINGS.
   *
   * @param date the day of issue
   * @return this scenario
   */
  public Scenario careProceedingsIssued(LocalDate date) {
    if (openCareProceedings.isEmpty()) {
      openCareProceedings =
          Optional.of(new CareProceedingsDraft(date, DecisionForum.LEGAL_PLANNING_MEETING));
    }
    openCareProceedings.get().issuedOn = Optional.of(date);
    if (openPreProceedings.isPresent()) {
      preProceedingsEnded(date, PreProceedingsOutcome.ISSUED_PROCEEDINGS);
    }
    return this;
  }

  /**
   * The care proceedings conclude on the date with the orders given (none: no order).
   *
   * @param date the day of the final order
   * @param orders the orders made
   * @return this scenario
   */
  public Scenario finalOrder(LocalDate date, CourtOrderType... orders) {
    checkState(openCareProceedings.isPresent(), "finalOrder(%s): no care proceedings", date);
    CareProceedingsDraft draft = openCareProceedings.get();
    draft.finalOrderOn = Optional.of(date);
    draft.finalOrderTypes.addAll(List.of(orders));
    closeCareProceedingsDraft();
    return this;
  }

  /**
   * Any care proceedings, fully stated.
   *
   * @param proceedings the proceedings
   * @return this scenario
   */
  public Scenario careProceedings(CareProceedings proceedings) {
    careProceedings.add(proceedings);
    return this;
  }

  /**
   * A flag that applies from the date.
   *
   * @param type the kind of flag
   * @param from the first day it applies
   * @return this scenario
   */
  public Scenario flag(CaseFlagType type, LocalDate from) {
    flags.add(CaseFlag.of(type, from));
    return this;
  }

  /**
   * A flag raised by a role.
   *
   * @param type the kind of flag
   * @param from the first day it applies
   * @param raisedBy the role that raised it
   * @return this scenario
   */
  public Scenario flag(CaseFlagType type, LocalDate from, Role raisedBy) {
    flags.add(CaseFlag.builder().type(type).start(from).raisedBy(raisedBy).build());
    return this;
  }

  /**
   * Any flag.
   *
   * @param flag the flag
   * @return this scenario
   */
  public Scenario flag(CaseFlag flag) {
    flags.add(flag);
    return this;
  }

  /**
   * An appearance at a panel.
   *
   * @param panel the panel id
   * @param meetingOn the day of the meeting
   * @param heading the heading
   * @return this scenario
   */
  public Scenario appearedAt(String panel, LocalDate meetingOn, String heading) {
    appearances.add(PanelAppearance.of(PanelId.of(panel), meetingOn, heading));
    return this;
  }

  /**
   * A panel decision.
   *
   * @param decision the decision
   * @return this scenario
   */
  public Scenario decision(PanelDecision decision) {
    decisions.add(decision);
    return this;
  }

  /**
   * A panel action.
   *
   * @param action the action
   * @return this scenario
   */
  public Scenario action(PanelAction action) {
    actions.add(action);
    return this;
  }

  /**
   * A document on file.
   *
   * @param type the type
   * @param date the day on file
   * @return this scenario
   */
  public Scenario document(DocumentType type, LocalDate date) {
    documents.add(DocumentOnFile.of(type, date));
    return this;
  }

  /**
   * A missing or away episode.
   *
   * @param episode the episode
   * @return this scenario
   */
  public Scenario missing(MissingEpisode episode) {
    missing.add(episode);
    return this;
  }

  /**
   * A social worker allocation.
   *
   * @param episode the allocation
   * @return this scenario
   */
  public Scenario socialWorker(SocialWorkerEpisode episode) {
    socialWorkers.add(episode);
    return this;
  }

  /**
   * The adoption milestones.
   *
   * @param milestones the milestones
   * @return this scenario
   */
  public Scenario adoption(AdoptionMilestones milestones) {
    adoption = Optional.of(milestones);
    return this;
  }

  /**
   * The previous permanence.
   *
   * @param previous the previous permanence
   * @return this scenario
   */
  public Scenario previousPermanence(PreviousPermanence previous) {
    previousPermanence = Optional.of(previous);
    return this;
  }

  // ------------------------------------------------------------------ build

  /**
   * The case file. Open episodes stay open.
   *
   * @return the case file
   * @throws IllegalArgumentException if the history breaks an invariant of {@link CaseFile}
   */
  public CaseFile build() {
    List<PeriodOfCare> allPeriods = new ArrayList<>(periodsOfCare);
    List<LegalStatusPeriod> allStatuses = new ArrayList<>(legalStatuses);
    List<Placement> allPlacements = new ArrayList<>(placements);
    careStart.ifPresent(start -> allPeriods.add(PeriodOfCare.of(start)));
    status.ifPresent(
        code -> allStatuses.add(LegalStatusPeriod.of(code, statusStart.orElseThrow())));
    placement.ifPresent(open -> allPlacements.add(open.build()));
    List<PreProceedings> allPlo = new ArrayList<>(preProceedings);
    openPreProceedings.ifPresent(open -> allPlo.add(open.build()));
    List<CareProceedings> allProceedings = new ArrayList<>(careProceedings);
    openCareProceedings.ifPresent(draft -> allProceedings.add(draft.build()));

    Child.Builder child = Child.builder();
    child
        .id(id)
        .isUasc(uasc)
        .uascCeasedOn(uascCeasedOn)
        .siblingGroup(siblingGroup)
        .hasDisability(disability);
    if (expectedDateOfBirth.isPresent()) {
      child.expectedDateOfBirth(expectedDateOfBirth.get());
    } else {
      child.dateOfBirth(dateOfBirth.orElse(DEFAULT_DATE_OF_BIRTH));
    }
    CaseFile.Builder file = CaseFile.builder();
    file.authority(authority)
        .child(child.build())
        .addAllPeriodsOfCare(allPeriods)
        .addAllLegalStatusPeriods(allStatuses)
        .addAllPlacements(allPlacements)
        .addAllReviews(reviews)
        .addAllPlans(plans)
        .addAllCourtOrders(courtOrders)
        .addAllPreProceedings(allPlo)
        .addAllCareProceedings(allProceedings)
        .addAllFlags(flags)
        .addAllPanelAppearances(appearances)
        .addAllDecisions(decisions)
        .addAllActions(actions)
        .addAllDocuments(documents)
        .addAllMissingEpisodes(missing)
        .addAllSocialWorkerEpisodes(socialWorkers)
        .adoptionMilestones(adoption)
        .previousPermanence(previousPermanence);
    return file.build();
  }

  // ------------------------------------------------------------------ internals

  private Placement.Builder newPlacement(PlacementCode code, LocalDate start) {
    Placement.Builder builder = Placement.builder();
    builder.code(code).start(start);
    return builder;
  }

  private void closeLegalStatus(LocalDate date) {
    legalStatuses.add(LegalStatusPeriod.of(status.orElseThrow(), statusStart.orElseThrow(), date));
    status = Optional.empty();
    statusStart = Optional.empty();
  }

  private void closePlacement(LocalDate date, Optional<ReasonPlaceChangeCode> reason) {
    Placement.Builder open = placement.orElseThrow();
    open.end(date);
    reason.ifPresent(open::reasonForChange);
    placements.add(open.build());
    placement = Optional.empty();
  }

  private void closeCareProceedingsDraft() {
    openCareProceedings.ifPresent(draft -> careProceedings.add(draft.build()));
    openCareProceedings = Optional.empty();
  }

  private void checkLookedAfter(String step, LocalDate date) {
    checkState(careStart.isPresent(), "%s(%s): the child is not looked after", step, date);
  }

  private void checkChronology(String step, LocalDate date) {
    lastChange.ifPresent(
        last ->
            checkState(
                !date.isBefore(last),
                "%s(%s): changes must be in date order but the previous change was on %s",
                step,
                date,
                last));
    lastChange = Optional.of(date);
  }

  private static void checkState(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(java.util.Locale.ROOT, template, args));
    }
  }

  private static final class CareProceedingsDraft {
    final LocalDate decisionOn;
    final DecisionForum forum;
    Optional<LocalDate> issuedOn = Optional.empty();
    Optional<LocalDate> finalOrderOn = Optional.empty();
    final Set<CourtOrderType> finalOrderTypes = EnumSet.noneOf(CourtOrderType.class);

    CareProceedingsDraft(LocalDate decisionOn, DecisionForum forum) {
      this.decisionOn = decisionOn;
      this.forum = forum;
    }

    CareProceedings build() {
      CareProceedings.Builder builder = CareProceedings.builder();
      builder
          .decisionToIssueOn(decisionOn)
          .decisionForum(forum)
          .issuedOn(issuedOn)
          .finalOrderOn(finalOrderOn)
          .addAllFinalOrderTypes(finalOrderTypes);
      return builder.build();
    }
  }
}
