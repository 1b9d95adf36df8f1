package io.permanence.testkit.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
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
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionStatus;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic case files for one authority on one date, from a hundred to a
 * million children and more, identical for the same seed, authority, date, panels and records.
 *
 * <p>Each child is generated from its own {@link SplittableRandom} seeded from the cohort's seed
 * and the child's index, so {@link #caseFile(int)} is random-access, {@link #list(int)} may build
 * in parallel, and child {@code n} is the same whatever the size of the cohort. No clock is read.
 *
 * <p>Proportions, roughly those of England's children in care (DfE "Children looked after in
 * England", 2024), on the cohort's date:
 *
 * <ul>
 *   <li>4% are not looked after but in pre-proceedings (PLO), a quarter of them unborn, a fifth
 *       with care proceedings decided on but not yet issued;
 *   <li>of the looked-after: full care order (C2) 58%, interim care order in proceedings (C1) 13%,
 *       section 20 (V2) 17%, placement order (E1) 6%, remanded (J1) 2%, the rest (4%) C2 placed
 *       with parents; ages 0 to 17, weighted to teenagers;
 *   <li>placements: foster care the majority (about a seventh kinship), children's homes about one
 *       in ten (more for teenagers), supported accommodation from 16, placed with parents, and
 *       placed for adoption for half of those with a placement order; a third have moved once;
 *   <li>care proceedings with issue, case management hearing and final order; PLO before half of
 *       them; looked-after reviews at about 20 working days, 3 months, then about every 6 months,
 *       one in ten late; plans after about four months; panel appearances every few months at the
 *       given panels, with decisions (most signed off within a week or two), actions (most done,
 *       the few still open mostly recent, some overdue), papers on file (care plan, genogram,
 *       review minutes, referral forms) and, if asked for, the authority's records of its panel
 *       ({@link #withPanelRecords});
 *   <li>about 35% of children belong to a sibling group of 2 to 4 who came into care together.
 * </ul>
 *
 * <p>Child ids are {@code <authority>-0000001} onwards. Instances are immutable and thread-safe.
 */
public final class SyntheticCohort {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long FAMILY_STREAM = 0x632BE59BD9B4E019L;
  private static final long RECORDS_STREAM = 0x85EBCA77C2B2AE63L;
  private static final int FAMILY_SLOTS = 4;

  private final AuthorityId authority;
  private final LocalDate asOf;
  private final long seed;
  private final ImmutableList<PanelId> panels;
  private final ImmutableList<DocumentType> recordTypes;

  private SyntheticCohort(
      AuthorityId authority,
      LocalDate asOf,
      long seed,
      ImmutableList<PanelId> panels,
      ImmutableList<DocumentType> recordTypes) {
    checkArgument(!panels.isEmpty(), "a cohort needs at least one panel for its history");
    this.authority = authority;
    this.asOf = asOf;
    this.seed = seed;
    this.panels = panels;
    this.recordTypes = recordTypes;
  }

  /**
   * A cohort of an authority on a date, with panel history at the panel {@code <authority>-panel}.
   *
   * @param authority the authority the case files belong to
   * @param asOf the date the records run up to
   * @param seed the seed: the same seed gives the same cohort
   * @return the cohort
   */
  public static SyntheticCohort of(AuthorityId authority, LocalDate asOf, long seed) {
    return new SyntheticCohort(
        authority,
        asOf,
        seed,
        ImmutableList.of(PanelId.of(authority.id() + "-panel")),
        ImmutableList.of());
  }

  /**
   * A copy whose panel history is at the given panels (for example an authority's own).
   *
   * @param panelIds the panels, at least one
   * @return the cohort
   */
  public SyntheticCohort withPanels(List<PanelId> panelIds) {
    return new SyntheticCohort(authority, asOf, seed, ImmutableList.copyOf(panelIds), recordTypes);
  }

  /**
   * A copy whose case files also hold the records an authority keeps of its panel (for example the
   * minutes, or BCP's case note of the panel's actions and its tracker updates): after each panel
   * appearance, a document of each type within three days of the meeting, then another every four
   * to five weeks while any action agreed there is open; each filed nine times in ten.
   *
   * <p>Without them, an authority whose rules look for such records finds every one missing, which
   * no panel that works would show. The rest of each case file is the same either way.
   *
   * @param types the document types, none to leave them out
   * @return the cohort
   */
  public SyntheticCohort withPanelRecords(List<DocumentType> types) {
    return new SyntheticCohort(authority, asOf, seed, panels, ImmutableList.copyOf(types));
  }

  /** The authority. */
  public AuthorityId authority() {
    return authority;
  }

  /** The date the records run up to. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The panels the history is at. */
  public ImmutableList<PanelId> panels() {
    return panels;
  }

  /** The document types recorded after panel decisions ({@link #withPanelRecords}). */
  public ImmutableList<DocumentType> panelRecords() {
    return recordTypes;
  }

  /**
   * The first {@code size} case files, in index order, generated lazily.
   *
   * @param size the number of children, zero or more
   * @return the case files
   */
  public Stream<CaseFile> stream(int size) {
    checkArgument(size >= 0, "size must be >= 0 but was %s", size);
    return IntStream.range(0, size).mapToObj(this::caseFile);
  }

  /**
   * The first {@code size} case files, in index order, built in parallel.
   *
   * @param size the number of children, zero or more
   * @return the case files
   */
  public List<CaseFile> list(int size) {
    checkArgument(size >= 0, "size must be >= 0 but was %s", size);
    return IntStream.range(0, size)
        .parallel()
        .mapToObj(this::caseFile)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The case file of the child with the given index.
   *
   * @param index from 0
   * @return the case file, the same for the same cohort and index
   */
  public CaseFile caseFile(int index) {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    return new ChildGenerator(index).build();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** What brothers and sisters share: how and when they came into care. */
  private enum Route {
    PLO_ONLY,
    SECTION_20,
    INTERIM_CARE_ORDER,
    CARE_ORDER,
    PLACED_WITH_PARENTS,
    PLACEMENT_ORDER,
    REMAND
  }

  private static Route route(SplittableRandom random) {
    double p = random.nextDouble();
    if (p < 0.04) {
      return Route.PLO_ONLY;
    }
    p = random.nextDouble();
    if (p < 0.58) {
      return Route.CARE_ORDER;
    } else if (p < 0.71) {
      return Route.INTERIM_CARE_ORDER;
    } else if (p < 0.88) {
      return Route.SECTION_20;
    } else if (p < 0.94) {
      return Route.PLACEMENT_ORDER;
    } else if (p < 0.96) {
      return Route.REMAND;
    }
    return Route.PLACED_WITH_PARENTS;
  }

  private final class ChildGenerator {
    private final SplittableRandom random;

    /** For panel records, a stream of its own: the rest of the case file is the same with them. */
    private final SplittableRandom records;

    private final ChildId id;
    private final Optional<SiblingGroupId> group;
    private final Route route;
    private final int daysInCare;
    private final CaseFile.Builder file = CaseFile.builder();
    private LocalDate born;
    private int panelRecords;

    ChildGenerator(int index) {
      this.random = new SplittableRandom(mix(seed + GOLDEN * (index + 1L)));
      this.records = new SplittableRandom(mix((seed ^ RECORDS_STREAM) + GOLDEN * (index + 1L)));
      this.id = ChildId.of(String.format(Locale.ROOT, "%s-%07d", authority.id(), index + 1));
      int block = index / FAMILY_SLOTS;
      SplittableRandom family = new SplittableRandom(mix((seed ^ FAMILY_STREAM) + GOLDEN * block));
      double size = family.nextDouble();
      int siblings = size < 0.45 ? 1 : size < 0.75 ? 2 : size < 0.9 ? 3 : 4;
      boolean inGroup = siblings > 1 && index % FAMILY_SLOTS < siblings;
      SplittableRandom story = inGroup ? family : random;
      this.group =
          inGroup
              ? Optional.of(SiblingGroupId.of(authority.id() + "-sg-" + block))
              : Optional.empty();
      this.route = route(story);
      this.daysInCare = daysInCare(story, route);
    }

    private int daysInCare(SplittableRandom story, Route route) {
      switch (route) {
        case SECTION_20:
          return story.nextInt(0, 400);
        case INTERIM_CARE_ORDER:
          return story.nextInt(0, 330);
        case REMAND:
          return story.nextInt(0, 90);
        case PLACEMENT_ORDER:
          return story.nextInt(250, 1100);
        case PLO_ONLY:
          return 0;
        default:
          return story.nextInt(250, 2200);
      }
    }

    CaseFile build() {
      file.authority(authority);
      if (route == Route.PLO_ONLY && random.nextDouble() < 0.25) {
        LocalDate expected = asOf.plusDays(random.nextInt(7, 140));
        file.child(
            Child.builder().id(id).expectedDateOfBirth(expected).siblingGroup(group).build());
        preProceedingsOnly();
        return file.build();
      }
      int age = age();
      born = asOf.minusYears(age).minusDays(random.nextInt(0, 365));
      file.child(
          Child.builder()
              .id(id)
              .dateOfBirth(born)
              .siblingGroup(group)
              .isUasc(age >= 14 && random.nextDouble() < 0.1)
              .hasDisability(random.nextDouble() < 0.08)
              .build());
      if (route == Route.PLO_ONLY) {
        preProceedingsOnly();
      } else {
        lookedAfter();
      }
      return file.build();
    }

    private int age() {
      if (route == Route.REMAND) {
        return random.nextInt(12, 18);
      }
      double p = random.nextDouble();
      if (p < 0.05) {
        return 0;
      } else if (p < 0.20) {
        return random.nextInt(1, 5);
      } else if (p < 0.38) {
        return random.nextInt(5, 10);
      } else if (p < 0.76) {
        return random.nextInt(10, 16);
      }
      return random.nextInt(16, 18);
    }

    private void preProceedingsOnly() {
      LocalDate start = asOf.minusDays(random.nextInt(0, 26 * 7));
      PreProceedings.Builder plo = PreProceedings.builder();
      plo.start(start).letterBeforeProceedingsOn(start);
      for (LocalDate meeting = start.plusWeeks(8);
          !meeting.isAfter(asOf);
          meeting = meeting.plusWeeks(8)) {
        plo.addReviewMeetings(meeting);
      }
      if (random.nextDouble() < 0.6) {
        plo.familyGroupConferenceOfferedOn(start);
      }
      file.addPreProceedings(plo.build());
      file.addFlags(CaseFlag.of(CaseFlagType.AT_RISK_OF_COMING_INTO_CARE, start));
      if (random.nextDouble() < 0.2) {
        LocalDate decided = asOf.minusDays(random.nextInt(0, 28));
        if (decided.isBefore(start)) {
          decided = start;
        }
        file.addCareProceedings(CareProceedings.of(decided, DecisionForum.LEGAL_GATEWAY_MEETING));
        file.addFlags(CaseFlag.of(CaseFlagType.CARE_PROCEEDINGS_UNDER_CONSIDERATION, decided));
      }
      panelHistory(start, Optional.empty());
    }

    private void lookedAfter() {
      LocalDate start = asOf.minusDays(daysInCare);
      if (start.isBefore(born)) {
        start = born;
      }
      file.addPeriodsOfCare(PeriodOfCare.of(start));
      LocalDate permanenceFrom = start;
      switch (route) {
        case SECTION_20:
          file.addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.V2, start));
          break;
        case REMAND:
          file.addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.J1, start));
          file.addFlags(CaseFlag.of(CaseFlagType.REMANDED_LASPO_S23, start));
          break;
        case INTERIM_CARE_ORDER:
          permanenceFrom = proceedings(start, false);
          break;
        default:
          permanenceFrom = proceedings(start, true);
          break;
      }
      placements(start, permanenceFrom);
      reviews(start);
      plan(start);
      panelHistory(start, Optional.of(start));
      if (random.nextDouble() < 0.03) {
        file.addFlags(CaseFlag.of(CaseFlagType.FLAGGED_FOR_SCRUTINY, between(start, asOf)));
      }
    }

    /**
     * Care proceedings from the start of care: issued, maybe concluded. Returns the day the final
     * order was made (or the start, if still in proceedings).
     */
    private LocalDate proceedings(LocalDate start, boolean concluded) {
      boolean s20First = random.nextDouble() < 0.35;
      LocalDate issued = s20First ? start.plusDays(random.nextInt(0, 120)) : start;
      Optional<LocalDate> finalOrder =
          concluded ? Optional.of(issued.plusDays(random.nextInt(140, 330))) : Optional.empty();
      if (issued.isAfter(asOf) || finalOrder.map(f -> f.isAfter(asOf)).orElse(false)) {
        // Too recent to have got so far: still in proceedings, issued on the start of care.
        issued = start;
        finalOrder = Optional.empty();
      }
      if (issued.isAfter(start)) {
        file.addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.V2, start, issued));
      }
      if (random.nextDouble() < 0.5) {
        LocalDate ploStart = issued.minusDays(random.nextInt(56, 140));
        file.addPreProceedings(
            PreProceedings.builder()
                .start(ploStart)
                .end(issued)
                .letterBeforeProceedingsOn(ploStart)
                .addReviewMeetings(ploStart.plusWeeks(8))
                .outcome(PreProceedingsOutcome.ISSUED_PROCEEDINGS)
                .build());
      }
      CareProceedings.Builder proceedings = CareProceedings.builder();
      proceedings
          .decisionToIssueOn(issued.minusDays(random.nextInt(0, 15)))
          .decisionForum(DecisionForum.LEGAL_GATEWAY_MEETING)
          .issuedOn(issued);
      LocalDate hearing = issued.plusDays(random.nextInt(12, 19));
      if (!hearing.isAfter(asOf) && finalOrder.map(f -> !hearing.isAfter(f)).orElse(true)) {
        proceedings.caseManagementHearingOn(hearing);
      }
      if (finalOrder.isEmpty()) {
        file.addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.C1, issued));
        file.addCareProceedings(proceedings.build());
        return start;
      }
      LocalDate order = finalOrder.get();
      boolean placementOrder = route == Route.PLACEMENT_ORDER;
      proceedings.finalOrderOn(order).addFinalOrderTypes(CourtOrderType.CARE);
      if (placementOrder) {
        proceedings.addFinalOrderTypes(CourtOrderType.PLACEMENT);
      }
      file.addCareProceedings(proceedings.build());
      file.addLegalStatusPeriods(LegalStatusPeriod.of(LegalStatusCode.C1, issued, order));
      file.addLegalStatusPeriods(
          LegalStatusPeriod.of(placementOrder ? LegalStatusCode.E1 : LegalStatusCode.C2, order));
      file.addCourtOrders(CourtOrder.of(CourtOrderType.CARE, order));
      if (placementOrder) {
        file.addCourtOrders(CourtOrder.of(CourtOrderType.PLACEMENT, order));
      }
      return order;
    }

    private void placements(LocalDate start, LocalDate permanenceFrom) {
      int age = born.until(asOf).getYears();
      PlacementCode first = placementType(age, false);
      boolean moves =
          route == Route.PLACEMENT_ORDER
              || route == Route.PLACED_WITH_PARENTS
              || random.nextDouble() < 0.33;
      LocalDate move = moves ? between(permanenceFrom, asOf) : asOf.plusDays(1);
      if (!move.isAfter(asOf) && move.isAfter(start)) {
        PlacementCode second = placementType(age, true);
        if (route == Route.PLACEMENT_ORDER && random.nextDouble() < 0.5) {
          second = random.nextBoolean() ? PlacementCode.A5 : PlacementCode.A6;
          LocalDate matched = move.minusDays(random.nextInt(7, 60));
          file.adoptionMilestones(
              AdoptionMilestones.builder()
                  .decisionToPlaceOn(permanenceFrom.minusDays(random.nextInt(30, 120)))
                  .placementOrderOn(permanenceFrom)
                  .matchedOn(matched.isBefore(permanenceFrom) ? permanenceFrom : matched)
                  .placedOn(move)
                  .build());
        }
        file.addPlacements(Placement.of(first, start, move));
        Placement.Builder current = Placement.builder();
        current.code(second).start(move);
        if (second.isFostering() && random.nextDouble() < 0.4) {
          current.longTermMatchOn(between(move, asOf));
        }
        file.addPlacements(current.build());
      } else {
        file.addPlacements(Placement.of(first, start));
      }
    }

    private PlacementCode placementType(int age, boolean later) {
      if (route == Route.PLACED_WITH_PARENTS && later) {
        return PlacementCode.P1;
      }
      if (route == Route.REMAND) {
        return random.nextDouble() < 0.5 ? PlacementCode.K2 : PlacementCode.U6;
      }
      double p = random.nextDouble();
      if (age >= 16 && p < 0.25) {
        return PlacementCode.K3;
      }
      if (age >= 12 && p < 0.35) {
        return PlacementCode.K2;
      }
      p = random.nextDouble();
      if (p < 0.45) {
        return PlacementCode.U6;
      } else if (p < 0.70) {
        return PlacementCode.U4;
      } else if (p < 0.80) {
        return PlacementCode.U3;
      } else if (p < 0.85) {
        return PlacementCode.U1;
      } else if (p < 0.92) {
        return PlacementCode.K2;
      } else if (p < 0.96) {
        return PlacementCode.R1;
      }
      return PlacementCode.P1;
    }

    private void reviews(LocalDate start) {
      LocalDate next = start.plusDays(random.nextInt(14, 32));
      int held = 0;
      while (!next.isAfter(asOf)) {
        if (random.nextDouble() < 0.1) {
          next = next.plusDays(random.nextInt(7, 40));
          if (next.isAfter(asOf)) {
            break;
          }
        }
        file.addReviews(LookedAfterReview.of(next));
        LocalDate minutes = next.plusDays(random.nextInt(5, 21));
        if (!minutes.isAfter(asOf)) {
          file.addDocuments(DocumentOnFile.of(DocumentType.REVIEW_MINUTES, minutes));
        }
        held++;
        next =
            held == 1
                ? next.plusDays(random.nextInt(75, 92))
                : next.plusDays(random.nextInt(160, 183));
      }
      if (random.nextDouble() < 0.9) {
        file.addDocuments(
            DocumentOnFile.of(DocumentType.CARE_PLAN, min(start.plusDays(random.nextInt(0, 15)))));
      }
      if (random.nextDouble() < 0.6) {
        file.addDocuments(
            DocumentOnFile.of(DocumentType.GENOGRAM, min(start.plusDays(random.nextInt(0, 60)))));
      }
    }

    private void plan(LocalDate start) {
      LocalDate recorded = start.plusDays(random.nextInt(90, 135));
      if (recorded.isAfter(asOf)) {
        return;
      }
      PermanenceOption primary = primaryOption();
      PermanencePlan.Builder plan = PermanencePlan.builder();
      plan.primary(primary).recordedOn(recorded);
      if (random.nextDouble() < 0.7) {
        PermanenceOption contingency =
            RANKED.get(random.nextInt(RANKED.size())) == primary
                ? PermanenceOption.LONG_TERM_FOSTERING
                : RANKED.get(random.nextInt(RANKED.size()));
        if (contingency != primary) {
          plan.contingency(contingency);
        }
      }
      if (route == Route.CARE_ORDER && random.nextDouble() < 0.5) {
        plan.ratifiedOn(min(recorded.plusDays(random.nextInt(0, 60))));
      }
      file.addPlans(plan.build());
    }

    private PermanenceOption primaryOption() {
      double p = random.nextDouble();
      switch (route) {
        case PLACEMENT_ORDER:
          return PermanenceOption.ADOPTION;
        case PLACED_WITH_PARENTS:
          return PermanenceOption.REUNIFICATION;
        case SECTION_20:
          return p < 0.6 ? PermanenceOption.REUNIFICATION : PermanenceOption.LONG_TERM_FOSTERING;
        case REMAND:
          return PermanenceOption.OTHER;
        case INTERIM_CARE_ORDER:
          return p < 0.4
              ? PermanenceOption.REUNIFICATION
              : p < 0.7
                  ? PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP
                  : p < 0.85 ? PermanenceOption.ADOPTION : PermanenceOption.LONG_TERM_FOSTERING;
        default:
          return p < 0.55
              ? PermanenceOption.LONG_TERM_FOSTERING
              : p < 0.75
                  ? PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP
                  : p < 0.85
                      ? PermanenceOption.REUNIFICATION
                      : PermanenceOption.LONG_TERM_RESIDENTIAL;
      }
    }

    /** Appearances every few months from the start, with decisions, actions and papers. */
    private void panelHistory(LocalDate start, Optional<LocalDate> lookedAfterFrom) {
      if (random.nextDouble() > 0.6) {
        return;
      }
      LocalDate meeting = start.plusDays(random.nextInt(14, 60));
      while (!meeting.isAfter(asOf)) {
        PanelId panel = panels.get(random.nextInt(panels.size()));
        file.addPanelAppearances(PanelAppearance.of(panel, meeting, "Permanence review"));
        LocalDate form = meeting.minusDays(random.nextInt(3, 10));
        file.addDocuments(DocumentOnFile.of(DocumentType.REFERRAL_FORM, form));
        LocalDate lastOpen = meeting;
        if (random.nextDouble() < 0.7) {
          lastOpen = decision(panel, meeting);
        }
        for (DocumentType type : recordTypes) {
          records(type, meeting, lastOpen);
        }
        meeting = meeting.plusDays(random.nextInt(60, 180));
      }
    }

    /** A decision with its actions; the day the last of them closed, or the date if one is open. */
    private LocalDate decision(PanelId panel, LocalDate meeting) {
      int n = ++panelRecords;
      DecisionId decisionId = DecisionId.of(id.id() + "-d" + n);
      PanelDecision.Builder decision = PanelDecision.builder();
      decision
          .id(decisionId)
          .panel(panel)
          .madeOn(meeting)
          .signOffBy(Role.OPERATIONAL_DIRECTOR)
          .text("Decision recorded at panel");
      LocalDate signed = meeting.plusDays(random.nextInt(0, 15));
      if (!signed.isAfter(asOf) && random.nextDouble() < 0.85) {
        decision.signedOffOn(signed);
      }
      file.addDecisions(decision.build());
      int actions = random.nextInt(1, 3);
      LocalDate lastOpen = meeting;
      for (int a = 1; a <= actions; a++) {
        LocalDate due = meeting.plusDays(random.nextInt(14, 57));
        PanelAction.Builder action = PanelAction.builder();
        action
            .id(ActionId.of(id.id() + "-a" + n + "-" + a))
            .decision(decisionId)
            .type(ACTION_TYPES.get(random.nextInt(ACTION_TYPES.size())))
            .description("Action agreed at panel")
            .owner(random.nextBoolean() ? Role.SOCIAL_WORKER : Role.TEAM_MANAGER)
            .dueOn(due);
        LocalDate done = due.plusDays(random.nextInt(-10, 15));
        // Most actions are done; the few still open are mostly recent.
        double doneShare = done.isBefore(asOf.minusMonths(3)) ? 0.97 : 0.8;
        if (!done.isAfter(asOf) && random.nextDouble() < doneShare) {
          action.status(ActionStatus.DONE).completedOn(done);
          lastOpen = done.isAfter(lastOpen) ? done : lastOpen;
        } else {
          lastOpen = asOf;
        }
        file.addActions(action.build());
      }
      return lastOpen;
    }

    /** A record after the meeting, then every four to five weeks until its actions are closed. */
    private void records(DocumentType type, LocalDate meeting, LocalDate lastOpen) {
      LocalDate day = meeting.plusDays(records.nextInt(0, 4));
      LocalDate until = lastOpen.isAfter(asOf) ? asOf : lastOpen;
      boolean first = true;
      while (!day.isAfter(until) || (first && !day.isAfter(asOf))) {
        if (records.nextDouble() < 0.9) {
          file.addDocuments(DocumentOnFile.of(type, day));
        }
        first = false;
        day = day.plusDays(records.nextInt(28, 36));
      }
    }

    private LocalDate between(LocalDate startInclusive, LocalDate endInclusive) {
      long days = endInclusive.toEpochDay() - startInclusive.toEpochDay();
      return days <= 0 ? startInclusive : startInclusive.plusDays(random.nextLong(days + 1));
    }

    private LocalDate min(LocalDate date) {
      return date.isAfter(asOf) ? asOf : date;
    }
  }

  private static final List<PermanenceOption> RANKED =
      List.of(
          PermanenceOption.REUNIFICATION,
          PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP,
          PermanenceOption.ADOPTION,
          PermanenceOption.LONG_TERM_FOSTERING);

  private static final List<ActionType> ACTION_TYPES =
      List.of(
          ActionType.PERMANENCE_PLANNING_MEETING,
          ActionType.LEGAL_REFERRAL,
          ActionType.CONVENE_REVIEW,
          ActionType.ASSESSMENT,
          ActionType.SUPPORT,
          ActionType.UPDATE_RECORD);

  /** {@code SyntheticCohort{bcp on 2026-04-01, seed 42, panels [bcp-panel]}}. */
  @Override
  public String toString() {
    return "SyntheticCohort{"
        + authority
        + " on "
        + asOf
        + ", seed "
        + seed
        + ", panels "
        + panels
        + (recordTypes.isEmpty() ? "" : ", records " + recordTypes)
        + "}";
  }
}
