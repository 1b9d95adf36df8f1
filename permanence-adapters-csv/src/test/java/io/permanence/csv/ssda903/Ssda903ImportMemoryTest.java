package io.permanence.csv.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national-scale return (2,000,000 episode rows) imports within a 512 MB heap: the import runs in
 * a child JVM started with {@code -Xmx512m}, which fails with an {@code OutOfMemoryError} if the
 * import holds rows or case files it should not.
 */
class Ssda903ImportMemoryTest {

  static final int EPISODES = 2_000_000;

  /**
   * Writes a return of {@code episodes} episode rows: each child has one to four episodes in an
   * unbroken chain (S, then changes of placement or legal status), the last open or ceased.
   */
  static int writeReturn(Path dir, int episodes) throws IOException {
    Random random = new Random(903);
    DateTimeFormatter dfe = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    String[] legal = {"C1", "C2", "E1", "V2", "L1", "J1"};
    String[] places = {"U1", "U4", "U6", "A3", "A5", "K2", "P1", "R1"};
    int children = 0;
    try (BufferedWriter header = Files.newBufferedWriter(dir.resolve("header.csv"));
        BufferedWriter out = Files.newBufferedWriter(dir.resolve("episodes.csv"))) {
      header.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
      out.write(
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
      int written = 0;
      while (written < episodes) {
        String child = String.valueOf(1_000_000 + children++);
        LocalDate born = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(4000));
        header.write(child + ",1," + born.format(dfe) + ",WBRI,,,\n");
        int n = Math.min(1 + random.nextInt(4), episodes - written);
        LocalDate start = born.plusDays(random.nextInt(2000));
        boolean open = random.nextBoolean();
        for (int e = 0; e < n; e++) {
          boolean last = e == n - 1;
          LocalDate end = start.plusDays(1 + random.nextInt(300));
          String rec = last ? (open ? "" : "E4A") : "X1";
          out.write(
              String.join(
                  ",",
                  child,
                  start.format(dfe),
                  e == 0 ? "S" : "P",
                  legal[random.nextInt(legal.length)],
                  "N1",
                  places[random.nextInt(places.length)],
                  "PR1",
                  last && open ? "" : end.format(dfe),
                  rec,
                  last && open ? "" : "CARPL",
                  "",
                  "",
                  ""));
          out.write('\n');
          start = end;
          written++;
        }
      }
    }
    return children;
  }

  /**
   * The child JVM's entry point: imports the return in a directory and prints the counts.
   *
   * @param args the directory
   */
  public static void main(String[] args) {
    long[] caseFiles = {0};
    long started = System.nanoTime();
    ImportResult<CaseFile> result =
        Ssda903Import.of(AuthorityId.of("bcp"), ImportMode.LENIENT).stream(
            Ssda903Files.fromDirectory(Paths.get(args[0])), c -> caseFiles[0]++);
    System.out.println("caseFiles=" + caseFiles[0]);
    for (FileCounts counts : result.fileCounts()) {
      System.out.println(counts);
    }
    System.out.println("errors=" + result.errors().size());
    System.out.println("maxMemory=" + Runtime.getRuntime().maxMemory());
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean pool :
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("peakHeapPoolsSum=" + peak / (1024 * 1024) + " MiB");
    System.out.println("seconds=" + (System.nanoTime() - started) / 1_000_000_000.0);
  }

  @Test
  void test_stream_twoMillionEpisodesImportWithin512Megabytes(@TempDir Path dir) throws Exception {
    int children = writeReturn(dir, EPISODES);
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                Ssda903ImportMemoryTest.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
    }
    System.out.println(output);
    assertThat(finished).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines())
        .contains(
            "caseFiles=" + children,
            "header.csv: " + children + " read, " + children + " imported, 0 rejected",
            "episodes.csv: 2000000 read, 2000000 imported, 0 rejected",
            "errors=0");
    List<String> max = output.lines().filter(l -> l.startsWith("maxMemory=")).toList();
    assertThat(max)
        .singleElement()
        .satisfies(
            l ->
                assertThat(Long.parseLong(l.substring(10)))
                    .isLessThanOrEqualTo(512L * 1024 * 1024));
  }
}
