package io.permanence.rules.bcp;

import java.util.Locale;

/**
 * The considerations (i) to (v) of BCP ToR §5.3: the questions the panel asks about each child,
 * "depending upon the cohort being reviewed" ({@link BcpSettings#CONSIDERATIONS_BY_COHORT}).
 */
public enum BcpConsideration {
  /** §5.3(i). */
  I(
      "§5.3(i)",
      "Have all parallel planning options been fully explored, in the order of preference"
          + " (reunification; kinship care or special guardianship within the family network;"
          + " adoption; long-term fostering), and is this reflected in Mosaic by an up-to-date"
          + " Permanence Plan?"),
  /** §5.3(ii). */
  II(
      "§5.3(ii)",
      "Was a plan of permanence (first realistic option) identified by the second CLA review, and"
          + " is it reflected in Mosaic by an up-to-date Permanence Plan?"),
  /** §5.3(iii). */
  III("§5.3(iii)", "Is legal advice required to consider the child's current legal status?"),
  /** §5.3(iv). */
  IV(
      "§5.3(iv)",
      "Are plans for reunification and for children placed with parents progressing, or at risk"
          + " of drift and delay?"),
  /** §5.3(v). */
  V(
      "§5.3(v)",
      "Are plans for children requiring long-term matching progressing, or at risk of drift and"
          + " delay?");

  private final String clause;
  private final String question;

  BcpConsideration(String clause, String question) {
    this.clause = clause;
    this.question = question;
  }

  /** The clause id, for example {@code §5.3(i)}. */
  public String clause() {
    return clause;
  }

  /** The question as it appears on each agenda item. */
  public String question() {
    return question;
  }

  /**
   * The consideration of a roman numeral, as written in settings: {@code i} to {@code v}.
   *
   * @param text the numeral
   * @return the consideration
   * @throws IllegalArgumentException if the text is not one of i to v
   */
  public static BcpConsideration parse(String text) {
    String numeral = text.strip().replace("(", "").replace(")", "").toUpperCase(Locale.ROOT);
    for (BcpConsideration consideration : values()) {
      if (consideration.name().equals(numeral)) {
        return consideration;
      }
    }
    throw new IllegalArgumentException(
        "consideration must be one of i, ii, iii, iv, v but was '" + text + "'");
  }
}
