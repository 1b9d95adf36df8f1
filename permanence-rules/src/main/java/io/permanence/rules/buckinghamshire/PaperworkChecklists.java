package io.permanence.rules.buckinghamshire;

import com.google.common.collect.ImmutableList;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Referral;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Which papers of a referral's checklist are missing at a cut-off (§4 ¶1 s3: "Managers and social
 * workers ... must ensure that the correct documentation is available to the panels in a timely
 * way").
 *
 * <p>A paper is on file when a document of its type is dated on or before the cut-off date; papers
 * "prepared in the last 6 months" ({@link BuckinghamshirePaperwork#DATED_WITHIN_FRESHNESS}) must
 * also be dated on or after the cut-off date less the freshness setting (I-BUC-13). Asked before
 * the cut-off, the answer is what is still missing; the same call on the cut-off date gives the
 * papers that missed it.
 */
public final class PaperworkChecklists {

  private PaperworkChecklists() {}

  /**
   * The papers of the referral not on file by the cut-off date, in checklist order.
   *
   * @param file the child's case file
   * @param referral the referral (its heading's papers and its own)
   * @param cutOffDate the date of the meeting's cut-off
   * @param settings the authority's settings (freshness)
   * @return the missing papers, empty when the checklist is complete
   */
  public static ImmutableList<DocumentType> missingPapers(
      CaseFile file, Referral referral, LocalDate cutOffDate, AuthoritySettings settings) {
    Period freshness = settings.get(BuckinghamshireSettings.PAPER_FRESHNESS);
    LocalDate oldest = cutOffDate.minus(freshness);
    return referral.paperwork().stream()
        .filter(
            paper -> {
              Optional<DocumentOnFile> latest = file.findLatestDocument(paper, cutOffDate);
              boolean mustBeRecent =
                  BuckinghamshirePaperwork.DATED_WITHIN_FRESHNESS.contains(paper);
              return latest.isEmpty()
                  || (mustBeRecent && latest.get().dateOnFile().isBefore(oldest));
            })
        .collect(ImmutableList.toImmutableList());
  }
}
