package io.permanence.examples.cli;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import java.util.List;
import java.util.Optional;

/**
 * The case files an evaluating command works on, and where they came from.
 *
 * @param files the case files
 * @param source where they came from, for messages and the report's header
 */
record Cohort(List<CaseFile> files, String source) {

  Cohort {
    files = List.copyOf(files);
  }

  /**
   * The case file of a child.
   *
   * @param child the child
   * @return the case file
   * @throws IllegalArgumentException naming {@code --child} if there is none
   */
  CaseFile get(ChildId child) {
    Optional<CaseFile> file = files.stream().filter(f -> f.childId().equals(child)).findFirst();
    return file.orElseThrow(
        () ->
            new IllegalArgumentException(
                "--child " + child.id() + ": no case file of that child in " + source));
  }
}
