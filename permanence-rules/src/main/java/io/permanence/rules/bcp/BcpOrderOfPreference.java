package io.permanence.rules.bcp;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.plan.PermanenceOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order of preference of permanence options (BCP ToR §1 ¶5 s2): "reunification to parental
 * care; kinship care / Special Guardianship or other legal Orders placing a child within their
 * family network; adoption; or an agreed plan of long-term fostering".
 *
 * <p>What is executable: the ranking itself (data, from {@link PermanenceOption#preferenceRank()})
 * and, for a child whose primary option ranks below first, the list of higher-ranked options the
 * panel must see explored and ruled out (consideration §5.3(i)). Whether they were explored is not:
 * the case file records the plan's primary and contingency options, not the options considered and
 * ruled out, so the library asks the question and never answers it. Special guardianship to
 * non-family carers ranks with kinship (2), as the core model does not tell the two apart
 * (I-BCP-17).
 */
public final class BcpOrderOfPreference {

  /** The clause: BCP ToR §1 ¶5 s2. */
  public static final Citation CITATION = BcpAuthorityProvider.cite("§1 ¶5 s2");

  private static final ImmutableList<PermanenceOption> RANKED =
      Arrays.stream(PermanenceOption.values())
          .filter(PermanenceOption::isRanked)
          .sorted(Comparator.comparing(option -> option.preferenceRank().orElseThrow()))
          .collect(ImmutableList.toImmutableList());

  // The note of each option, made once: agenda items of every listed child carry it.
  private static final Map<PermanenceOption, Optional<String>> NOTES = notes();

  private BcpOrderOfPreference() {}

  /** The ranked options, most preferred first. */
  public static List<PermanenceOption> ranked() {
    return RANKED;
  }

  /**
   * The options ranked above the given one, most preferred first: those the panel should see
   * explored and ruled out before accepting it.
   *
   * @param option the plan's option
   * @return the higher-ranked options; empty for the first option and for unranked options
   */
  public static List<PermanenceOption> higherRankedThan(PermanenceOption option) {
    return ranked().stream()
        .filter(other -> other.isPreferredTo(option))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A note for the agenda item of a child whose primary option ranks below first: {@code "plan
   * adoption ranks 3 of 4 in the order of preference: reunification, kinship or special
   * guardianship to be shown explored and ruled out"}.
   *
   * @param primary the plan's primary option
   * @return the note, or empty when no higher-ranked option exists
   */
  public static Optional<String> explorationNote(PermanenceOption primary) {
    return NOTES.get(primary);
  }

  private static Map<PermanenceOption, Optional<String>> notes() {
    Map<PermanenceOption, Optional<String>> notes = new EnumMap<>(PermanenceOption.class);
    for (PermanenceOption option : PermanenceOption.values()) {
      notes.put(option, note(option));
    }
    return Collections.unmodifiableMap(notes);
  }

  private static Optional<String> note(PermanenceOption primary) {
    List<PermanenceOption> higher = higherRankedThan(primary);
    if (higher.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "plan "
            + words(primary)
            + " ranks "
            + primary.preferenceRank().orElseThrow()
            + " of "
            + ranked().size()
            + " in the order of preference: "
            + String.join(", ", higher.stream().map(BcpOrderOfPreference::words).toList())
            + " to be shown explored and ruled out");
  }

  private static String words(PermanenceOption option) {
    return option == PermanenceOption.KINSHIP_OR_SPECIAL_GUARDIANSHIP
        ? "kinship or special guardianship"
        : option.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
