package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One child listed under one heading of one meeting: why (every referral that placed the child
 * under this heading, each with its reason and citation — two remits of the same heading give one
 * item with two referrals), the questions the panel must consider, the papers required with their
 * on-file status, and who attends.
 *
 * <p>The questions and attendees are the heading's. The papers are the union, in order and without
 * repeats, of the referrals' {@link Referral#paperwork()}. {@link #toString()} names ids, remits,
 * citations and paper statuses only: never the reasons' text, which may describe the child.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaItem {

  /** The child listed. */
  public abstract ChildId child();

  /** The child's sibling group, if any: siblings are listed together. */
  public abstract Optional<SiblingGroupId> siblingGroup();

  /** The heading the child is listed under. */
  public abstract Heading heading();

  /** The referrals that placed the child here, in the authority's order of remits; at least one. */
  public abstract ImmutableList<Referral> referrals();

  /** The papers required, each on file or missing by the referral cut-off. */
  public abstract ImmutableList<PaperStatus> papers();

  /** A builder; child, heading and at least one referral are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {}

  /** The questions the panel must consider for the child: the heading's, in order. */
  public final ImmutableList<String> questions() {
    return heading().questions();
  }

  /** The roles that attend for the child: the heading's. */
  public final ImmutableList<Role> attendees() {
    return heading().attendees();
  }

  /** The reasons, one per referral, in the order of {@link #referrals()}. */
  public final ImmutableList<String> reasons() {
    return referrals().stream().map(Referral::reason).collect(ImmutableList.toImmutableList());
  }

  /** The citations, one per referral, in the order of {@link #referrals()}. */
  public final ImmutableList<Citation> citations() {
    return referrals().stream().map(Referral::citation).collect(ImmutableList.toImmutableList());
  }

  /** The names of the remits that placed the child here. */
  public final ImmutableList<String> remits() {
    return referrals().stream().map(Referral::remit).collect(ImmutableList.toImmutableList());
  }

  /** Whether every required paper is on file. */
  public final boolean hasAllPapers() {
    return papers().stream().allMatch(PaperStatus::isOnFile);
  }

  @Value.Check
  final void check() {
    checkArgument(!referrals().isEmpty(), "agenda item of child %s needs a referral", child());
    for (Referral referral : referrals()) {
      checkArgument(
          referral.child().equals(child()),
          "agenda item of child %s holds a referral of child %s",
          child(),
          referral.child());
      checkArgument(
          referral.heading().equals(heading()),
          "agenda item of child %s under heading '%s' holds a referral under heading '%s'",
          child(),
          heading().id(),
          referral.heading().id());
    }
  }

  /**
   * {@code AgendaItem{C12 (siblings SG3) under cohort-1: remit-a (ToR s5); papers [care-plan on
   * file 2026-03-02, genogram missing]}}.
   */
  @Override
  public final String toString() {
    return "AgendaItem{"
        + child()
        + siblingGroup().map(group -> " (siblings " + group + ")").orElse("")
        + " under "
        + heading().id()
        + ": "
        + referrals().stream()
            .map(r -> r.remit() + " (" + r.citation() + ")")
            .collect(Collectors.joining("; "))
        + "; papers "
        + papers()
        + "}";
  }
}
