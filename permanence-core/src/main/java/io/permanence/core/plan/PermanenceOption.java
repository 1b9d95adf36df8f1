package io.permanence.core.plan;

import io.permanence.core.Citation;
import java.util.Optional;

/**
 * A permanence option: the long-term plan for a child's upbringing (Care Planning, Placement and
 * Case Review (England) Regulations 2010 reg 5(a)).
 *
 * <p>The first four are ranked in the order of priority of the BCP Permanence Panel terms of
 * reference, section 1: "reunification to parental care; kinship care / Special Guardianship or
 * other legal Orders placing a child within their family network; adoption; or an agreed plan of
 * long-term fostering". The rest have no rank.
 */
public enum PermanenceOption {
  /** Reunification to parental care. Rank 1. */
  REUNIFICATION(1),
  /** Kinship care, special guardianship or other orders within the family network. Rank 2. */
  KINSHIP_OR_SPECIAL_GUARDIANSHIP(2),
  /** Adoption. Rank 3. */
  ADOPTION(3),
  /** An agreed plan of long-term fostering. Rank 4. */
  LONG_TERM_FOSTERING(4),
  /** Long-term residential care (Knowsley ToR: matched and approved at panel). */
  LONG_TERM_RESIDENTIAL(0),
  /** Remaining with former foster carers after 18 (Children Act 1989 s.23CZA). */
  STAYING_PUT(0),
  /** Staying close to a former children's home after leaving it. */
  STAYING_CLOSE(0),
  /** Semi-independent or independent living for young people approaching adulthood. */
  INDEPENDENT_LIVING(0),
  /** Recorded as "other" (BCP treats this like no plan: ToR section 5). */
  OTHER(0),
  /** No permanence plan recorded. */
  NOT_RECORDED(0);

  private static final Citation ORDER_OF_PREFERENCE =
      Citation.of("BCP Permanence Panel ToR", "section 1");

  private final int rank;

  PermanenceOption(int rank) {
    this.rank = rank;
  }

  /** The rank in the order of preference, 1 (most preferred) to 4; empty for unranked options. */
  public Optional<Integer> preferenceRank() {
    return rank == 0 ? Optional.empty() : Optional.of(rank);
  }

  /** Whether the option has a rank in the order of preference. */
  public boolean isRanked() {
    return rank != 0;
  }

  /**
   * Whether this option is preferred to the other: both ranked and this one ranked higher.
   *
   * @param other the other option
   * @return true if strictly preferred
   */
  public boolean isPreferredTo(PermanenceOption other) {
    return isRanked() && other.isRanked() && rank < other.rank;
  }

  /** Whether this option counts as having a permanence plan (not OTHER, not NOT_RECORDED). */
  public boolean isPlan() {
    return this != OTHER && this != NOT_RECORDED;
  }

  /** Where the order of preference comes from: BCP Permanence Panel ToR section 1. */
  public static Citation orderOfPreferenceCitation() {
    return ORDER_OF_PREFERENCE;
  }
}
