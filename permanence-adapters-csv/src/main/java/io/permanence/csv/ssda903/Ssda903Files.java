package io.permanence.csv.ssda903;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.csv.read.ImportFinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one SSDA903 return: at most one file per {@link Ssda903Table}, each a name (used in
 * findings) and a way to open its bytes.
 *
 * <p>{@link #fromDirectory(Path)} recognises the tables by file name (see {@link Ssda903Table});
 * files ending in {@code .csv} that are not recognised are listed as {@linkplain
 * #directoryFindings() warnings}, and a second file for the same table is an error and is not read.
 * {@link #builder()} names the files explicitly. A file may be opened more than once: the import
 * reads it again to put the original cells of rows rejected late (with their child) in the rejects
 * report. Only the Header table is required by the import.
 *
 * <p>Instances are immutable and thread-safe if the openers are.
 */
public final class Ssda903Files {

  /** A file of one table: its name and how to open it. */
  static final class Source {
    final String fileName;
    final Supplier<InputStream> opener;

    Source(String fileName, Supplier<InputStream> opener) {
      this.fileName = fileName;
      this.opener = opener;
    }
  }

  private final Map<Ssda903Table, Source> sources;
  private final List<ImportFinding> directoryFindings;

  private Ssda903Files(Map<Ssda903Table, Source> sources, List<ImportFinding> directoryFindings) {
    this.sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    this.directoryFindings = List.copyOf(directoryFindings);
  }

  /**
   * The SSDA903 files in a directory (not its subdirectories), recognised by name.
   *
   * @param directory the directory
   * @return the files
   * @throws IllegalArgumentException if the path is not a directory
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public static Ssda903Files fromDirectory(Path directory) {
    checkArgument(
        directory != null && Files.isDirectory(directory),
        "directory must be a directory but was %s",
        directory);
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + directory, e);
    }
    Builder builder = builder();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Optional<Ssda903Table> table = Ssda903Table.fromFileName(name);
      if (table.isEmpty()) {
        builder.findings.add(
            ImportFinding.warning(
                name,
                1,
                "is not the name of an SSDA903 table file (for example header.csv, episodes.csv,"
                    + " placed_for_adoption.csv); not read"));
      } else if (builder.sources.containsKey(table.get())) {
        builder.findings.add(
            ImportFinding.error(
                name,
                1,
                "is a second file for the "
                    + table.get().validatorName()
                    + " table (the first is "
                    + builder.sources.get(table.get()).fileName
                    + "); not read"));
      } else {
        builder.add(table.get(), file);
      }
    }
    return builder.build();
  }

  /**
   * A builder naming each table's file.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The tables that have a file. */
  public List<Ssda903Table> tables() {
    return List.copyOf(sources.keySet());
  }

  /**
   * The name of a table's file.
   *
   * @param table the table
   * @return the file name, without a directory, or empty if the table has no file
   */
  public Optional<String> findFileName(Ssda903Table table) {
    return Optional.ofNullable(sources.get(table)).map(s -> s.fileName);
  }

  /** Problems found while listing a directory: files not recognised, second files for a table. */
  public List<ImportFinding> directoryFindings() {
    return directoryFindings;
  }

  Optional<Source> source(Ssda903Table table) {
    return Optional.ofNullable(sources.get(table));
  }

  /** The tables and their file names. */
  @Override
  public String toString() {
    return "Ssda903Files"
        + sources.entrySet().stream()
            .map(e -> e.getKey().validatorName() + "=" + e.getValue().fileName)
            .collect(Collectors.toList());
  }

  /** Builds a set of files; a table may be given one file. */
  public static final class Builder {
    private final Map<Ssda903Table, Source> sources = new EnumMap<>(Ssda903Table.class);
    private final List<ImportFinding> findings = new ArrayList<>();

    private Builder() {}

    /**
     * The file of a table.
     *
     * @param table the table
     * @param file the file; its name without the directory is used in findings
     * @return this builder
     */
    public Builder add(Ssda903Table table, Path file) {
      checkArgument(file != null, "file must not be null");
      return add(
          table,
          file.getFileName().toString(),
          () -> {
            try {
              return Files.newInputStream(file);
            } catch (IOException e) {
              throw new UncheckedIOException("could not open " + file, e);
            }
          });
    }

    /**
     * The file of a table, opened on demand (from the class path, for example).
     *
     * @param table the table
     * @param fileName the name to use in findings, without a directory
     * @param opener opens the file's bytes; may be called more than once
     * @return this builder
     */
    public Builder add(Ssda903Table table, String fileName, Supplier<InputStream> opener) {
      checkArgument(table != null, "table must not be null");
      checkArgument(
          fileName != null && !fileName.isBlank(),
          "fileName must not be blank but was %s",
          fileName);
      checkArgument(opener != null, "opener must not be null");
      checkArgument(
          !sources.containsKey(table),
          "table %s must be given one file but was given %s and %s",
          table,
          sources.containsKey(table) ? sources.get(table).fileName : "",
          fileName);
      sources.put(table, new Source(fileName, opener));
      return this;
    }

    /**
     * The set of files.
     *
     * @return the files
     */
    public Ssda903Files build() {
      return new Ssda903Files(sources, findings);
    }
  }
}
