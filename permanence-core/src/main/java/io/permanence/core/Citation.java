package io.permanence.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Where a rule comes from: a document (a statute, a regulation, guidance, or an authority's terms
 * of reference) and the clause within it, with how well the source has been checked.
 *
 * <p>Every rule, referral, exclusion and deadline in Permanence carries one, so that a user can
 * answer "says who?" for any result. {@link #toString()} reads as a legal citation: {@code
 * "Children Act 1989 s.32(1)(a)"}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Citation {

  /** How well a citation's source has been checked against the text of the provision. */
  public enum SourceStatus {
    /** The wording was checked against the text of the provision. */
    VERIFIED,
    /** Taken from a reliable secondary source (procedures manuals, guidance quoting it). */
    SECONDARY,
    /** Recalled or not yet checked; a rule resting on it should be reviewed before relied on. */
    UNVERIFIED
  }

  /**
   * The document: for example {@code "Children Act 1989"} or {@code "BCP Permanence Panel ToR"}.
   */
  @Value.Parameter
  public abstract String document();

  /** The clause within the document: for example {@code "s.32(1)(a)"} or {@code "section 5"}. */
  @Value.Parameter
  public abstract String clause();

  /** How well the source has been checked; {@link SourceStatus#VERIFIED} unless stated. */
  @Value.Default
  public SourceStatus status() {
    return SourceStatus.VERIFIED;
  }

  /** Whether the source has been checked against the text of the provision. */
  public final boolean isVerified() {
    return status() == SourceStatus.VERIFIED;
  }

  /**
   * A verified citation of a clause of a document.
   *
   * @param document the document, not blank
   * @param clause the clause, not blank
   * @return the citation
   */
  public static Citation of(String document, String clause) {
    return ImmutableCitation.of(document, clause);
  }

  /**
   * A citation with the given source status.
   *
   * @param document the document, not blank
   * @param clause the clause, not blank
   * @param status how well the source has been checked
   * @return the citation
   */
  public static Citation of(String document, String clause, SourceStatus status) {
    return ImmutableCitation.builder().document(document).clause(clause).status(status).build();
  }

  @Value.Check
  final void check() {
    checkArgument(!document().isBlank(), "document must not be blank but was '%s'", document());
    checkArgument(!clause().isBlank(), "clause must not be blank but was '%s'", clause());
  }

  /** The citation as text: the document, a space, the clause (and the status if unverified). */
  @Override
  public final String toString() {
    String text = document() + " " + clause();
    return isVerified()
        ? text
        : text + " [" + status().name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
