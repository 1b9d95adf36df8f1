package io.permanence.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The synthetic SSDA903 sample files shipped on the testkit's classpath, for tests, examples and
 * benchmarks of every module.
 *
 * <p>The files are the test data of the data-to-insight/csc-validator-be-903 project ({@code
 * tests/fake_data/}), published under the MIT licence; the {@code README.md} next to them credits
 * the source and lists what is deliberately wrong in them (a byte order mark in {@code
 * sw_episodes.csv}, invalid codes, a variant file with errors). No real child is in them. They are
 * stored byte for byte under {@code io/permanence/testkit/ssda903-sample/}.
 *
 * <p>This class holds no state and is thread-safe.
 */
public final class SampleData {

  private static final String SSDA903_RESOURCE_FOLDER = "ssda903-sample/";

  private static final List<String> SSDA903_FILE_NAMES =
      List.of(
          "README.md",
          "DoLo.csv",
          "ad1.csv",
          "episodes.csv",
          "header.csv",
          "missing.csv",
          "oc2.csv",
          "oc3.csv",
          "placed_for_adoption.csv",
          "placed_for_adoption_errors.csv",
          "previous_permanence.csv",
          "reviews.csv",
          "sw_episodes.csv",
          "uasc.csv");

  private SampleData() {}

  /**
   * The names of the SSDA903 sample files, the credit note {@code README.md} first, then the CSV
   * files in alphabetical order (upper case first).
   *
   * @return the file names, unmodifiable
   */
  public static List<String> ssda903FileNames() {
    return SSDA903_FILE_NAMES;
  }

  /**
   * Opens one SSDA903 sample file as raw bytes, exactly as published (the caller closes it).
   *
   * @param fileName one of {@link #ssda903FileNames()}, for example {@code "episodes.csv"}
   * @return the file's bytes
   * @throws IllegalArgumentException if the file name is not one of the sample files
   */
  public static InputStream openSsda903(String fileName) {
    checkArgument(
        SSDA903_FILE_NAMES.contains(fileName),
        "fileName must be one of %s but was '%s'",
        SSDA903_FILE_NAMES,
        fileName);
    InputStream in = SampleData.class.getResourceAsStream(SSDA903_RESOURCE_FOLDER + fileName);
    if (in == null) {
      throw new IllegalStateException(
          "sample file " + fileName + " is missing from the testkit's classpath");
    }
    return in;
  }

  /**
   * Copies every SSDA903 sample file, the credit note included, into a directory, for code that
   * reads files from disk (the directory is typically a JUnit {@code @TempDir}).
   *
   * @param directory an existing directory; files of the same name are replaced
   * @return the directory
   * @throws IllegalArgumentException if the path is not a directory
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Path copySsda903To(Path directory) {
    checkArgument(
        Files.isDirectory(directory), "directory must be a directory but was %s", directory);
    for (String fileName : SSDA903_FILE_NAMES) {
      try (InputStream in = openSsda903(fileName)) {
        Files.copy(in, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("could not copy sample file " + fileName, e);
      }
    }
    return directory;
  }
}
