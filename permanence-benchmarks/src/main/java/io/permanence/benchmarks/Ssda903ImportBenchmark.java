package io.permanence.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.ssda903.Ssda903Files;
import io.permanence.csv.ssda903.Ssda903Import;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing a generated SSDA903 return of {@value #EPISODES} episode rows (and the Header rows of
 * its children) into case files, side by side with FastCSV's raw parse of the same episodes file:
 * the floor to approach. Scores are episode rows per second.
 *
 * <p>The return: children of one to four episodes in an unbroken chain (S, then changes of
 * placement or legal status), the last open or ceased, so that every child becomes a case file with
 * periods of care, legal statuses and placements. {@code importEpisodesToCaseFiles} reads both
 * files, checks every cell and code, and builds every case file; {@code fastCsvRaw} parses the
 * episodes file into strings only, and {@code fastCsvRawWithHeader} the two files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Ssda903ImportBenchmark.EPISODES)
public class Ssda903ImportBenchmark {

  /** Episode rows in the generated return. */
  static final int EPISODES = 200_000;

  private static final Ssda903Import IMPORT =
      Ssda903Import.of(AuthorityId.of("bcp"), ImportMode.LENIENT);

  private Path dir;
  private Path episodes;
  private Path header;

  /**
   * Writes the return.
   *
   * @throws IOException if the files cannot be written
   */
  @Setup(Level.Trial)
  public void writeReturn() throws IOException {
    dir = Files.createTempDirectory("ssda903");
    episodes = dir.resolve("episodes.csv");
    header = dir.resolve("header.csv");
    Random random = new Random(903);
    DateTimeFormatter dfe = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    String[] legal = {"C1", "C2", "E1", "V2", "L1", "J1"};
    String[] places = {"U1", "U4", "U6", "A3", "A5", "K2", "P1", "R1"};
    try (BufferedWriter children = Files.newBufferedWriter(header, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(episodes, StandardCharsets.UTF_8)) {
      children.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
      out.write(
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
              + "PL_POST,URN\n");
      int written = 0;
      int child = 1_000_000;
      while (written < EPISODES) {
        String id = String.valueOf(child++);
        LocalDate born = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(4000));
        children.write(id + ",1," + born.format(dfe) + ",WBRI,,,\n");
        int n = Math.min(1 + random.nextInt(4), EPISODES - written);
        LocalDate start = born.plusDays(random.nextInt(2000));
        boolean open = random.nextBoolean();
        for (int e = 0; e < n; e++) {
          boolean last = e == n - 1;
          LocalDate end = start.plusDays(1 + random.nextInt(300));
          out.write(
              String.join(
                  ",",
                  id,
                  start.format(dfe),
                  e == 0 ? "S" : "P",
                  legal[random.nextInt(legal.length)],
                  "N1",
                  places[random.nextInt(places.length)],
                  "PR1",
                  last && open ? "" : end.format(dfe),
                  last ? (open ? "" : "E4A") : "X1",
                  last && open ? "" : "CARPL",
                  "EH14 8EC",
                  "WD10 6ZQ",
                  String.valueOf(1_000_000 + random.nextInt(9_000_000))));
          out.write('\n');
          start = end;
          written++;
        }
      }
    }
  }

  /**
   * Deletes the return.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteReturn() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * FastCSV alone on the episodes file: every record parsed into strings, nothing checked.
   *
   * @param blackhole consumes the records
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public void fastCsvRaw(Blackhole blackhole) throws IOException {
    parse(episodes, blackhole);
  }

  /**
   * FastCSV alone on the episodes and header files.
   *
   * @param blackhole consumes the records
   * @throws IOException if a file cannot be read
   */
  @Benchmark
  public void fastCsvRawWithHeader(Blackhole blackhole) throws IOException {
    parse(header, blackhole);
    parse(episodes, blackhole);
  }

  private static void parse(Path file, Blackhole blackhole) throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord record : csv) {
        blackhole.consume(record);
      }
    }
  }

  /**
   * The SSDA903 import: both files read and checked, codes checked against the collection year,
   * every child's case file built and handed out.
   *
   * @param blackhole consumes the case files
   * @return the import's result (counts and findings)
   */
  @Benchmark
  public ImportResult<CaseFile> importEpisodesToCaseFiles(Blackhole blackhole) {
    return IMPORT.stream(Ssda903Files.fromDirectory(dir), blackhole::consume);
  }
}
