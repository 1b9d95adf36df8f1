package io.permanence.core.panel;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a paper an agenda item requires is on the child's file by the meeting's referral cut-off:
 * on file (with the day it was put on file or last updated) or missing.
 *
 * <p>Freshness: a paper counts as on file when the case file holds a {@link DocumentOnFile} of its
 * type dated on or before the referral cut-off date; the latest such document is reported. The
 * engine sets no age limit: the date is given so that the reader can judge whether the paper is
 * recent enough. {@link #toString()} reads {@code "care-plan on file 2026-03-02"} or {@code
 * "genogram missing"}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaperStatus {

  /** The kind of paper required. */
  @Value.Parameter
  public abstract DocumentType document();

  /** The day the latest such paper was put on file, on or before the cut-off; empty if missing. */
  @Value.Parameter
  public abstract Optional<LocalDate> onFileOn();

  /**
   * A paper on file.
   *
   * @param document the kind of paper
   * @param onFileOn the day it was put on file
   * @return the status
   */
  public static PaperStatus onFile(DocumentType document, LocalDate onFileOn) {
    return ImmutablePaperStatus.of(document, Optional.of(onFileOn));
  }

  /**
   * A missing paper.
   *
   * @param document the kind of paper
   * @return the status
   */
  public static PaperStatus missing(DocumentType document) {
    return ImmutablePaperStatus.of(document, Optional.empty());
  }

  /** Whether the paper is on file. */
  public final boolean isOnFile() {
    return onFileOn().isPresent();
  }

  /** {@code "care-plan on file 2026-03-02"} or {@code "genogram missing"}. */
  @Override
  public final String toString() {
    return document() + onFileOn().map(date -> " on file " + date).orElse(" missing");
  }
}
