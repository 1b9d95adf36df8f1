package io.permanence.core.legal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Comparators;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Care (or supervision) proceedings about the child, from the decision to issue to the final order.
 *
 * <p>The milestones are dates as recorded. The 26-week limit runs "beginning with the day on which
 * the application was issued" (Children Act 1989 s.32(1)(a)); {@link #extensions()} record each
 * extension (at most 8 weeks each, s.32(8)); {@code core.time} computes the deadlines. Checkpoints
 * are the authority's internal reviews of the proceedings (Buckinghamshire Court Progression Panel:
 * checkpoint 1 after the case management hearing, checkpoint 2 about three weeks before final
 * evidence), in order.
 *
 * <p>The proceedings are concluded on {@link #finalOrderOn()}; {@link #finalOrderTypes()} is empty
 * if they concluded without an order (withdrawn or no order made). All court milestones need the
 * issue date and must not precede it. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareProceedings {

  /** The day the decision to issue proceedings was made. */
  public abstract LocalDate decisionToIssueOn();

  /** Where the decision to issue was made. */
  public abstract DecisionForum decisionForum();

  /** The day the application was issued; empty until issued. */
  public abstract Optional<LocalDate> issuedOn();

  /** The day of the case management hearing (PD12A: day 12 to day 18). */
  public abstract Optional<LocalDate> caseManagementHearingOn();

  /** The days of the authority's checkpoint reviews, in order. */
  public abstract List<LocalDate> checkpoints();

  /** The day the local authority's final evidence is due. */
  public abstract Optional<LocalDate> finalEvidenceDueOn();

  /** The day of the issues resolution hearing. */
  public abstract Optional<LocalDate> issuesResolutionHearingOn();

  /** The day of the final hearing. */
  public abstract Optional<LocalDate> finalHearingOn();

  /** The day the proceedings concluded with the final order (or without an order). */
  public abstract Optional<LocalDate> finalOrderOn();

  /** The final orders made (for example care and placement orders together); empty if none. */
  public abstract Set<CourtOrderType> finalOrderTypes();

  /** Extensions of the 26-week limit, in order of the day granted. */
  public abstract List<ProceedingsExtension> extensions();

  /**
   * Proceedings decided on but not yet issued.
   *
   * @param decisionToIssueOn the day of the decision
   * @param forum where it was made
   * @return the proceedings
   */
  public static CareProceedings of(LocalDate decisionToIssueOn, DecisionForum forum) {
    return builder().decisionToIssueOn(decisionToIssueOn).decisionForum(forum).build();
  }

  /** A builder; {@code decisionToIssueOn} and {@code decisionForum} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CareProceedings}; each attribute may be set once. */
  public static final class Builder extends ImmutableCareProceedings.Builder {}

  /** Whether the application has been issued. */
  public final boolean isIssued() {
    return issuedOn().isPresent();
  }

  /** Whether the proceedings have concluded (a final order date is recorded). */
  public final boolean isConcluded() {
    return finalOrderOn().isPresent();
  }

  /**
   * Whether the proceedings are before the court on the date: issued on or before it and not
   * concluded before it (the day of the final order still counts as in proceedings).
   *
   * @param date the date
   * @return true if in proceedings on that date
   */
  public final boolean isInProceedingsOn(LocalDate date) {
    return issuedOn().map(issued -> !date.isBefore(issued)).orElse(false)
        && finalOrderOn().map(done -> !date.isAfter(done)).orElse(true);
  }

  /** The total length of all extensions, in weeks. */
  public final int totalExtensionWeeks() {
    return extensions().stream().mapToInt(ProceedingsExtension::weeks).sum();
  }

  private static final Comparator<ProceedingsExtension> BY_GRANTED =
      Comparator.comparing(ProceedingsExtension::grantedOn);

  @Value.Check
  final CareProceedings normalize() {
    // One list at a time: each copy is normalized again, so sorting both in one chain would recurse
    // on the intermediate copy.
    if (!Comparators.isInOrder(checkpoints(), Ordering.natural())) {
      return ((ImmutableCareProceedings) this)
          .withCheckpoints(Ordering.natural().sortedCopy(checkpoints()));
    }
    if (!Comparators.isInOrder(extensions(), BY_GRANTED)) {
      return ((ImmutableCareProceedings) this)
          .withExtensions(Ordering.from(BY_GRANTED).sortedCopy(extensions()));
    }
    issuedOn()
        .ifPresentOrElse(
            issued -> {
              checkArgument(
                  !issued.isBefore(decisionToIssueOn()),
                  "careProceedings.issuedOn must not be before decisionToIssueOn but was %s < %s",
                  issued,
                  decisionToIssueOn());
              checkNotBeforeIssue("caseManagementHearingOn", caseManagementHearingOn(), issued);
              checkNotBeforeIssue("finalEvidenceDueOn", finalEvidenceDueOn(), issued);
              checkNotBeforeIssue("issuesResolutionHearingOn", issuesResolutionHearingOn(), issued);
              checkNotBeforeIssue("finalHearingOn", finalHearingOn(), issued);
              checkNotBeforeIssue("finalOrderOn", finalOrderOn(), issued);
              extensions().stream()
                  .findFirst()
                  .ifPresent(
                      first ->
                          checkNotBeforeIssue(
                              "extensions", Optional.of(first.grantedOn()), issued));
            },
            () -> {
              checkArgument(
                  caseManagementHearingOn().isEmpty()
                      && issuesResolutionHearingOn().isEmpty()
                      && finalHearingOn().isEmpty()
                      && extensions().isEmpty(),
                  "careProceedings decided on %s: hearings and extensions require issuedOn but"
                      + " issuedOn was empty",
                  decisionToIssueOn());
            });
    checkArgument(
        finalOrderTypes().isEmpty() || finalOrderOn().isPresent(),
        "careProceedings.finalOrderTypes %s require finalOrderOn but it was empty",
        finalOrderTypes());
    return this;
  }

  private static void checkNotBeforeIssue(
      String field, Optional<LocalDate> date, LocalDate issued) {
    date.ifPresent(
        value ->
            checkArgument(
                !value.isBefore(issued),
                "careProceedings.%s must not be before issuedOn but was %s < %s",
                field,
                value,
                issued));
  }
}
