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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The second phase of an SSDA903 import: turns each child's accepted rows into one {@link CaseFile}
 * (see {@link Ssda903Import} for the rules), or rejects the child as a whole with findings that
 * point at the offending rows.
 *
 * <p>Children are independent, so they are assembled in batches of {@value #BATCH} on a few threads
 * (one per processor, at most {@value #MAX_THREADS}); the batches are handed on in the order of the
 * children, so the case files, findings and rejected lines come out exactly as one thread would
 * produce them. At most two batches per thread are in flight, so only a few thousand children's
 * objects exist at once.
 */
final class Ssda903Assembly {

  /** Children per batch. */
  static final int BATCH = 256;

  /** The most threads an assembly uses. */
  static final int MAX_THREADS = 4;

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

  private static final Ssda903Table[] TABLES = Ssda903Table.values();

  private final Ssda903Reading data;
  private final AuthorityId authority;
  private final Optional<CollectionYear> year;
  private final int threads;
  private final RecordStore[] stores = new RecordStore[TABLES.length];
  private final RecordStore episodes;
  private final BitSet[] rejectedLines = new BitSet[TABLES.length];
  private final List<ImportFinding> findings = new ArrayList<>();
  private boolean recordFindings = true;

  // Whether each code is valid in the collection year, by ordinal; null if every code is.
  private final boolean[] validRne;
  private final boolean[] validLs;
  private final boolean[] validCin;
  private final boolean[] validPlace;
  private final boolean[] validProvider;
  private final boolean[] validRec;
  private final boolean[] validRpc;
  private final boolean[] validReviewCode;
  private final boolean[] validReversal;
  private final boolean[] validPrev;
  private final boolean[] validMissingType;

  /**
   * An assembly of the children read.
   *
   * @param threads the most threads to use, at least 1
   */
  Ssda903Assembly(
      Ssda903Reading data, AuthorityId authority, Optional<CollectionYear> year, int threads) {
    this.data = data;
    this.authority = authority;
    this.year = year;
    this.threads = threads;
    for (Ssda903Table table : TABLES) {
      rejectedLines[table.ordinal()] = new BitSet();
      stores[table.ordinal()] = data.stores.get(table);
      stores[table.ordinal()].indexByChild(data.children.size());
    }
    this.episodes = stores[Ssda903Table.EPISODES.ordinal()];
    validRne = validity(RNE);
    validLs = validity(LS);
    validCin = validity(CIN);
    validPlace = validity(PLACE);
    validProvider = validity(PROVIDER);
    validRec = validity(REC);
    validRpc = validity(RPC);
    validReviewCode = validity(REVIEW_CODE);
    validReversal = validity(REVERSAL);
    validPrev = validity(PREV);
    validMissingType = validity(MISSING_TYPE);
  }

  /** The threads an assembly uses by default: one per processor, at most {@value #MAX_THREADS}. */
  static int defaultThreads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  /** Whether each code is valid in the year, by ordinal; null if all are (nothing to check). */
  private boolean[] validity(Code[] codes) {
    boolean[] flags = new boolean[codes.length];
    boolean all = true;
    for (int i = 0; i < codes.length; i++) {
      flags[i] = year.map(codes[i]::isValidIn).orElse(true);
      all &= flags[i];
    }
    return all ? null : flags;
  }

  /** The findings of the assembly (of the first pass only). */
  List<ImportFinding> findings() {
    return findings;
  }

  /** The lines of a table rejected by the assembly (rows of rejected children, orphans). */
  BitSet rejectedLines(Ssda903Table table) {
    return rejectedLines[table.ordinal()];
  }

  /** Whether the assembly found an error. */
  boolean hasErrors() {
    return findings.stream().anyMatch(ImportFinding::isError);
  }

  /**
   * Assembles every child in order, handing each complete case file to the sink (on the calling
   * thread, in the order of the children). Findings and rejected lines are recorded on the first
   * run only, so a second run (to emit after a strict check) adds nothing.
   */
  void run(Consumer<CaseFile> sink) {
    int children = data.children.size();
    int batches = (children + BATCH - 1) / BATCH;
    int workers = Math.min(threads, batches);
    if (workers <= 1) {
      for (int b = 0; b < batches; b++) {
        accept(assembleBatch(b), sink);
      }
    } else {
      runInParallel(batches, workers, sink);
    }
    recordFindings = false;
  }

  private void runInParallel(int batches, int workers, Consumer<CaseFile> sink) {
    ExecutorService executor =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread thread = new Thread(task, "ssda903-assembly");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Deque<Future<Batch>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < batches || !inFlight.isEmpty()) {
        while (next < batches && inFlight.size() < 2 * workers) {
          int b = next++;
          inFlight.add(executor.submit(() -> assembleBatch(b)));
        }
        accept(await(inFlight.remove()), sink);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static Batch await(Future<Batch> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the SSDA903 import was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Hands a batch on: its case files to the sink, its findings and rejected lines to the run. */
  private void accept(Batch batch, Consumer<CaseFile> sink) {
    if (recordFindings) {
      findings.addAll(batch.findings);
      for (int i = 0; i < batch.rejectedCount; i += 2) {
        rejectedLines[batch.rejected[i]].set(batch.rejected[i + 1]);
      }
    }
    for (CaseFile caseFile : batch.caseFiles) {
      sink.accept(caseFile);
    }
  }

  private Batch assembleBatch(int b) {
    ChildAssembler assembler = new ChildAssembler();
    int end = Math.min(data.children.size(), (b + 1) * BATCH);
    for (int c = b * BATCH; c < end; c++) {
      assembler.assemble(c).ifPresent(assembler.batch.caseFiles::add);
    }
    return assembler.batch;
  }

  /** What assembling a batch of children produced, in the order of the children. */
  private static final class Batch {
    final List<CaseFile> caseFiles = new ArrayList<>(BATCH);
    final List<ImportFinding> findings = new ArrayList<>();
    // Pairs of table ordinal and line.
    int[] rejected = new int[0];
    int rejectedCount;

    void reject(Ssda903Table table, int line) {
      if (rejectedCount == rejected.length) {
        rejected = Arrays.copyOf(rejected, Math.max(16, rejected.length * 2));
      }
      rejected[rejectedCount++] = table.ordinal();
      rejected[rejectedCount++] = line;
    }
  }

  private RecordStore store(Ssda903Table table) {
    return stores[table.ordinal()];
  }

  private int field(Ssda903Table table, int record, int field) {
    return store(table).field(record, field);
  }

  private int ep(int record, int field) {
    return episodes.field(record, field);
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  private String fileName(Ssda903Table table) {
    return data.fileNames.get(table);
  }

  private int line(Ssda903Table table, int record) {
    return store(table).line(record);
  }

  private static long key(Ssda903Table table, int record) {
    return ((long) table.ordinal() << 40) | record;
  }

  /**
   * Takes the periods of care, legal statuses and placements built from a child's episodes straight
   * into the case file's builder, noting on the way the dates the adoption milestones need (the
   * latest of each, as they are built in order).
   */
  private static final class Episodes {
    final CaseFile.Builder caseFile;
    Optional<LocalDate> placementOrderOn = Optional.empty();
    Optional<LocalDate> placedOn = Optional.empty();
    Optional<LocalDate> adoptionOrderOn = Optional.empty();

    Episodes(CaseFile.Builder caseFile) {
      this.caseFile = caseFile;
    }

    /** Adds a period; {@code adopted} if it ended by adoption (E11, E12) on {@code end}. */
    void add(PeriodOfCare period, boolean adopted, LocalDate end) {
      caseFile.addPeriodsOfCare(period);
      if (adopted) {
        adoptionOrderOn = Optional.of(end);
      }
    }

    void add(LegalStatusPeriod status) {
      caseFile.addLegalStatusPeriod(status);
      if (status.code().isPlacementOrder()) {
        placementOrderOn = Optional.of(status.start());
      }
    }

    void add(Placement placement) {
      caseFile.addPlacement(placement);
      if (placement.code().isAdoptive()) {
        placedOn = Optional.of(placement.start());
      }
    }
  }

  /** Assembles children one at a time, on one thread, into its batch. */
  private final class ChildAssembler {

    final Batch batch = new Batch();

    // The dates made lately, by epoch day modulo their number: a period of care, its first legal
    // status and its first placement start on the same day, and one ends where the next starts.
    private final LocalDate[] days = new LocalDate[64];
    private final int[] dayKeys = new int[64];

    private LocalDate day(int epochDay) {
      int slot = epochDay & (days.length - 1);
      LocalDate day = days[slot];
      if (day == null || dayKeys[slot] != epochDay) {
        day = LocalDate.ofEpochDay(epochDay);
        days[slot] = day;
        dayKeys[slot] = epochDay;
      }
      return day;
    }

    // The child being assembled.
    private int child;
    private String childId;
    private int childErrors;
    private String firstProblem;
    private final Set<Long> offending = new HashSet<>();

    // ---------------------------------------------------------------- findings

    private void error(Ssda903Table table, int record, String column, String value, String reason) {
      int line = store(table).line(record);
      offending.add(key(table, record));
      childErrors++;
      if (firstProblem == null) {
        firstProblem = fileName(table) + ":" + line;
      }
      {
        batch.findings.add(
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

    private void warning(
        Ssda903Table table, int record, String column, String value, String reason) {
      {
        batch.findings.add(
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

    // ---------------------------------------------------------------- one child

    private Optional<CaseFile> assemble(int c) {
      child = c;
      childId = data.children.id(c);
      childErrors = 0;
      firstProblem = null;
      if (!offending.isEmpty()) {
        offending.clear();
      }
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
      if (year.isPresent()) {
        checkCodesValidIn(year.get());
      }
      int dob = header.field(h, HD_DOB);
      checkBirth(dob, h);
      LocalDate born = day(dob);

      Child.Builder childBuilder = Child.builder();
      childBuilder.id(ChildId.of(childId)).dateOfBirth(born);
      int uasc = first(Ssda903Table.UASC);
      if (uasc >= 0) {
        childBuilder.isUasc(true);
        int ceased = field(Ssda903Table.UASC, uasc, UA_DUC);
        if (ceased != NONE) {
          childBuilder.uascCeasedOn(LocalDate.ofEpochDay(ceased));
        }
      }

      CaseFile.Builder caseFile = CaseFile.builder();
      caseFile.authority(authority);
      Episodes episodes = buildEpisodes(caseFile);
      addReviews(caseFile);
      buildAdoption(episodes).ifPresent(caseFile::adoptionMilestones);
      int previous = first(Ssda903Table.PREV_PERM);
      if (previous >= 0) {
        caseFile.previousPermanence(previous(previous));
      }
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

    /** The child's first record of a table, or -1 if none. */
    private int first(Ssda903Table table) {
      RecordStore store = store(table);
      return store.count(child) == 0 ? -1 : store.recordOf(child, 0);
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
          batch.reject(table, store.line(record));
          {
            batch.findings.add(
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
          batch.reject(table, store.line(record));
          if (!offending.contains(key(table, record))) {
            batch.findings.add(
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
      boolean hasOtherRecords =
          store(Ssda903Table.REVIEWS).count(child)
                  + store(Ssda903Table.PLACED_ADOPTION).count(child)
                  + store(Ssda903Table.PREV_PERM).count(child)
                  + store(Ssda903Table.MISSING).count(child)
                  + store(Ssda903Table.SW_EPISODES).count(child)
              > 0;
      RecordStore store = episodes;
      for (int k = 0; k < store.count(child); k++) {
        int e = store.recordOf(child, k);
        valid(Ssda903Table.EPISODES, e, EP_RNE, "RNE", RNE, validRne, year);
        valid(Ssda903Table.EPISODES, e, EP_LS, "LS", LS, validLs, year);
        valid(Ssda903Table.EPISODES, e, EP_CIN, "CIN", CIN, validCin, year);
        valid(Ssda903Table.EPISODES, e, EP_PLACE, "PLACE", PLACE, validPlace, year);
        valid(
            Ssda903Table.EPISODES, e, EP_PROVIDER, "PLACE_PROVIDER", PROVIDER, validProvider, year);
        valid(Ssda903Table.EPISODES, e, EP_REC, "REC", REC, validRec, year);
        valid(Ssda903Table.EPISODES, e, EP_RPC, "REASON_PLACE_CHANGE", RPC, validRpc, year);
      }
      if (hasOtherRecords) {
        checkOtherCodesValidIn(year);
      }
    }

    private void checkOtherCodesValidIn(CollectionYear year) {
      forEach(
          Ssda903Table.REVIEWS,
          r ->
              valid(
                  Ssda903Table.REVIEWS,
                  r,
                  RV_CODE,
                  "REVIEW_CODE",
                  REVIEW_CODE,
                  validReviewCode,
                  year));
      forEach(
          Ssda903Table.PLACED_ADOPTION,
          p ->
              valid(
                  Ssda903Table.PLACED_ADOPTION,
                  p,
                  PA_REASON,
                  "REASON_PLACED_CEASED",
                  REVERSAL,
                  validReversal,
                  year));
      forEach(
          Ssda903Table.PREV_PERM,
          p -> valid(Ssda903Table.PREV_PERM, p, PP_CODE, "PREV_PERM", PREV, validPrev, year));
      forEach(
          Ssda903Table.MISSING,
          m ->
              valid(
                  Ssda903Table.MISSING,
                  m,
                  MI_TYPE,
                  "MISSING",
                  MISSING_TYPE,
                  validMissingType,
                  year));
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

    private void valid(
        Ssda903Table table,
        int record,
        int field,
        String column,
        Code[] codes,
        boolean[] valid,
        CollectionYear year) {
      if (valid == null) {
        return;
      }
      int ordinal = field(table, record, field);
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
    private void checkBirth(int dob, int headerRecord) {
      checkAfterBirth(Ssda903Table.EPISODES, EP_DECOM, "DECOM", dob, headerRecord);
      checkAfterBirth(Ssda903Table.REVIEWS, RV_DATE, "REVIEW", dob, headerRecord);
      checkAfterBirth(Ssda903Table.MISSING, MI_START, "MIS_START", dob, headerRecord);
      checkAfterBirth(Ssda903Table.DOLO, DL_START, "DOLO_START", dob, headerRecord);
      checkAfterBirth(Ssda903Table.UASC, UA_DUC, "DUC", dob, headerRecord);
    }

    private void checkAfterBirth(
        Ssda903Table table, int field, String column, int dob, int headerRecord) {
      RecordStore store = store(table);
      for (int k = 0, n = store.count(child); k < n; k++) {
        int r = store.recordOf(child, k);
        int day = store.field(r, field);
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
      }
    }

    // ---------------------------------------------------------------- episodes

    private Episodes buildEpisodes(CaseFile.Builder caseFile) {
      Episodes result = new Episodes(caseFile);
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

    /**
     * Builds the period of care of {@code eps[from, to)}; {@code next} is the next episode or -1.
     */
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
      ReasonEpisodeCeasedCode reason = null;
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
        reason = REC[rec];
      }
      PeriodOfCare.Builder period = PeriodOfCare.builder();
      period.start(day(ep(first, EP_DECOM))).categoryOfNeed(CIN[ep(first, EP_CIN)]);
      int dec = ep(last, EP_DEC);
      LocalDate end = dec == NONE ? null : day(dec);
      if (end != null) {
        period.end(end);
      }
      if (reason != null) {
        period.reasonCeased(reason);
      }
      result.add(period.build(), reason != null && reason.isAdoption(), end);

      // Legal statuses: consecutive episodes with the same LS are one period.
      int runStart = from;
      for (int i = from + 1; i <= to; i++) {
        if (i == to || ep(eps[i], EP_LS) != ep(eps[runStart], EP_LS)) {
          LegalStatusCode code = LS[ep(eps[runStart], EP_LS)];
          LocalDate since = day(ep(eps[runStart], EP_DECOM));
          int until = ep(eps[i - 1], EP_DEC);
          result.add(
              until == NONE
                  ? LegalStatusPeriod.of(code, since)
                  : LegalStatusPeriod.of(code, since, day(until)));
          runStart = i;
        }
      }

      // Placements: a new one when RNE says the placement changed, or the type or provider differs.
      runStart = from;
      for (int i = from + 1; i <= to; i++) {
        if (i == to || startsPlacement(eps[i - 1], eps[i])) {
          result.add(placement(eps, runStart, i));
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
      placement.code(PLACE[ep(first, EP_PLACE)]).start(day(ep(first, EP_DECOM)));
      int dec = ep(last, EP_DEC);
      if (dec != NONE) {
        placement.end(day(dec));
      }
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
      if (store(Ssda903Table.REVIEWS).count(child) == 0) {
        return;
      }
      forEach(
          Ssda903Table.REVIEWS,
          r -> {
            LocalDate day = LocalDate.ofEpochDay(field(Ssda903Table.REVIEWS, r, RV_DATE));
            int code = field(Ssda903Table.REVIEWS, r, RV_CODE);
            caseFile.addReview(
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
      int ad1Record = first(Ssda903Table.AD1);
      int placedRecord = first(Ssda903Table.PLACED_ADOPTION);
      Optional<Integer> ad1 = ad1Record < 0 ? Optional.empty() : Optional.of(ad1Record);
      Optional<Integer> placed = placedRecord < 0 ? Optional.empty() : Optional.of(placedRecord);
      Optional<LocalDate> placementOrder = episodes.placementOrderOn;
      Optional<LocalDate> placedOn = episodes.placedOn;
      Optional<LocalDate> adopted = episodes.adoptionOrderOn;
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
            date(field(Ssda903Table.PLACED_ADOPTION, p, PA_CEASED))
                .ifPresent(milestones::reversedOn);
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
      if (store(Ssda903Table.MISSING).count(child)
              + store(Ssda903Table.SW_EPISODES).count(child)
              + store(Ssda903Table.DOLO).count(child)
          > 0) {
        addMissingSocialWorkersAndDolo(caseFile);
      }
      addOutcomes(caseFile);
    }

    private void addMissingSocialWorkersAndDolo(CaseFile.Builder caseFile) {
      forEach(
          Ssda903Table.MISSING,
          m -> {
            MissingCode type = MISSING_TYPE[field(Ssda903Table.MISSING, m, MI_TYPE)];
            LocalDate start = LocalDate.ofEpochDay(field(Ssda903Table.MISSING, m, MI_START));
            Optional<LocalDate> end = date(field(Ssda903Table.MISSING, m, MI_END));
            caseFile.addMissingEpisode(
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
            caseFile.addSocialWorkerEpisode(episode.build());
          });
      forEach(
          Ssda903Table.DOLO,
          d ->
              caseFile.addCourtOrder(
                  CourtOrder.builder()
                      .type(CourtOrderType.DEPRIVATION_OF_LIBERTY)
                      .madeOn(LocalDate.ofEpochDay(field(Ssda903Table.DOLO, d, DL_START)))
                      .originalEnd(date(field(Ssda903Table.DOLO, d, DL_END)))
                      .build()));
    }

    private void addOutcomes(CaseFile.Builder caseFile) {
      if (year.isPresent()) {
        int oc2 = first(Ssda903Table.OC2);
        if (oc2 >= 0) {
          caseFile.addHealthOutcome(health(oc2, year.get()));
        }
        int oc3 = first(Ssda903Table.OC3);
        if (oc3 >= 0) {
          caseFile.addCareLeaverOutcome(leaver(oc3, year.get()));
        }
      }
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
}
