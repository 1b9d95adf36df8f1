package io.permanence.rules.knowsley;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * §Admin ¶3: "For sibling groups consolidated reports are acceptable provided the childrens
 * individual needs are addressed within them."
 *
 * <p>A paper is on file for a child if the child's own file holds one dated on or before the
 * cut-off date, or — with {@code sibling-consolidated-reports} (default true, I-KNO-14) — the file
 * of a sibling in the same sibling group does. The engine sees one case file at a time, so an
 * embedder (or the engine's paperwork check) calls this with the siblings' files. Whether the
 * report addresses each child's needs is not checked. Stateless.
 */
public final class SiblingPapers {

  private SiblingPapers() {}

  /**
   * The latest paper of a type for the child, on the child's file or a sibling's.
   *
   * @param file the child's case file
   * @param others other case files (only those in the child's sibling group count)
   * @param type the paper
   * @param cutOffDate papers dated after it do not count
   * @param settings Knowsley's settings
   * @return the latest such paper, or empty if none is on file
   */
  public static Optional<DocumentOnFile> findPaper(
      CaseFile file,
      Collection<CaseFile> others,
      DocumentType type,
      LocalDate cutOffDate,
      AuthoritySettings settings) {
    Optional<DocumentOnFile> own = file.findLatestDocument(type, cutOffDate);
    if (!settings.get(KnowsleySettings.SIBLING_CONSOLIDATED_REPORTS)
        || file.child().siblingGroup().isEmpty()) {
      return own;
    }
    Optional<DocumentOnFile> sibling =
        others.stream()
            .filter(o -> !o.childId().equals(file.childId()))
            .filter(o -> o.child().siblingGroup().equals(file.child().siblingGroup()))
            .map(o -> o.findLatestDocument(type, cutOffDate))
            .flatMap(Optional::stream)
            .max(Comparator.comparing(DocumentOnFile::dateOnFile));
    if (own.isEmpty()) {
      return sibling;
    }
    if (sibling.isEmpty()) {
      return own;
    }
    return sibling.get().dateOnFile().isAfter(own.get().dateOnFile()) ? sibling : own;
  }
}
