package io.permanence.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless Chromium: takes a screenshot, checks it is a real
 * picture of the page, and fails on any console message.
 *
 * <p>How console errors are caught: Chromium runs with {@code --enable-logging=stderr --v=0}, which
 * writes every console message of the page to standard error as a line containing {@code :CONSOLE},
 * with the message and its source. The report has no script, so any such line (an error, a blocked
 * resource, a warning) fails the test. A control page that calls {@code console.error} proves that
 * the scan sees console errors. {@code --dump-dom} then checks that the page parsed whole.
 *
 * <p>Chromium ({@code /usr/bin/chromium}, Debian's package, installed by {@code .ci/run}) missing:
 * skipped, unless the environment variable {@code CI} is {@code true}, when it fails.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;

  @TempDir static Path directory;

  @BeforeAll
  static void requireChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equals(System.getenv("CI"))) {
        fail(CHROMIUM + " is missing on CI: .ci/run must install Debian's chromium package");
      }
      Assumptions.abort(CHROMIUM + " is not installed (apt-get install -y chromium)");
    }
  }

  /** What Chromium printed, and the exit code. */
  private record Result(int code, String stdout, String stderr) {
    List<String> consoleLines() {
      return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }
  }

  private static Result chromium(Path page, String... extra) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(CHROMIUM.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + Files.createTempDirectory(directory, "profile"),
            "--window-size=" + WIDTH + "," + HEIGHT,
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within 120 s: " + Files.readString(err));
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void test_report_screenshotNonTrivialAndNoConsoleMessage() throws Exception {
    Path page = directory.resolve("report.html");
    Files.writeString(page, ReportFixture.page(), StandardCharsets.UTF_8);
    Path png = directory.resolve("report.png");

    Result shot = chromium(page, "--screenshot=" + png);

    assertThat(shot.code()).as(shot.stderr()).isZero();
    assertThat(shot.consoleLines()).as("console messages of the page").isEmpty();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(colours(image)).as("distinct colours in the screenshot").isGreaterThan(50);
  }

  @Test
  void test_report_domParsesWhole() throws Exception {
    Path page = directory.resolve("dom.html");
    Files.writeString(page, ReportFixture.page(), StandardCharsets.UTF_8);

    Result dom = chromium(page, "--dump-dom");

    assertThat(dom.consoleLines()).isEmpty();
    assertThat(dom.stdout())
        .contains("<section id=\"agendas\">")
        .contains("<section id=\"timelines\">")
        .contains("</footer>")
        .doesNotContain("<script");
  }

  @Test
  void test_control_consoleErrorIsSeen() throws Exception {
    Path page = directory.resolve("control.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><body><p>control</p>"
            + "<script>console.error('control-marker')</script></body></html>",
        StandardCharsets.UTF_8);

    Result control = chromium(page, "--screenshot=" + directory.resolve("control.png"));

    assertThat(control.consoleLines()).anyMatch(line -> line.contains("control-marker"));
  }

  private static int colours(BufferedImage image) throws IOException {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
