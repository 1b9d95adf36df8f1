package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import org.immutables.value.Value;

/**
 * A heading of a panel's agenda: the authority's own category, cohort or part (for example BCP's
 * "Children placed with parents under a care order" or Knowsley's "Part 1: adoption tracking").
 *
 * <p>A heading says who attends for it, which questions the panel must consider for each child
 * listed under it, and which papers must be on file. Headings are listed in the order of {@link
 * Panel#headings()}, which is the authority's order.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Heading {

  /** A stable id, unique within its panel: lower case letters, digits and dashes. */
  public abstract String id();

  /** The heading as the terms of reference word it. */
  public abstract String title();

  /** The clause that defines the heading. */
  public abstract Citation citation();

  /** The roles that attend the panel for the children under this heading. */
  public abstract ImmutableList<Role> attendees();

  /** The questions the panel must consider for each child under this heading, in order. */
  public abstract ImmutableList<String> questions();

  /** The papers that must be on file for each child under this heading. */
  public abstract ImmutableList<DocumentType> paperwork();

  /** A builder of headings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Heading}; id, title and citation are required. */
  public static final class Builder extends ImmutableHeading.Builder {}

  @Value.Check
  final void check() {
    checkArgument(
        id().matches("[a-z0-9-]+"), "heading id must match [a-z0-9-]+ but was '%s'", id());
    checkArgument(!title().isBlank(), "heading title must not be blank (heading '%s')", id());
  }

  @Override
  public final String toString() {
    return "Heading{" + id() + ": " + title() + "}";
  }
}
