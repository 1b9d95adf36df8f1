package io.permanence.csv.ssda903;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.reference.CollectionYear;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.read.RejectedRow;
import io.permanence.csv.read.TableReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports an SSDA903 return (the twelve CSV tables of the children looked after return) as one
 * {@link CaseFile} per child.
 *
 * <pre>{@code
 * ImportResult<CaseFile> result = Ssda903Import.of(AuthorityId.of("bcp"), ImportMode.LENIENT)
 *     .read(Ssda903Files.fromDirectory(dir));
 * result.collectionYear();        // 2017-18
 * result.collectionYearBasis();   // "inferred from the latest DECOM, 2018-03-31 (episodes.csv line 42)"
 * }</pre>
 *
 * <p><b>How the tables become case files.</b> The Header table is the register of children: it
 * gives each child's date of birth, and a row of another table for a child with no (valid) Header
 * row is rejected. A child's episodes, sorted by {@code DECOM}, must not overlap. A period of care
 * starts at the first episode, at an episode with {@code RNE} S, after a gap ({@code DECOM} after
 * the previous {@code DEC}), or after an episode whose {@code REC} is not X1; it ends at the last
 * {@code DEC} of its chain, with that episode's {@code REC} as the reason (none if it is X1) and
 * the first episode's {@code CIN}. Within a period, consecutive episodes with the same {@code LS}
 * are one legal status period, and consecutive episodes form one placement until {@code RNE}
 * records a placement change (P, T, B, U) or {@code PLACE} or {@code PLACE_PROVIDER} differs; the
 * placement's reason for change is the {@code REASON_PLACE_CHANGE} of its last episode. Reviews,
 * missing episodes, social worker episodes, previous permanence, UASC status ({@code DUC}), DoLo
 * orders (court orders of type {@code DEPRIVATION_OF_LIBERTY}, {@code DOLO_END} as their end), OC2
 * and OC3 outcomes (for the collection year) attach to the child. Adoption milestones combine
 * PlacedAdoption (decision and reversal), AD1 (decision if PlacedAdoption has none, and the match)
 * and the episodes (the latest E1 legal status for the placement order, the latest A3 to A6
 * placement for the day placed, the latest period ended by E11 or E12 for the adoption order).
 *
 * <p><b>Collection year.</b> Codes are checked against the collection year given to {@link
 * #withCollectionYear}, or else the year containing the latest {@code DECOM} in Episodes (the
 * return's own year: an episode starts within the year returned), or with no episodes the latest
 * {@code REVIEW}; with neither, codes are checked in any year and OC2 and OC3 rows (kept by year)
 * are rejected. The result states the year and how it was found ({@link
 * ImportResult#collectionYear()}, {@link ImportResult#collectionYearBasis()}).
 *
 * <p><b>The unit of import is the child.</b> A child is imported whole or not at all: if any of its
 * rows is rejected (a bad value, a code not valid in the year, a second row where one is allowed)
 * or its assembled record breaks an invariant of {@link CaseFile} (overlapping episodes, a record
 * before the birth), every row of the child is rejected, the offending rows with their own reasons
 * and the others "rejected with child X", so a partly built case file never comes out. Under {@link
 * ImportMode#LENIENT} the valid children are imported; under {@link ImportMode#STRICT} any error
 * means no case file. Either way every finding names file, line, column and value, and the counts
 * reconcile per file: rows read = imported + rejected.
 *
 * <p><b>Bounded memory.</b> Rows are read one at a time and kept only as a few integers each, keyed
 * by child; case files are built in small batches of children. {@link #stream} hands them to a
 * consumer instead of collecting them, so a national return (2,000,000 episodes) imports within a
 * 512 MB heap. Findings and rejected rows are kept in memory: they grow with the number of
 * problems.
 *
 * <p><b>Threads.</b> Each file is parsed (decoded and split into cells) on a thread of its own
 * while the calling thread checks and keeps its rows, in file order ({@link TableReader}). Children
 * are independent once the files are read, so their case files are assembled on up to one thread
 * per processor (at most four); the consumer is called on the calling thread, in the order of the
 * Header table, and the result is the same as on one thread.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Ssda903Import {

  private final AuthorityId authority;
  private final ImportMode mode;
  private final Optional<CollectionYear> collectionYear;
  private final int threads;

  private Ssda903Import(
      AuthorityId authority,
      ImportMode mode,
      Optional<CollectionYear> collectionYear,
      int threads) {
    this.authority = authority;
    this.mode = mode;
    this.collectionYear = collectionYear;
    this.threads = threads;
  }

  /**
   * An import for an authority, inferring the collection year from the data.
   *
   * @param authority the authority whose return it is (SSDA903 files do not name it)
   * @param mode STRICT or LENIENT
   * @return the import
   */
  public static Ssda903Import of(AuthorityId authority, ImportMode mode) {
    checkArgument(authority != null, "authority must not be null");
    checkArgument(mode != null, "mode must not be null");
    return new Ssda903Import(authority, mode, Optional.empty(), Ssda903Assembly.defaultThreads());
  }

  /**
   * A copy of this import that checks codes against a given collection year.
   *
   * @param year the collection year of the return
   * @return the import
   */
  public Ssda903Import withCollectionYear(CollectionYear year) {
    checkArgument(year != null, "year must not be null");
    return new Ssda903Import(authority, mode, Optional.of(year), threads);
  }

  /**
   * A copy of this import that assembles case files on at most the given number of threads (the
   * output is the same whatever the number; tests compare one thread with several).
   */
  Ssda903Import withAssemblyThreads(int threads) {
    checkArgument(threads >= 1, "threads must be >= 1 but was %s", threads);
    return new Ssda903Import(authority, mode, collectionYear, threads);
  }

  /** The authority the case files belong to. */
  public AuthorityId authority() {
    return authority;
  }

  /** The import mode. */
  public ImportMode mode() {
    return mode;
  }

  /** The collection year given, if any (else it is inferred). */
  public Optional<CollectionYear> collectionYear() {
    return collectionYear;
  }

  /**
   * Imports a return and collects the case files, in the order of the Header table.
   *
   * @param files the return's files
   * @return the case files, findings, rejected rows, counts and collection year
   */
  public ImportResult<CaseFile> read(Ssda903Files files) {
    List<CaseFile> caseFiles = new ArrayList<>();
    ImportResult<CaseFile> summary = stream(files, caseFiles::add);
    ImportResult.Builder<CaseFile> result = ImportResult.builder();
    result
        .mode(mode)
        .addAllValues(caseFiles)
        .addAllFindings(summary.findings())
        .addAllRejectedRows(summary.rejectedRows())
        .addAllFileCounts(summary.fileCounts())
        .collectionYear(summary.collectionYear())
        .collectionYearBasis(summary.collectionYearBasis());
    return result.build();
  }

  /**
   * Imports a return, handing each case file to a consumer as it is built, so that the case files
   * need not all be in memory. Under STRICT the whole return is checked first and the consumer is
   * called only if there is no error.
   *
   * @param files the return's files
   * @param sink receives the case files, in the order of the Header table
   * @return the findings, rejected rows, counts and collection year, without values
   */
  public ImportResult<CaseFile> stream(Ssda903Files files, Consumer<? super CaseFile> sink) {
    checkArgument(files != null, "files must not be null");
    checkArgument(sink != null, "sink must not be null");
    Ssda903Reading reading = new Ssda903Reading();
    List<ImportFinding> findings = new ArrayList<>();
    if (files.source(Ssda903Table.HEADER).isEmpty()) {
      findings.add(
          ImportFinding.error(
              "header.csv",
              1,
              "is missing: the Header table gives every child's date of birth, so no child can be"
                  + " imported without it"));
    }
    reading.readAll(files);
    findings.addAll(reading.findings);

    Optional<CollectionYear> year = collectionYear;
    Optional<String> basis = collectionYear.map(y -> "given by the caller");
    if (year.isEmpty() && reading.latestDecom != RecordStore.NONE) {
      LocalDate latest = LocalDate.ofEpochDay(reading.latestDecom);
      year = Optional.of(CollectionYear.containing(latest));
      basis =
          Optional.of(
              "inferred from the latest DECOM, "
                  + latest
                  + " ("
                  + reading.fileNames.get(Ssda903Table.EPISODES)
                  + " line "
                  + reading.latestDecomLine
                  + ")");
    } else if (year.isEmpty() && reading.latestReview != RecordStore.NONE) {
      LocalDate latest = LocalDate.ofEpochDay(reading.latestReview);
      year = Optional.of(CollectionYear.containing(latest));
      basis =
          Optional.of(
              "inferred from the latest REVIEW, "
                  + latest
                  + " ("
                  + reading.fileNames.get(Ssda903Table.REVIEWS)
                  + " line "
                  + reading.latestReviewLine
                  + "), as there are no episodes");
    }

    if (year.isEmpty()) {
      basis =
          Optional.of(
              "not given and not inferred (no episode or review): codes were checked in any year");
    }
    Ssda903Assembly assembly = new Ssda903Assembly(reading, authority, year, threads);
    boolean readErrors = findings.stream().anyMatch(ImportFinding::isError);
    if (mode == ImportMode.STRICT) {
      assembly.run(caseFile -> {});
      if (!readErrors && !assembly.hasErrors()) {
        assembly.run(sink::accept);
      }
    } else {
      assembly.run(sink::accept);
    }
    findings.addAll(assembly.findings());

    List<RejectedRow> rejected = new ArrayList<>();
    List<FileCounts> counts = new ArrayList<>();
    for (Ssda903Table table : Ssda903Table.values()) {
      FileCounts read = reading.readCounts.get(table);
      if (read == null) {
        continue;
      }
      BitSet lines = assembly.rejectedLines(table);
      long late = lines.cardinality();
      counts.add(
          FileCounts.of(read.fileName(), read.rowsImported() - late, read.rowsRejected() + late));
      List<RejectedRow> ofFile = new ArrayList<>();
      for (RejectedRow row : reading.rejectedRows) {
        if (row.fileName().equals(read.fileName())) {
          ofFile.add(row);
        }
      }
      if (late > 0) {
        ofFile.addAll(reread(files.source(table).orElseThrow(), table, lines));
      }
      ofFile.sort(Comparator.comparingLong(RejectedRow::lineNumber));
      rejected.addAll(ofFile);
    }
    ImportResult.Builder<CaseFile> result = ImportResult.builder();
    result
        .mode(mode)
        .addAllFindings(findings)
        .addAllRejectedRows(rejected)
        .addAllFileCounts(counts)
        .collectionYear(year)
        .collectionYearBasis(basis);
    return result.build();
  }

  /** Reads a file again for the original cells of the rows rejected with their child. */
  private static List<RejectedRow> reread(
      Ssda903Files.Source source, Ssda903Table table, BitSet lines) {
    List<RejectedRow> rows = new ArrayList<>();
    TableReader.of(table.schema()).stream(
        source.fileName,
        source.opener.get(),
        row -> {
          if (lines.get((int) row.lineNumber())) {
            rows.add(RejectedRow.of(source.fileName, row.lineNumber(), row.cells()));
          }
          return Boolean.TRUE;
        },
        value -> {});
    return rows;
  }

  /** The import's settings. */
  @Override
  public String toString() {
    return "Ssda903Import{"
        + authority
        + ", "
        + mode
        + collectionYear.map(y -> ", collectionYear=" + y).orElse("")
        + "}";
  }
}
