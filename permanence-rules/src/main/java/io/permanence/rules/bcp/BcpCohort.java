package io.permanence.rules.bcp;

import io.permanence.core.Citation;
import java.util.Locale;

/**
 * The five cohorts of the BCP Permanence Panel, in the order section 5 lists them; each weekly
 * meeting considers one of them on a five-weekly rotation ({@link BcpRotation}).
 */
public enum BcpCohort {
  /** §5.1(a): aged 16 and under, accommodated under s20 after 12 weeks. */
  A("§5.1(a)", "Children aged 16 and under accommodated under s20 after 12 weeks"),
  /** §5.1(b): placed with parents under a care order. */
  B("§5.1(b)", "Children placed with parents under a care order"),
  /** §5.1(c): an identified plan of reunification. */
  C("§5.1(c)", "Children with an identified plan of reunification"),
  /** §5.1(d): not long-term matched with their foster carers. */
  D("§5.1(d)", "Children not long-term matched with their foster carers"),
  /** §5.1(e): no permanence plan, not recently reviewed in another cohort. */
  E("§5.1(e)", "Children without a permanence plan");

  private final String clause;
  private final String title;
  private final String headingId;
  private final String label;

  BcpCohort(String clause, String title) {
    this.clause = clause;
    this.title = title;
    String letter = name().toLowerCase(Locale.ROOT);
    this.headingId = "cohort-" + letter;
    this.label = "(" + letter + ")";
  }

  /** The clause id, for example {@code §5.1(a)}. */
  public String clause() {
    return clause;
  }

  /** The citation of the cohort's clause. */
  public Citation citation() {
    return BcpAuthorityProvider.cite(clause);
  }

  /** The agenda heading's title. */
  public String title() {
    return title;
  }

  /** The agenda heading's id, for example {@code cohort-a}. */
  public String headingId() {
    return headingId;
  }

  /** The cohort's letter as the document numbers it, for example {@code (a)}. */
  public String label() {
    return label;
  }

  /**
   * The cohort of a letter, as written in settings: {@code a} or {@code (a)}, any case.
   *
   * @param text the letter
   * @return the cohort
   * @throws IllegalArgumentException if the text is not one of a to e
   */
  public static BcpCohort parse(String text) {
    String letter = text.strip().replace("(", "").replace(")", "").toUpperCase(Locale.ROOT);
    for (BcpCohort cohort : values()) {
      if (cohort.name().equals(letter)) {
        return cohort;
      }
    }
    throw new IllegalArgumentException(
        "cohort must be one of a, b, c, d, e but was '" + text + "'");
  }
}
