package io.permanence.examples.cli;

import io.permanence.core.AuthorityId;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.reference.CollectionYear;
import io.permanence.csv.casefile.CaseFileImporter;
import io.permanence.csv.casefile.CaseFileTable;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportMode;
import io.permanence.csv.read.ImportResult;
import io.permanence.csv.ssda903.Ssda903Files;
import io.permanence.csv.ssda903.Ssda903Import;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a directory of CSV files into case files, for {@code --input DIR}.
 *
 * <p>The directory holds an SSDA903 return ({@code header.csv}, {@code episodes.csv}, ...), or a
 * case-file CSV set (recognised by its {@code children.csv}), or both in two subdirectories named
 * {@value #SSDA903_DIRECTORY} and {@value #CASE_FILES_DIRECTORY} (the two sets cannot share one
 * directory: both have a {@code reviews.csv}). When both are present the case-file set is merged
 * into the SSDA903 case files by child id, the case-file set winning kind of record by kind of
 * record. SSDA903 case files belong to the authority given; case-file CSVs name their own.
 */
final class CsvInput {

  /** The subdirectory of an SSDA903 return. */
  static final String SSDA903_DIRECTORY = "ssda903";

  /** The subdirectory of a case-file CSV set. */
  static final String CASE_FILES_DIRECTORY = "case-files";

  private CsvInput() {}

  /**
   * Reads the directory.
   *
   * @param directory the directory
   * @param authority the authority of SSDA903 case files
   * @param mode STRICT or LENIENT
   * @param year the collection year of an SSDA903 return, or empty to infer it
   * @return every case file, finding, rejected row and count, in one result
   * @throws IllegalArgumentException naming {@code --input} if the directory does not exist or
   *     holds neither set
   */
  static ImportResult<CaseFile> read(
      Path directory, AuthorityId authority, ImportMode mode, Optional<CollectionYear> year) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("--input " + directory + ": no such directory");
    }
    Optional<Path> ssda903 = Optional.empty();
    Optional<Path> caseFiles = Optional.empty();
    Path ssdaSub = directory.resolve(SSDA903_DIRECTORY);
    Path caseSub = directory.resolve(CASE_FILES_DIRECTORY);
    if (Files.isDirectory(ssdaSub) || Files.isDirectory(caseSub)) {
      ssda903 = Optional.of(ssdaSub).filter(Files::isDirectory);
      caseFiles = Optional.of(caseSub).filter(Files::isDirectory);
    } else if (hasFile(directory, CaseFileTable.values()[0].fileName())) {
      caseFiles = Optional.of(directory);
    } else if (hasCsv(directory)) {
      ssda903 = Optional.of(directory);
    } else {
      throw new IllegalArgumentException(
          "--input "
              + directory
              + ": no CSV files there (expected an SSDA903 return, a case-file set with"
              + " children.csv, or subdirectories ssda903/ and case-files/)");
    }
    ImportResult.Builder<CaseFile> result = ImportResult.builder();
    result.mode(mode);
    List<CaseFile> fromSsda903 = new ArrayList<>();
    if (ssda903.isPresent()) {
      Ssda903Import reader = Ssda903Import.of(authority, mode);
      if (year.isPresent()) {
        reader = reader.withCollectionYear(year.get());
      }
      ImportResult<CaseFile> read = reader.read(Ssda903Files.fromDirectory(ssda903.get()));
      fromSsda903.addAll(read.values());
      result
          .addAllFindings(read.findings())
          .addAllRejectedRows(read.rejectedRows())
          .addAllFileCounts(read.fileCounts())
          .collectionYear(read.collectionYear())
          .collectionYearBasis(read.collectionYearBasis());
    }
    if (caseFiles.isPresent()) {
      ImportResult<CaseFile> read = CaseFileImporter.of(mode).read(caseFiles.get(), fromSsda903);
      result
          .addAllValues(read.values())
          .addAllFindings(read.findings())
          .addAllRejectedRows(read.rejectedRows())
          .addAllFileCounts(read.fileCounts());
    } else {
      result.addAllValues(fromSsda903);
    }
    return result.build(); // STRICT with an error: normalised to nothing imported
  }

  private static boolean hasFile(Path directory, String name) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name));
    } catch (IOException e) {
      throw new UncheckedIOException("--input " + directory + ": could not list it", e);
    }
  }

  private static boolean hasCsv(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(
          p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("--input " + directory + ": could not list it", e);
    }
  }

  /**
   * A summary of a result: the collection year, the counts per file, and the number of errors and
   * warnings.
   *
   * @param result the result
   * @return the text
   */
  static String summary(ImportResult<CaseFile> result) {
    StringBuilder text = new StringBuilder();
    result
        .collectionYear()
        .ifPresent(
            y ->
                text.append("collection year ")
                    .append(y)
                    .append(result.collectionYearBasis().map(b -> " (" + b + ")").orElse(""))
                    .append('\n'));
    text.append(
        String.format(
            Locale.ROOT, "%-34s %10s %10s %10s%n", "file", "read", "imported", "rejected"));
    result
        .fileCounts()
        .forEach(
            c ->
                text.append(
                    String.format(
                        Locale.ROOT,
                        "%-34s %,10d %,10d %,10d%n",
                        c.fileName(),
                        c.rowsRead(),
                        c.rowsImported(),
                        c.rowsRejected())));
    text.append(
        String.format(
            Locale.ROOT,
            "%,d case file(s); %,d error(s), %,d warning(s), %,d rejected row(s)%n",
            result.values().size(),
            result.errors().size(),
            result.warnings().size(),
            result.rejectedRows().size()));
    return text.toString();
  }

  /**
   * The findings, one per line, at most {@code max} (then a count of the rest).
   *
   * @param findings the findings
   * @param max the most shown
   * @return the text
   */
  static String findings(List<ImportFinding> findings, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < findings.size() && i < max; i++) {
      text.append(findings.get(i)).append('\n');
    }
    if (findings.size() > max) {
      text.append("... and ").append(findings.size() - max).append(" more\n");
    }
    return text.toString();
  }
}
