package io.permanence.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose the output format and file of an evaluating command. */
final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, csv, json or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Optional<Path> output = Optional.empty();

  /**
   * Writes the text to the output file, or to standard output.
   *
   * @param out standard output
   * @param text the text
   * @throws IllegalArgumentException naming {@code --output} if the file cannot be written
   */
  void write(PrintWriter out, String text) {
    write(out, output, text);
  }

  /**
   * Writes the text to the file, if any, or to standard output.
   *
   * @param out standard output
   * @param file the file
   * @param text the text
   */
  static void write(PrintWriter out, Optional<Path> file, String text) {
    if (file.isEmpty()) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Path parent = file.get().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file.get(), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "--output " + file.get() + ": could not write (" + e.getMessage() + ")", e);
    }
    out.println("wrote " + file.get());
  }
}
