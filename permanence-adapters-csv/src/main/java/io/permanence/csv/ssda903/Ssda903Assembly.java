package io.permanence.csv.ssda903;

import static io.permanence.csv.ssda903.RecordStore.NONE;
import static io.permanence.csv.ssda903.Ssda903Reading.*;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.CareLeaverOutcome;
import io.permanence.core.care.HealthIndicator;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.care.SocialWorkerEpisode;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.reference.AdoptionReversalReasonCode;
import io.permanence.core.reference.CategoryOfNeedCode;
import io.permanence.core.reference.Code;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.MissingCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.PreviousPermanenceCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonNewEpisodeCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import io.permanence.core.reference.ReviewParticipationCode;
import io.permanence.csv.read.ImportFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The second phase of an SSDA903 import: turns each child's accepted rows into one {@link CaseFile}
 * (see {@link Ssda903Import} for the rules), or rejects the child as a whole with findings that
 * point at the offending rows. Children are handled one at a time, so only one child's objects
 * exist at once.
 */
final class Ssda903Assembly {

  private static final ReasonNewEpisodeCode[] RNE = ReasonNewEpisodeCode.values();
  private static final LegalStatusCode[] LS = LegalStatusCode.values();
  private static final CategoryOfNeedCode[] CIN = CategoryOfNeedCode.values();
  private static final PlacementCode[] PLACE = PlacementCode.values();
  private static final PlacementProviderCode[] PROVIDER = PlacementProviderCode.values();
  private static final ReasonEpisodeCeasedCode[] REC = ReasonEpisodeCeasedCode.values();
  private static final ReasonPlaceChangeCode[] RPC = ReasonPlaceChangeCode.values();
  private static final ReviewParticipationCode[] REVIEW_CODE = ReviewParticipationCode.values();
  private static final AdoptionReversalReasonCode[] REVERSAL = AdoptionReversalReasonCode.values();
  private static final PreviousPermanenceCode[] PREV = PreviousPermanenceCode.values();
  private static final MissingCode[] MISSING_TYPE = MissingCode.values();
  private static final HealthIndicator[] INDICATORS = HealthIndicator.values();

  private static final Ssda903Table[] ONE_PER_CHILD = {
    Ssda903Table.UASC,
    Ssda903Table.OC2,
    Ssda903Table.OC3,
    Ssda903Table.AD1,
    Ssda903Table.PLACED_ADOPTION,
    Ssda903Table.PREV_PERM
  };

  private final Ssda903Reading data;
  private final AuthorityId authority;
  private final Optional<CollectionYear> year;
  private final Map<Ssda903Table, BitSet> rejectedLines = new EnumMap<>(Ssda903Table.class);
  private final List<ImportFinding> findings = new ArrayList<>();
  private boolean recordFindings = true;

  // The child being assembled.
  private int child;
  private String childId;
  private int childErrors;
  private String firstProblem;
  private final Set<Long> offending = new HashSet<>();
  private final Map<Object, boolean[]> validInYear = new java.util.IdentityHashMap<>();

  Ssda903Assembly(Ssda903Reading data, AuthorityId authority, Optional<CollectionYear> year) {
    this.data = data;
    this.authority = authority;
    this.year = year;
    for (Ssda903Table table : Ssda903Table.values()) {
      rejectedLines.put(table, new BitSet());
      data.stores.get(table).indexByChild(data.children.size());
    }
  }

  /** The findings of the assembly (of the first pass only). */
  List<ImportFinding> findings() {
    return findings;
  }

  /** The lines of a table rejected by the assembly (rows of rejected children, orphans). */
  BitSet rejectedLines(Ssda903Table table) {
    return rejectedLines.get(table);
  }

  /** Whether the assembly found an error. */
  boolean hasErrors() {
    return findings.stream().anyMatch(ImportFinding::isError);
  }

  /**
   * Assembles every child in order, handing each complete case file to the sink. Findings and
   * rejected lines are recorded on the first run only, so a second run (to emit after a strict
   * check) adds nothing.
   */
  void run(Consumer<CaseFile> sink) {
    for (int c = 0; c < data.children.size(); c++) {
      assemble(c).ifPresent(sink);
    }
    recordFindings = false;
  }

  private RecordStore store(Ssda903Table table) {
    return data.stores.get(table);
  }

  private int field(Ssda903Table table, int record, int field) {
    return store(table).field(record, field);
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  private String fileName(Ssda903Table table) {
    return data.fileNames.get(table);
  }

  // ---------------------------------------------------------------- findings

  private void error(Ssda903Table table, int record, String column, String value, String reason) {
    int line = store(table).line(record);
    offending.add(key(table, record));
    childErrors++;
    if (firstProblem == null) {
      firstProblem = fileName(table) + ":" + line;
    }
    if (recordFindings) {
      findings.add(
          ImportFinding.builder()
              .fileName(fileName(table))
              .lineNumber(line)
              .column(column)
              .value(ImportFinding.displayValue(value))
              .reason(reason)
              .severity(ImportFinding.Severity.ERROR)
              .build());
    }
  }

  private void warning(Ssda903Table table, int record, String column, String value, String reason) {
    if (recordFindings) {
      findings.add(
          ImportFinding.builder()
              .fileName(fileName(table))
              .lineNumber(store(table).line(record))
              .column(column)
              .value(ImportFinding.displayValue(value))
              .reason(reason)
              .severity(ImportFinding.Severity.WARNING)
              .build());
    }
  }

  private static long key(Ssda903Table table, int record) {
    return ((long) table.ordinal() << 40) | record;
  }

  private int line(Ssda903Table table, int record) {
    return store(table).line(record);
  }

  // ---------------------------------------------------------------- one child

  private Optional<CaseFile> assemble(int c) {
    child = c;
    childId = data.children.id(c);
    childErrors = 0;
    firstProblem = null;
    offending.clear();
    RecordStore header = store(Ssda903Table.HEADER);
    if (header.count(c) == 0) {
      rejectOrphanRows();
      return Optional.empty();
    }
    if (data.children.hasRejectedRow(c)) {
      childErrors++;
      firstProblem =
          data.fileNames.get(data.children.rejectedRowTable(c))
              + ":"
              + data.children.rejectedRowLine(c);
    }
    int h = header.recordOf(c, 0);
    if (year.isEmpty()) {
      for (Ssda903Table outcomes : new Ssda903Table[] {Ssda903Table.OC2, Ssda903Table.OC3}) {
        forEach(
            outcomes,
            o ->
                error(
                    outcomes,
                    o,
                    "CHILD",
                    childId,
                    "cannot be imported: outcomes are kept by collection year, which was not given"
                        + " and cannot be inferred (no episode or review)"));
      }
    }
    checkOnePerChild(Ssda903Table.HEADER);
    for (Ssda903Table table : ONE_PER_CHILD) {
      checkOnePerChild(table);
    }
    year.ifPresent(this::checkCodesValidIn);
    LocalDate born = LocalDate.ofEpochDay(header.field(h, HD_DOB));
    checkBirth(born, h);

    Child.Builder childBuilder = Child.builder();
    childBuilder.id(ChildId.of(childId)).dateOfBirth(born);
    first(Ssda903Table.UASC)
        .ifPresent(
            u -> {
              childBuilder.isUasc(true);
              date(field(Ssda903Table.UASC, u, UA_DUC)).ifPresent(childBuilder::uascCeasedOn);
            });

    CaseFile.Builder caseFile = CaseFile.builder();
    caseFile.authority(authority);
    Episodes episodes = buildEpisodes();
    caseFile.addAllPeriodsOfCare(episodes.periods);
    caseFile.addAllLegalStatusPeriods(episodes.legalStatuses);
    caseFile.addAllPlacements(episodes.placements);
    addReviews(caseFile);
    buildAdoption(episodes).ifPresent(caseFile::adoptionMilestones);
    first(Ssda903Table.PREV_PERM).ifPresent(p -> caseFile.previousPermanence(previous(p)));
    addOthers(caseFile);

    if (childErrors > 0) {
      rejectChild();
      return Optional.empty();
    }
    try {
      caseFile.child(childBuilder.build());
      return Optional.of(caseFile.build());
    } catch (IllegalArgumentException e) {
      error(
          Ssda903Table.HEADER,
          h,
          "CHILD",
          childId,
          "the child's record breaks a rule of the case file: " + e.getMessage());
      rejectChild();
      return Optional.empty();
    }
  }

  private Optional<Integer> first(Ssda903Table table) {
    return store(table).count(child) == 0
        ? Optional.empty()
        : Optional.of(store(table).recordOf(child, 0));
  }

  private void checkOnePerChild(Ssda903Table table) {
    RecordStore store = store(table);
    for (int k = 1; k < store.count(child); k++) {
      error(
          table,
          store.recordOf(child, k),
          "CHILD",
          childId,
          "has a second "
              + table.validatorName()
              + " row (the first is on line "
              + line(table, store.recordOf(child, 0))
              + "); one is allowed per child");
    }
  }

  private void rejectOrphanRows() {
    String reason =
        data.children.hasRejectedRow(child)
                && data.children.rejectedRowTable(child) == Ssda903Table.HEADER
            ? "has no valid row in "
                + fileName(Ssda903Table.HEADER)
                + " (its row on line "
                + data.children.rejectedRowLine(child)
                + " was rejected), so the child cannot be imported"
            : "has no row in "
                + data.fileNames.getOrDefault(Ssda903Table.HEADER, "the Header table")
                + " (which gives the date of birth), so the row cannot be imported";
    for (Ssda903Table table : Ssda903Table.values()) {
      RecordStore store = store(table);
      for (int k = 0; k < store.count(child); k++) {
        int record = store.recordOf(child, k);
        rejectedLines.get(table).set(store.line(record));
        if (recordFindings) {
          findings.add(
              ImportFinding.builder()
                  .fileName(fileName(table))
                  .lineNumber(store.line(record))
                  .column("CHILD")
                  .value(ImportFinding.displayValue(childId))
                  .reason(reason)
                  .severity(ImportFinding.Severity.ERROR)
                  .build());
        }
      }
    }
  }

  private void rejectChild() {
    for (Ssda903Table table : Ssda903Table.values()) {
      RecordStore store = store(table);
      for (int k = 0; k < store.count(child); k++) {
        int record = store.recordOf(child, k);
        rejectedLines.get(table).set(store.line(record));
        if (recordFindings && !offending.contains(key(table, record))) {
          findings.add(
              ImportFinding.error(
                  fileName(table),
                  store.line(record),
                  "rejected with child "
                      + childId
                      + ", whose record has an error at "
                      + firstProblem));
        }
      }
    }
  }

  // ---------------------------------------------------------------- checks

  private void checkCodesValidIn(CollectionYear year) {
    forEach(
        Ssda903Table.EPISODES,
        e -> {
          valid(Ssda903Table.EPISODES, e, EP_RNE, "RNE", RNE, year);
          valid(Ssda903Table.EPISODES, e, EP_LS, "LS", LS, year);
          valid(Ssda903Table.EPISODES, e, EP_CIN, "CIN", CIN, year);
          valid(Ssda903Table.EPISODES, e, EP_PLACE, "PLACE", PLACE, year);
          valid(Ssda903Table.EPISODES, e, EP_PROVIDER, "PLACE_PROVIDER", PROVIDER, year);
          valid(Ssda903Table.EPISODES, e, EP_REC, "REC", REC, year);
          valid(Ssda903Table.EPISODES, e, EP_RPC, "REASON_PLACE_CHANGE", RPC, year);
        });
    forEach(
        Ssda903Table.REVIEWS,
        r -> valid(Ssda903Table.REVIEWS, r, RV_CODE, "REVIEW_CODE", REVIEW_CODE, year));
    forEach(
        Ssda903Table.PLACED_ADOPTION,
        p ->
            valid(
                Ssda903Table.PLACED_ADOPTION,
                p,
                PA_REASON,
                "REASON_PLACED_CEASED",
                REVERSAL,
                year));
    forEach(
        Ssda903Table.PREV_PERM,
        p -> valid(Ssda903Table.PREV_PERM, p, PP_CODE, "PREV_PERM", PREV, year));
    forEach(
        Ssda903Table.MISSING,
        m -> valid(Ssda903Table.MISSING, m, MI_TYPE, "MISSING", MISSING_TYPE, year));
    if (year.isBefore(Ssda903Codes.SW_REASON_FROM)) {
      forEach(
          Ssda903Table.SW_EPISODES,
          s -> {
            int reason = field(Ssda903Table.SW_EPISODES, s, SW_REASON);
            if (reason != NONE) {
              error(
                  Ssda903Table.SW_EPISODES,
                  s,
                  "SW_REASON",
                  data.string(reason),
                  "is not valid in collection year "
                      + year
                      + " (SW_REASON codes are returned from "
                      + Ssda903Codes.SW_REASON_FROM
                      + ")");
            }
          });
    }
  }

  private <E extends Code> void valid(
      Ssda903Table table, int record, int field, String column, E[] codes, CollectionYear year) {
    int ordinal = field(table, record, field);
    boolean[] valid =
        validInYear.computeIfAbsent(
            codes,
            list -> {
              boolean[] flags = new boolean[codes.length];
              for (int i = 0; i < codes.length; i++) {
                flags[i] = codes[i].isValidIn(year);
              }
              return flags;
            });
    if (ordinal != NONE && !valid[ordinal]) {
      error(
          table,
          record,
          column,
          codes[ordinal].code(),
          "is not valid in collection year "
              + year
              + " (the code is valid "
              + codes[ordinal].validity()
              + ")");
    }
  }

  private void forEach(Ssda903Table table, java.util.function.IntConsumer action) {
    RecordStore store = store(table);
    for (int k = 0; k < store.count(child); k++) {
      action.accept(store.recordOf(child, k));
    }
  }

  /** Records that need a born child must not be dated before the birth (CaseFile invariant). */
  private void checkBirth(LocalDate born, int headerRecord) {
    int dob = (int) born.toEpochDay();
    checkAfterBirth(Ssda903Table.EPISODES, EP_DECOM, "DECOM", dob, headerRecord);
    checkAfterBirth(Ssda903Table.REVIEWS, RV_DATE, "REVIEW", dob, headerRecord);
    checkAfterBirth(Ssda903Table.MISSING, MI_START, "MIS_START", dob, headerRecord);
    checkAfterBirth(Ssda903Table.DOLO, DL_START, "DOLO_START", dob, headerRecord);
    checkAfterBirth(Ssda903Table.UASC, UA_DUC, "DUC", dob, headerRecord);
  }

  private void checkAfterBirth(
      Ssda903Table table, int field, String column, int dob, int headerRecord) {
    forEach(
        table,
        r -> {
          int day = field(table, r, field);
          if (day != NONE && day < dob) {
            error(
                table,
                r,
                column,
                LocalDate.ofEpochDay(day).toString(),
                "is before the child's date of birth ("
                    + fileName(Ssda903Table.HEADER)
                    + " line "
                    + line(Ssda903Table.HEADER, headerRecord)
                    + ")");
          }
        });
  }

  // ---------------------------------------------------------------- episodes

  /** The periods of care, legal statuses and placements built from a child's episodes. */
  private static final class Episodes {
    final List<PeriodOfCare> periods = new ArrayList<>();
    final List<LegalStatusPeriod> legalStatuses = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
  }

  private int ep(int record, int field) {
    return field(Ssda903Table.EPISODES, record, field);
  }

  private Episodes buildEpisodes() {
    Episodes result = new Episodes();
    RecordStore store = store(Ssda903Table.EPISODES);
    int n = store.count(child);
    if (n == 0) {
      return result;
    }
    int[] eps = new int[n];
    for (int k = 0; k < n; k++) {
      eps[k] = store.recordOf(child, k);
    }
    // Insertion sort by DECOM: stable, and a child has a handful of episodes.
    for (int i = 1; i < n; i++) {
      int e = eps[i];
      int j = i - 1;
      while (j >= 0 && ep(eps[j], EP_DECOM) > ep(e, EP_DECOM)) {
        eps[j + 1] = eps[j];
        j--;
      }
      eps[j + 1] = e;
    }
    boolean overlaps = false;
    for (int i = 1; i < n; i++) {
      int previous = eps[i - 1];
      int e = eps[i];
      int dec = ep(previous, EP_DEC);
      if (dec == NONE) {
        overlaps = true;
        error(
            Ssda903Table.EPISODES,
            previous,
            "DEC",
            "",
            "is blank (the episode has not ceased) but a later episode begins on line "
                + line(Ssda903Table.EPISODES, e)
                + ": episodes must not overlap");
        error(
            Ssda903Table.EPISODES,
            e,
            "DECOM",
            LocalDate.ofEpochDay(ep(e, EP_DECOM)).toString(),
            "is while the episode on line "
                + line(Ssda903Table.EPISODES, previous)
                + " has not ceased: episodes must not overlap");
      } else if (dec > ep(e, EP_DECOM)) {
        overlaps = true;
        error(
            Ssda903Table.EPISODES,
            previous,
            "DEC",
            LocalDate.ofEpochDay(dec).toString(),
            "is after the next episode begins (line "
                + line(Ssda903Table.EPISODES, e)
                + "): episodes must not overlap");
        error(
            Ssda903Table.EPISODES,
            e,
            "DECOM",
            LocalDate.ofEpochDay(ep(e, EP_DECOM)).toString(),
            "is before the episode on line "
                + line(Ssda903Table.EPISODES, previous)
                + " ceased: episodes must not overlap");
      }
    }
    if (overlaps) {
      return result;
    }
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || startsPeriod(eps[i - 1], eps[i])) {
        buildPeriod(eps, start, i, i < n ? eps[i] : -1, result);
        start = i;
      }
    }
    return result;
  }

  private boolean startsPeriod(int previous, int e) {
    int rec = ep(previous, EP_REC);
    return ep(e, EP_RNE) == ReasonNewEpisodeCode.S.ordinal()
        || (rec != NONE && rec != ReasonEpisodeCeasedCode.X1.ordinal())
        || ep(previous, EP_DEC) != ep(e, EP_DECOM);
  }

  /** Builds the period of care of {@code eps[from, to)}; {@code next} is the next episode or -1. */
  private void buildPeriod(int[] eps, int from, int to, int next, Episodes result) {
    int first = eps[from];
    int last = eps[to - 1];
    if (ep(first, EP_RNE) != ReasonNewEpisodeCode.S.ordinal()) {
      warning(
          Ssda903Table.EPISODES,
          first,
          "RNE",
          RNE[ep(first, EP_RNE)].code(),
          "begins a period of care (the child's first episode, or one after a gap or an ended"
              + " period) but is not S");
    }
    int rec = ep(last, EP_REC);
    Optional<ReasonEpisodeCeasedCode> reason = Optional.empty();
    if (rec == ReasonEpisodeCeasedCode.X1.ordinal()) {
      warning(
          Ssda903Table.EPISODES,
          last,
          "REC",
          "X1",
          next >= 0 && ep(next, EP_DECOM) == ep(last, EP_DEC)
              ? "says a new episode begins on DEC, but the episode on line "
                  + line(Ssda903Table.EPISODES, next)
                  + " begins a new period of care (RNE S): the period of care ends with no reason"
              : "says a new episode begins on DEC, but none does: the period of care ends with no"
                  + " reason");
    } else if (rec != NONE) {
      reason = Optional.of(REC[rec]);
    }
    PeriodOfCare.Builder period = PeriodOfCare.builder();
    period
        .start(LocalDate.ofEpochDay(ep(first, EP_DECOM)))
        .end(date(ep(last, EP_DEC)))
        .reasonCeased(reason)
        .categoryOfNeed(CIN[ep(first, EP_CIN)]);
    result.periods.add(period.build());

    // Legal statuses: consecutive episodes with the same LS are one period.
    int runStart = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || ep(eps[i], EP_LS) != ep(eps[runStart], EP_LS)) {
        result.legalStatuses.add(
            LegalStatusPeriod.builder()
                .code(LS[ep(eps[runStart], EP_LS)])
                .start(LocalDate.ofEpochDay(ep(eps[runStart], EP_DECOM)))
                .end(date(ep(eps[i - 1], EP_DEC)))
                .build());
        runStart = i;
      }
    }

    // Placements: a new one when RNE says the placement changed, or the type or provider differs.
    runStart = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || startsPlacement(eps[i - 1], eps[i])) {
        result.placements.add(placement(eps, runStart, i));
        runStart = i;
      }
    }
  }

  private boolean startsPlacement(int previous, int e) {
    boolean recordedChange = RNE[ep(e, EP_RNE)].isPlacementChange();
    boolean differs =
        ep(previous, EP_PLACE) != ep(e, EP_PLACE)
            || ep(previous, EP_PROVIDER) != ep(e, EP_PROVIDER);
    if (differs && !recordedChange) {
      warning(
          Ssda903Table.EPISODES,
          e,
          "RNE",
          RNE[ep(e, EP_RNE)].code(),
          "says the placement did not change, but PLACE or PLACE_PROVIDER differs from the"
              + " episode on line "
              + line(Ssda903Table.EPISODES, previous)
              + ": a new placement is started");
    }
    return recordedChange || differs;
  }

  private Placement placement(int[] eps, int from, int to) {
    int first = eps[from];
    int last = eps[to - 1];
    for (int i = from; i < to - 1; i++) {
      if (ep(eps[i], EP_RPC) != NONE) {
        warning(
            Ssda903Table.EPISODES,
            eps[i],
            "REASON_PLACE_CHANGE",
            RPC[ep(eps[i], EP_RPC)].code(),
            "is ignored: the placement continues in the next episode (line "
                + line(Ssda903Table.EPISODES, eps[i + 1])
                + ")");
      }
    }
    Placement.Builder placement = Placement.builder();
    placement
        .code(PLACE[ep(first, EP_PLACE)])
        .start(LocalDate.ofEpochDay(ep(first, EP_DECOM)))
        .end(date(ep(last, EP_DEC)));
    if (ep(first, EP_PROVIDER) != NONE) {
      placement.provider(PROVIDER[ep(first, EP_PROVIDER)]);
    }
    if (ep(last, EP_RPC) != NONE) {
      placement.reasonForChange(RPC[ep(last, EP_RPC)]);
    }
    return placement.build();
  }

  // ---------------------------------------------------------------- the other tables

  private void addReviews(CaseFile.Builder caseFile) {
    forEach(
        Ssda903Table.REVIEWS,
        r -> {
          LocalDate day = LocalDate.ofEpochDay(field(Ssda903Table.REVIEWS, r, RV_DATE));
          int code = field(Ssda903Table.REVIEWS, r, RV_CODE);
          caseFile.addReviews(
              code == NONE
                  ? LookedAfterReview.of(day)
                  : LookedAfterReview.of(day, REVIEW_CODE[code]));
        });
  }

  /**
   * The adoption milestones: the decision and its reversal from PlacedAdoption (else the decision
   * from AD1), the match from AD1, and from the episodes the start of the latest E1 legal status
   * (placement order), the start of the latest A3 to A6 placement (placed) and the end of the
   * latest period ended by E11 or E12 (adoption order).
   */
  private Optional<AdoptionMilestones> buildAdoption(Episodes episodes) {
    Optional<Integer> ad1 = first(Ssda903Table.AD1);
    Optional<Integer> placed = first(Ssda903Table.PLACED_ADOPTION);
    Optional<LocalDate> placementOrder = Optional.empty();
    for (LegalStatusPeriod status : episodes.legalStatuses) {
      if (status.code().isPlacementOrder()) {
        placementOrder = Optional.of(status.start());
      }
    }
    Optional<LocalDate> placedOn = Optional.empty();
    for (Placement placement : episodes.placements) {
      if (placement.code().isAdoptive()) {
        placedOn = Optional.of(placement.start());
      }
    }
    Optional<LocalDate> adopted = Optional.empty();
    for (PeriodOfCare period : episodes.periods) {
      if (period.reasonCeased().map(ReasonEpisodeCeasedCode::isAdoption).orElse(false)) {
        adopted = period.end();
      }
    }
    if (ad1.isEmpty()
        && placed.isEmpty()
        && placementOrder.isEmpty()
        && placedOn.isEmpty()
        && adopted.isEmpty()) {
      return Optional.empty();
    }
    AdoptionMilestones.Builder milestones = AdoptionMilestones.builder();
    Optional<LocalDate> decision =
        placed.flatMap(p -> date(field(Ssda903Table.PLACED_ADOPTION, p, PA_PLACED)));
    Optional<LocalDate> dateInt = ad1.flatMap(a -> date(field(Ssda903Table.AD1, a, AD_DATE_INT)));
    if (decision.isPresent() && dateInt.isPresent() && !decision.equals(dateInt)) {
      warning(
          Ssda903Table.AD1,
          ad1.get(),
          "DATE_INT",
          dateInt.get().toString(),
          "differs from DATE_PLACED ("
              + decision.get()
              + ") in "
              + fileName(Ssda903Table.PLACED_ADOPTION)
              + " line "
              + line(Ssda903Table.PLACED_ADOPTION, placed.get())
              + ", which is used");
    }
    milestones.decisionToPlaceOn(decision.isPresent() ? decision : dateInt);
    ad1.flatMap(a -> date(field(Ssda903Table.AD1, a, AD_DATE_MATCH)))
        .ifPresent(milestones::matchedOn);
    placed.ifPresent(
        p -> {
          date(field(Ssda903Table.PLACED_ADOPTION, p, PA_CEASED)).ifPresent(milestones::reversedOn);
          int reason = field(Ssda903Table.PLACED_ADOPTION, p, PA_REASON);
          if (reason != NONE) {
            milestones.reversalReason(REVERSAL[reason]);
          }
        });
    milestones.placementOrderOn(placementOrder).placedOn(placedOn).adoptionOrderOn(adopted);
    return Optional.of(milestones.build());
  }

  private PreviousPermanence previous(int record) {
    PreviousPermanence.Builder previous = PreviousPermanence.builder();
    previous.code(PREV[field(Ssda903Table.PREV_PERM, record, PP_CODE)]);
    int la = field(Ssda903Table.PREV_PERM, record, PP_LA);
    if (la != NONE) {
      previous.localAuthority(data.string(la));
    }
    date(field(Ssda903Table.PREV_PERM, record, PP_DATE)).ifPresent(previous::date);
    return previous.build();
  }

  private void addOthers(CaseFile.Builder caseFile) {
    forEach(
        Ssda903Table.MISSING,
        m -> {
          MissingCode type = MISSING_TYPE[field(Ssda903Table.MISSING, m, MI_TYPE)];
          LocalDate start = LocalDate.ofEpochDay(field(Ssda903Table.MISSING, m, MI_START));
          Optional<LocalDate> end = date(field(Ssda903Table.MISSING, m, MI_END));
          caseFile.addMissingEpisodes(
              end.isPresent()
                  ? MissingEpisode.of(type, start, end.get())
                  : MissingEpisode.of(type, start));
        });
    forEach(
        Ssda903Table.SW_EPISODES,
        s -> {
          SocialWorkerEpisode.Builder episode = SocialWorkerEpisode.builder();
          episode
              .workerId(data.string(field(Ssda903Table.SW_EPISODES, s, SW_ID)))
              .start(LocalDate.ofEpochDay(field(Ssda903Table.SW_EPISODES, s, SW_START)))
              .end(date(field(Ssda903Table.SW_EPISODES, s, SW_END)));
          int reason = field(Ssda903Table.SW_EPISODES, s, SW_REASON);
          if (reason != NONE) {
            episode.reasonCode(data.string(reason));
          }
          caseFile.addSocialWorkerEpisodes(episode.build());
        });
    forEach(
        Ssda903Table.DOLO,
        d ->
            caseFile.addCourtOrders(
                CourtOrder.builder()
                    .type(CourtOrderType.DEPRIVATION_OF_LIBERTY)
                    .madeOn(LocalDate.ofEpochDay(field(Ssda903Table.DOLO, d, DL_START)))
                    .originalEnd(date(field(Ssda903Table.DOLO, d, DL_END)))
                    .build()));
    year.ifPresent(
        collectionYear -> {
          first(Ssda903Table.OC2)
              .ifPresent(o -> caseFile.addHealthOutcomes(health(o, collectionYear)));
          first(Ssda903Table.OC3)
              .ifPresent(o -> caseFile.addCareLeaverOutcomes(leaver(o, collectionYear)));
        });
  }

  private HealthOutcomes health(int record, CollectionYear collectionYear) {
    HealthOutcomes.Builder outcomes = HealthOutcomes.builder();
    outcomes.year(collectionYear);
    int score = field(Ssda903Table.OC2, record, O2_SCORE);
    if (score != NONE) {
      outcomes.sdqScore(score);
    }
    int reason = field(Ssda903Table.OC2, record, O2_REASON);
    if (reason != NONE) {
      outcomes.sdqReason(data.string(reason));
    }
    for (int i = 0; i < INDICATORS.length; i++) {
      int flag = field(Ssda903Table.OC2, record, O2_INDICATORS + i);
      if (flag != NONE) {
        outcomes.putIndicator(INDICATORS[i], flag == 1);
      }
    }
    return outcomes.build();
  }

  private CareLeaverOutcome leaver(int record, CollectionYear collectionYear) {
    CareLeaverOutcome.Builder outcome = CareLeaverOutcome.builder();
    outcome.year(collectionYear);
    int inTouch = field(Ssda903Table.OC3, record, O3_IN_TOUCH);
    int activity = field(Ssda903Table.OC3, record, O3_ACTIV);
    int accommodation = field(Ssda903Table.OC3, record, O3_ACCOM);
    if (inTouch != NONE) {
      outcome.inTouch(data.string(inTouch));
    }
    if (activity != NONE) {
      outcome.activity(data.string(activity));
    }
    if (accommodation != NONE) {
      outcome.accommodation(data.string(accommodation));
    }
    return outcome.build();
  }
}
