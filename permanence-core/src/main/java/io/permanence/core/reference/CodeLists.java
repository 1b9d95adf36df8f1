package io.permanence.core.reference;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The SSDA903 code lists, one constant per list, named after the SSDA903 field.
 *
 * <p>For example {@code CodeLists.PLACEMENT.get("K3", CollectionYear.of(2025))}.
 */
public final class CodeLists {

  /** Legal status, {@code LS}. */
  public static final CodeList<LegalStatusCode> LEGAL_STATUS =
      CodeList.of("LS", LegalStatusCode.class);

  /** Reason for new episode, {@code RNE}. */
  public static final CodeList<ReasonNewEpisodeCode> REASON_NEW_EPISODE =
      CodeList.of("RNE", ReasonNewEpisodeCode.class);

  /** Category of need, {@code CIN}. */
  public static final CodeList<CategoryOfNeedCode> CATEGORY_OF_NEED =
      CodeList.of("CIN", CategoryOfNeedCode.class);

  /** Placement type, {@code PLACE}. */
  public static final CodeList<PlacementCode> PLACEMENT = CodeList.of("PLACE", PlacementCode.class);

  /** Placement provider, {@code PLACE_PROVIDER}. */
  public static final CodeList<PlacementProviderCode> PLACEMENT_PROVIDER =
      CodeList.of("PLACE_PROVIDER", PlacementProviderCode.class);

  /** Reason episode ceased, {@code REC}. */
  public static final CodeList<ReasonEpisodeCeasedCode> REASON_EPISODE_CEASED =
      CodeList.of("REC", ReasonEpisodeCeasedCode.class);

  /** Reason for placement change, {@code REASON_PLACE_CHANGE}. */
  public static final CodeList<ReasonPlaceChangeCode> REASON_PLACE_CHANGE =
      CodeList.of("REASON_PLACE_CHANGE", ReasonPlaceChangeCode.class);

  /** Review participation, {@code REVIEW_CODE}. */
  public static final CodeList<ReviewParticipationCode> REVIEW_PARTICIPATION =
      CodeList.of("REVIEW_CODE", ReviewParticipationCode.class);

  /** Previous permanence, {@code PREV_PERM}. */
  public static final CodeList<PreviousPermanenceCode> PREVIOUS_PERMANENCE =
      CodeList.of("PREV_PERM", PreviousPermanenceCode.class);

  /** Missing or away, {@code MISSING}. */
  public static final CodeList<MissingCode> MISSING = CodeList.of("MISSING", MissingCode.class);

  /** Reason an adoption decision was reversed, {@code REASON_PLACED_CEASED}. */
  public static final CodeList<AdoptionReversalReasonCode> ADOPTION_REVERSAL_REASON =
      CodeList.of("REASON_PLACED_CEASED", AdoptionReversalReasonCode.class);

  private static final ImmutableList<CodeList<?>> ALL =
      ImmutableList.of(
          LEGAL_STATUS,
          REASON_NEW_EPISODE,
          CATEGORY_OF_NEED,
          PLACEMENT,
          PLACEMENT_PROVIDER,
          REASON_EPISODE_CEASED,
          REASON_PLACE_CHANGE,
          REVIEW_PARTICIPATION,
          PREVIOUS_PERMANENCE,
          MISSING,
          ADOPTION_REVERSAL_REASON);

  private CodeLists() {}

  /** Every code list, in the order above. */
  public static List<CodeList<?>> all() {
    return ALL;
  }
}
