package io.permanence.rules.buckinghamshire;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.panel.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Why and when a child may be heard under a heading: the fact that triggers the listing, the day it
 * is known, and the half-open window of acceptable meeting dates.
 *
 * @param knownOn the day the fact is on the record; a meeting whose cut-off date is before it
 *     cannot hear it
 * @param windowStart the earliest acceptable meeting date
 * @param windowEndExclusive the day after the latest acceptable meeting date
 * @param reasonText builds why the child is listed, in a panel administrator's words: only when the
 *     words are read (a listing or an explanation), since remits are evaluated for every child at
 *     every meeting
 * @param extraPaperwork papers this listing needs beyond its heading's
 */
record Trigger(
    LocalDate knownOn,
    LocalDate windowStart,
    LocalDate windowEndExclusive,
    Supplier<String> reasonText,
    List<DocumentType> extraPaperwork) {

  Trigger {
    checkArgument(
        windowEndExclusive.isAfter(windowStart),
        "trigger window must not be empty but was [%s, %s)",
        windowStart,
        windowEndExclusive);
    extraPaperwork = ImmutableList.copyOf(extraPaperwork);
  }

  /** An event on a day, heard at the first meeting on or after it within {@code openFor} days. */
  static Trigger event(LocalDate day, LocalDate openUntilExclusive, Supplier<String> reason) {
    return new Trigger(day, day, openUntilExclusive, reason, List.of());
  }

  /** Why the child is listed, in a panel administrator's words. */
  String reason() {
    return reasonText.get();
  }

  /** A copy needing a further paper. */
  Trigger withPaper(DocumentType paper) {
    return new Trigger(
        knownOn,
        windowStart,
        windowEndExclusive,
        reasonText,
        ImmutableList.<DocumentType>builder().addAll(extraPaperwork).add(paper).build());
  }
}
