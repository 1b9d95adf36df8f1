package io.permanence.core.care;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.reference.AdoptionReversalReasonCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The milestones of a child's journey to adoption (SSDA903 AD1 and PlacedAdoption tables; Ofsted
 * Annex A list 10; adoption scorecard measures A1, A2, A10).
 *
 * <p>Every date is optional and kept as recorded: the order is not enforced because it varies in
 * practice (a match may precede the placement order, which the A2 measure counts as zero days). A
 * reversal of the decision that the child should be placed for adoption has both a date and a
 * reason (RD1 to RD4), or neither. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdoptionMilestones {

  /**
   * The day the agency decision maker decided the child should be placed for adoption (SSDA903
   * {@code DATE_INT} / {@code DATE_PLACED}).
   */
  public abstract Optional<LocalDate> decisionToPlaceOn();

  /** The day the placement order was made (or parental consent given). */
  public abstract Optional<LocalDate> placementOrderOn();

  /** The day the child was matched with prospective adopters (SSDA903 {@code DATE_MATCH}). */
  public abstract Optional<LocalDate> matchedOn();

  /** The day the child was placed for adoption (moved in with the adopters). */
  public abstract Optional<LocalDate> placedOn();

  /** The day the adoption order was made. */
  public abstract Optional<LocalDate> adoptionOrderOn();

  /** The day the decision to place for adoption was reversed ({@code DATE_PLACED_CEASED}). */
  public abstract Optional<LocalDate> reversedOn();

  /** Why the decision was reversed ({@code REASON_PLACED_CEASED}). */
  public abstract Optional<AdoptionReversalReasonCode> reversalReason();

  /** A builder; every attribute is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AdoptionMilestones}; each attribute may be set once. */
  public static final class Builder extends ImmutableAdoptionMilestones.Builder {}

  /** Whether the decision to place for adoption has been reversed. */
  public final boolean isReversed() {
    return reversedOn().isPresent();
  }

  /** Every recorded date, in no particular order (for range checks). */
  public final Stream<LocalDate> dates() {
    return Stream.of(
            decisionToPlaceOn(),
            placementOrderOn(),
            matchedOn(),
            placedOn(),
            adoptionOrderOn(),
            reversedOn())
        .flatMap(Optional::stream);
  }

  @Value.Check
  final void check() {
    checkArgument(
        reversedOn().isPresent() == reversalReason().isPresent(),
        "adoptionMilestones: reversedOn and reversalReason must both be present or both absent"
            + " but were %s and %s",
        reversedOn(),
        reversalReason());
  }
}
