package io.permanence.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.Row;
import io.permanence.csv.read.TableReader;
import io.permanence.csv.read.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Reading a generated SSDA903 episodes file of {@value #ROWS} rows: FastCSV's raw parse against the
 * {@link TableReader} producing typed rows (header matching, per-cell checks, strict dates,
 * findings bookkeeping). Scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CsvReadBenchmark.ROWS)
public class CsvReadBenchmark {

  /** Rows in the generated file. */
  static final int ROWS = 200_000;

  private static final String[] COLUMNS = {
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN"
  };

  private static final TableSchema EPISODES =
      TableSchema.builder()
          .name("episodes")
          .addRequiredColumns(COLUMNS)
          .addSensitiveColumns("HOME_POST", "PL_POST")
          .build();

  private static final TableReader READER = TableReader.of(EPISODES);

  /** The typed form of a row that the reader benchmark builds. */
  record Episode(
      String child,
      LocalDate start,
      String reasonForNewEpisode,
      String legalStatus,
      String categoryOfNeed,
      String placement,
      Optional<String> provider,
      Optional<LocalDate> end,
      Optional<String> reasonEnded,
      Optional<String> reasonPlaceChange,
      Optional<String> homePostcode,
      Optional<String> placementPostcode,
      Optional<String> urn) {}

  private Path file;

  /**
   * Writes the episodes file: 200,000 rows in the DfE layout, a third of them open (no DEC).
   *
   * @throws IOException if the temporary file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("episodes", ".csv");
    Random random = new Random(903);
    DateTimeFormatter dfe = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    String[] legalStatuses = {"C1", "C2", "E1", "V2", "L1", "J1"};
    String[] places = {"U1", "U4", "U6", "A3", "A5", "K2", "P1", "R1", "T0"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", COLUMNS));
      out.write('\n');
      for (int i = 0; i < ROWS; i++) {
        LocalDate start = LocalDate.of(2015, 4, 1).plusDays(random.nextInt(1400));
        boolean open = random.nextInt(3) == 0;
        out.write(
            String.join(
                ",",
                String.valueOf(100_000 + i / 3),
                start.format(dfe),
                "P",
                legalStatuses[random.nextInt(legalStatuses.length)],
                "N" + (1 + random.nextInt(8)),
                places[random.nextInt(places.length)],
                "PR" + random.nextInt(6),
                open ? "" : start.plusDays(1 + random.nextInt(400)).format(dfe),
                open ? "" : "X1",
                open ? "" : "CARPL",
                "EH14 8EC",
                "\"WD10 6ZQ\"",
                String.valueOf(1_000_000 + random.nextInt(9_000_000))));
        out.write('\n');
      }
    }
  }

  /**
   * Deletes the episodes file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * FastCSV alone: every record parsed into strings, nothing checked.
   *
   * @param blackhole consumes the records
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public void fastCsvRaw(Blackhole blackhole) throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord record : csv) {
        blackhole.consume(record);
      }
    }
  }

  /**
   * The table reader: header matched, every cell checked, dates parsed strictly, a typed value
   * built per row.
   *
   * @param blackhole consumes the values
   * @return the file's counts
   * @throws IOException if the file cannot be opened
   */
  @Benchmark
  public FileCounts tableReaderTyped(Blackhole blackhole) throws IOException {
    InputStream in = Files.newInputStream(file);
    return READER.stream("episodes.csv", in, CsvReadBenchmark::toEpisode, blackhole::consume);
  }

  private static Episode toEpisode(Row row) {
    return new Episode(
        row.text("CHILD"),
        row.date("DECOM"),
        row.text("RNE"),
        row.text("LS"),
        row.text("CIN"),
        row.text("PLACE"),
        row.optionalText("PLACE_PROVIDER"),
        row.optionalDate("DEC"),
        row.optionalText("REC"),
        row.optionalText("REASON_PLACE_CHANGE"),
        row.optionalText("HOME_POST"),
        row.optionalText("PL_POST"),
        row.optionalText("URN"));
  }
}
